import type { Db } from '../db/client';
import { diffVersions } from './diff-versions';
import { snapshotSchema } from './snapshot';

/** The differences between two submitted versions of a roadmap, or null if either is missing. */
export async function compareVersions(db: Db, slug: string, from: number, to: number) {
  if (!Number.isInteger(from) || !Number.isInteger(to)) return null;
  const roadmap = await db.roadmap.findUnique({
    where: { slug },
    select: { title: true, countryId: true, versions: { where: { number: { in: [from, to] } }, select: { number: true, snapshot: true } } },
  });
  const a = roadmap?.versions.find((v) => v.number === from);
  const b = roadmap?.versions.find((v) => v.number === to);
  if (!roadmap || !a || !b) return null;
  return { title: roadmap.title, countryId: roadmap.countryId, from, to, diff: diffVersions(snapshotSchema.parse(a.snapshot), snapshotSchema.parse(b.snapshot)) };
}
