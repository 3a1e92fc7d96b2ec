import type { Scope } from '../auth/can';
import type { Db } from '../db/client';

/** The follow-up of a roadmap, by the roadmap's country. */
export async function followUpScope(db: Db, roadmapId: string): Promise<Scope | null> {
  const r = await db.roadmap.findUnique({ where: { id: roadmapId }, select: { countryId: true, assessmentId: true } });
  return r ? { countryId: r.countryId, assessmentId: r.assessmentId } : null;
}

/**
 * An update is written in the name of one entity (`entityId`, which the form names): the
 * policy's entity rule then matches the writer's own entity, and the domain checks that
 * this entity leads the action, so that a supporting entity gets a clear refusal. The scope
 * carries the tracked action as read (`action`): the save checks it without reading it again.
 */
export async function trackedActionScope(db: Db, trackedActionId: string, entityId: string | null) {
  const action = await db.trackedAction.findUnique({
    where: { id: trackedActionId },
    select: { id: true, countryId: true, followUpId: true, leadEntityId: true, removedAt: true, indicators: true, followUp: { select: { roadmap: { select: { assessmentId: true } } } } },
  });
  if (!action) return null;
  const { followUp, ...tracked } = action;
  return { countryId: action.countryId, entityId, assessmentId: followUp.roadmap.assessmentId, action: tracked };
}

export type TrackedActionScope = NonNullable<Awaited<ReturnType<typeof trackedActionScope>>>;

export async function updateScope(db: Db, updateId: string, entityId: string | null): Promise<Scope | null> {
  const u = await db.progressUpdate.findUnique({ where: { id: updateId }, select: { trackedActionId: true } });
  return u ? trackedActionScope(db, u.trackedActionId, entityId) : null;
}
