import type { Scope } from '../auth/can';
import type { Db, Prisma } from '../db/client';

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
 * One statement (the action joined to its follow-up's roadmap), not the client's three for a
 * nested read: the autosave asks it at every keystroke's save (bench/followup.bench.ts).
 */
export async function trackedActionScope(db: Db, trackedActionId: string, entityId: string | null) {
  const rows = await db.$queryRaw<{ id: string; countryId: string; followUpId: string; leadEntityId: string | null; removedAt: Date | string | null; indicators: string; assessmentId: string | null }[]>`
    SELECT t."id" AS id, t."countryId" AS "countryId", t."followUpId" AS "followUpId", t."leadEntityId" AS "leadEntityId", t."removedAt" AS "removedAt",
           CAST(t."indicators" AS TEXT) AS indicators, r."assessmentId" AS "assessmentId"
    FROM "TrackedAction" t JOIN "FollowUp" f ON f."id" = t."followUpId" JOIN "Roadmap" r ON r."id" = f."roadmapId"
    WHERE t."id" = ${trackedActionId}`;
  const a = rows[0];
  if (!a) return null;
  const action = {
    id: a.id, countryId: a.countryId, followUpId: a.followUpId, leadEntityId: a.leadEntityId,
    removedAt: a.removedAt === null ? null : new Date(a.removedAt), indicators: JSON.parse(a.indicators) as Prisma.JsonValue,
  };
  return { countryId: a.countryId, entityId, assessmentId: a.assessmentId, action };
}

export type TrackedActionScope = NonNullable<Awaited<ReturnType<typeof trackedActionScope>>>;

export async function updateScope(db: Db, updateId: string, entityId: string | null): Promise<Scope | null> {
  const u = await db.progressUpdate.findUnique({ where: { id: updateId }, select: { trackedActionId: true } });
  return u ? trackedActionScope(db, u.trackedActionId, entityId) : null;
}
