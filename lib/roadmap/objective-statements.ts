// The strategic objective a draft proposes for a framework area, written as an outcome
// ("Doter l'État d'une stratégie nationale…"), from content/objectives/<framework>.yaml.
// Kept apart from the framework's versions (an imported version is immutable) and keyed by
// area code, so every version of a framework shares them.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { readYaml } from '../framework/read-yaml';

const bilingual = z.object({ fr: z.string().trim().min(10), en: z.string().trim().min(10) });
export const objectiveStatementsSchema = z.object({
  framework: z.string().min(1),
  areas: z.record(z.string().regex(/^[A-Z][A-Z0-9-]*$/), z.object({ title: bilingual, description: bilingual })),
});
export type ObjectiveStatement = { title: string; description: string };

export const OBJECTIVES_DIR = path.join(process.cwd(), 'content', 'objectives');
const cache = new Map<string, z.infer<typeof objectiveStatementsSchema> | null>();

export function loadObjectiveStatements(frameworkSlug: string) {
  if (!/^[a-z0-9-]+$/.test(frameworkSlug)) return null;
  if (!cache.has(frameworkSlug)) {
    const file = path.join(OBJECTIVES_DIR, `${frameworkSlug}.yaml`);
    let parsed: z.infer<typeof objectiveStatementsSchema> | null = null;
    if (existsSync(file)) {
      const read = readYaml(readFileSync(file, 'utf8'), file);
      // A malformed file is a bug in the shipped content, which the unit test catches.
      if (!read.ok) throw new Error(`${file}: ${JSON.stringify(read.problems[0])}`);
      parsed = objectiveStatementsSchema.parse(read.value);
    }
    cache.set(frameworkSlug, parsed);
  }
  return cache.get(frameworkSlug) ?? null;
}

/** The statement for an area in one language, or null when the framework has none for it. */
export function objectiveStatement(frameworkSlug: string, areaCode: string, locale: 'fr' | 'en'): ObjectiveStatement | null {
  const s = loadObjectiveStatements(frameworkSlug)?.areas[areaCode];
  return s ? { title: s.title[locale], description: s.description[locale] } : null;
}
