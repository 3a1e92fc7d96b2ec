import type { Db } from '../db/client';
import { compareDocument } from './compare-document';
import { diffVersions } from './diff-versions';
import { snapshotSchema } from './snapshot';
import { buildThreads, textsOf, type Thread } from './comment-threads';
import { numberRoadmap } from './numbering';

export type ComparisonComment = Thread;

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
  // A quoted span is looked for in the later version's text: still there, or outdated.
  const numbering = numberRoadmap(sb);
  const earlier = numberRoadmap(sa);
  const comments: ComparisonComment[] = buildThreads(rows.map((c) => ({
    id: c.id, targetType: c.targetType, targetId: c.targetId, parentId: c.parentId, field: c.field,
    quote: c.quote, quoteStart: c.quoteStart, quotePrefix: c.quotePrefix, quoteSuffix: c.quoteSuffix,
    authorId: c.authorId, author: c.author?.name ?? null, body: c.body, createdAt: c.createdAt.toISOString(), resolved: !!c.resolvedAt,
  })), {
    code: (id) => numbering.code(id) ?? earlier.code(id),
    text: textsOf(sb.roadmap, sb),
  });
  return { title: roadmap.title, countryId: roadmap.countryId, from, to, numbers, diff: diffVersions(sa, sb), document: compareDocument(sa, sb), comments };
}
