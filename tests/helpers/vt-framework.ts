// INTERIM, until lib/seed/import-shipped-frameworks.ts (branch feat/framework) is on main:
// loads the areas and questions of the shipped vt framework (content/frameworks/vt) into
// a test database, without instruments, references or suggested actions. The browser
// tests and the benchmark need real questions; replace every call with
// importShippedFrameworks(db) once it lands.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { PrismaClient } from '@/lib/db/client';
import { ROOT } from './paths';

type T = { fr: string; en: string };
type AreaDoc = { code: string; order: number; crossCutting?: boolean; title: T; purpose: T; questions: { code: string; lens: string; text: T; guidance: T; levels: T[] }[] };

export async function importVtForTests(db: PrismaClient) {
  const dir = path.join(ROOT, 'content', 'frameworks', 'vt', '2025.1');
  const fw = parse(readFileSync(path.join(dir, 'framework.yaml'), 'utf8')) as { slug: string; version: string; title: T; description: T; scale: unknown };
  const found = await db.frameworkVersion.findUnique({ where: { slug_version: { slug: fw.slug, version: fw.version } } });
  if (found) return found.id;
  const version = await db.frameworkVersion.create({
    data: { slug: fw.slug, version: fw.version, titleFr: fw.title.fr, titleEn: fw.title.en, descriptionFr: fw.description.fr, descriptionEn: fw.description.en, scale: fw.scale as object, contentHash: 'interim' },
  });
  for (const file of readdirSync(path.join(dir, 'areas')).filter((f) => f.endsWith('.yaml')).sort()) {
    const a = parse(readFileSync(path.join(dir, 'areas', file), 'utf8')) as AreaDoc;
    const area = await db.area.create({
      data: { frameworkVersionId: version.id, code: a.code, order: a.order, crossCutting: !!a.crossCutting, titleFr: a.title.fr, titleEn: a.title.en, purposeFr: a.purpose.fr, purposeEn: a.purpose.en },
    });
    await db.question.createMany({
      data: a.questions.map((q, i) => ({
        frameworkVersionId: version.id, areaId: area.id, code: q.code, order: i + 1, lens: q.lens.toUpperCase() as 'LEGAL' | 'INSTITUTIONAL' | 'OPERATIONAL',
        textFr: q.text.fr, textEn: q.text.en, guidanceFr: q.guidance.fr, guidanceEn: q.guidance.en, levels: q.levels,
      })),
    });
  }
  return version.id;
}
