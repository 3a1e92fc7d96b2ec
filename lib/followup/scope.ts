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
 * this entity leads the action, so that a supporting entity gets a clear refusal.
 */
export async function trackedActionScope(db: Db, trackedActionId: string, entityId: string | null): Promise<Scope | null> {
  const a = await db.trackedAction.findUnique({
    where: { id: trackedActionId },
    select: { countryId: true, followUp: { select: { roadmap: { select: { assessmentId: true } } } } },
  });
  return a ? { countryId: a.countryId, entityId, assessmentId: a.followUp.roadmap.assessmentId } : null;
}

export async function updateScope(db: Db, updateId: string, entityId: string | null): Promise<Scope | null> {
  const u = await db.progressUpdate.findUnique({ where: { id: updateId }, select: { trackedActionId: true } });
  return u ? trackedActionScope(db, u.trackedActionId, entityId) : null;
}
