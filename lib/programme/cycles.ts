// A cycle's neighbours, for its overview page: the cycle it continues, the one that continues
// it, and the framework versions a next cycle may use (the same, or the one that follows it).
import type { Db } from '../db/client';

export async function cycleNeighbours(db: Db, assessmentId: string) {
  const a = await db.assessment.findUnique({
    where: { id: assessmentId },
    select: {
      previous: { select: { id: true, title: true } }, next: { select: { id: true, title: true } },
      frameworkVersion: { select: { id: true, slug: true, version: true } },
    },
  });
  if (!a) return null;
  const fw = a.frameworkVersion;
  const versions = await db.frameworkVersion.findMany({
    where: { slug: fw.slug, status: 'PUBLISHED', OR: [{ id: fw.id }, { previous: fw.version }] },
    select: { id: true, version: true, titleFr: true, titleEn: true },
  });
  // The newer first: it is the usual choice.
  versions.sort((x, y) => (x.id === fw.id ? 1 : 0) - (y.id === fw.id ? 1 : 0));
  return { previous: a.previous, next: a.next, frameworks: versions };
}
