import type { Db } from '../db/client';
import { can, type Principal, type Scope } from '../auth/can';

export async function roadmapScope(db: Db, roadmapId: string): Promise<Scope | null> {
  const r = await db.roadmap.findUnique({ where: { id: roadmapId }, select: { countryId: true } });
  return r ? { countryId: r.countryId } : null;
}

export async function actionScope(db: Db, actionId: string): Promise<Scope | null> {
  const a = await db.action.findUnique({ where: { id: actionId }, select: { roadmap: { select: { countryId: true } } } });
  return a ? { countryId: a.roadmap.countryId } : null;
}

export async function commentScope(db: Db, commentId: string): Promise<Scope | null> {
  const c = await db.comment.findUnique({ where: { id: commentId }, select: { roadmap: { select: { countryId: true } } } });
  return c ? { countryId: c.roadmap.countryId } : null;
}

/** Only a draft (or one sent back with requested changes) can be edited. */
export const EDITABLE = ['DRAFT', 'CHANGES_REQUESTED'] as const;
export function isEditable(status: string) {
  return (EDITABLE as readonly string[]).includes(status);
}

/**
 * A version can be decided while the roadmap is in review, and only the latest version, while
 * it is still submitted (lib/roadmap/decide-version.ts refuses anything else).
 */
export function isDecidable(roadmapStatus: string, version: { status: string } | undefined, isLatest = true) {
  return roadmapStatus === 'IN_REVIEW' && !!version && version.status === 'SUBMITTED' && isLatest;
}

/** Whether `user` may decide the latest version of a roadmap now: the state above and the policy's 'roadmap.decide'. */
export function mayDecide(user: Principal, roadmap: { status: string; countryId: string; versions: readonly { status: string }[] }) {
  return isDecidable(roadmap.status, roadmap.versions[0]) && can(user, 'roadmap.decide', { countryId: roadmap.countryId });
}
