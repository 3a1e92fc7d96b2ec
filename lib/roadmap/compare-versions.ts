import type { Db } from '../db/client';
import { compareDocument } from './compare-document';
import { diffVersions } from './diff-versions';
import { snapshotSchema } from './snapshot';

export type ComparisonComment = {
  id: string; targetType: string; targetId: string | null; author: string | null; body: string; createdAt: string; resolved: boolean;
  replies: { id: string; author: string | null; body: string; createdAt: string }[];
};

/**
 * The differences between two submitted versions of a roadmap, or null if either is missing,
 * with the threads opened on the earlier version: what the reviewer asked, beside what changed.
 */
export async function compareVersions(db: Db, slug: string, from: number, to: number) {
  if (!Number.isInteger(from) || !Number.isInteger(to)) return null;
  const roadmap = await db.roadmap.findUnique({
    where: { slug },
    select: { id: true, title: true, countryId: true, versions: { where: { number: { in: [from, to] } }, select: { id: true, number: true, snapshot: true } } },
  });
  const numbers = roadmap ? (await db.roadmapVersion.findMany({ where: { roadmapId: roadmap.id }, orderBy: { number: 'asc' }, select: { number: true } })).map((v) => v.number) : [];
  const a = roadmap?.versions.find((v) => v.number === from);
  const b = roadmap?.versions.find((v) => v.number === to);
  if (!roadmap || !a || !b) return null;
  const sa = snapshotSchema.parse(a.snapshot);
  const sb = snapshotSchema.parse(b.snapshot);
  const rows = await db.comment.findMany({
    where: { roadmapId: roadmap.id, versionId: a.id },
    orderBy: { createdAt: 'asc' },
    include: { author: { select: { name: true } } },
  });
  const comments: ComparisonComment[] = rows.filter((c) => !c.parentId).map((c) => ({
    id: c.id, targetType: c.targetType, targetId: c.targetId, author: c.author?.name ?? null, body: c.body, createdAt: c.createdAt.toISOString(), resolved: !!c.resolvedAt,
    replies: rows.filter((x) => x.parentId === c.id).map((x) => ({ id: x.id, author: x.author?.name ?? null, body: x.body, createdAt: x.createdAt.toISOString() })),
  }));
  return { title: roadmap.title, countryId: roadmap.countryId, from, to, numbers, diff: diffVersions(sa, sb), document: compareDocument(sa, sb), comments };
}
