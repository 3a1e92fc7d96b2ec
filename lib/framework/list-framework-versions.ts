import type { Db } from '../db/client';
import type { Bilingual } from './schema';

export type FrameworkVersionSummary = {
  slug: string;
  version: string;
  title: Bilingual;
  description: Bilingual;
  importedAt: Date;
  areas: number;
  questions: number;
  instruments: number;
  /** used by at least one assessment, hence immutable */
  inUse: boolean;
};

/** Every imported version, newest version of each framework first. */
export async function listFrameworkVersions(db: Db): Promise<FrameworkVersionSummary[]> {
  const rows = await db.frameworkVersion.findMany({
    select: {
      slug: true, version: true, titleFr: true, titleEn: true, descriptionFr: true, descriptionEn: true, importedAt: true,
      _count: { select: { areas: true, questions: true, instruments: true, assessments: true } },
    },
  });
  return rows
    .map((r) => ({
      slug: r.slug,
      version: r.version,
      title: { fr: r.titleFr, en: r.titleEn },
      description: { fr: r.descriptionFr, en: r.descriptionEn },
      importedAt: r.importedAt,
      areas: r._count.areas,
      questions: r._count.questions,
      instruments: r._count.instruments,
      inUse: r._count.assessments > 0,
    }))
    .sort((a, b) => a.slug.localeCompare(b.slug) || compareVersions(b.version, a.version));
}

/** "2025.10" after "2025.9": numeric parts compare as numbers. */
export function compareVersions(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
