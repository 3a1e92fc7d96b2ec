import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { expect, test } from 'vitest';
import { loadObjectiveStatements, objectiveStatement, OBJECTIVES_DIR } from '@/lib/roadmap/objective-statements';
import { ROOT } from '../helpers/paths';

test('every file of content/objectives is valid, and every area of vt 2025.1 has an outcome statement in both languages', () => {
  for (const file of readdirSync(OBJECTIVES_DIR)) expect(loadObjectiveStatements(file.replace(/\.yaml$/, '')), file).not.toBeNull();
  const dir = path.join(ROOT, 'content', 'frameworks', 'vt', '2025.1', 'areas');
  const codes = readdirSync(dir).map((f) => (parse(readFileSync(path.join(dir, f), 'utf8')) as { code: string }).code);
  expect(codes.length).toBeGreaterThan(10);
  for (const code of codes) {
    for (const locale of ['fr', 'en'] as const) {
      const s = objectiveStatement('vt', code, locale);
      expect(s, `${code} ${locale}`).not.toBeNull();
      // An outcome, not an assessment criterion ("Vérifier que l'État…", "Checks that…").
      expect(s!.title, code).not.toMatch(/^(Vérifier|Checks?)\b/);
    }
  }
  expect(objectiveStatement('vt', 'NOPE', 'fr')).toBeNull();
  expect(objectiveStatement('../etc', 'GOV', 'fr')).toBeNull();
});
