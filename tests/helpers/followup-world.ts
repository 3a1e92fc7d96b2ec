// A follow-up in one country of the test world: an open quarter (2025-T1, long due), two
// tracked actions (one led by entity 1 and supported by entity 2, one led by entity 2) and
// a draft update of the second, so that every follow-up action has a record to name.
import type { PrismaClient } from '@/lib/db/client';

export async function buildFollowUp(db: PrismaClient, c: { id: string; e1: string; e2: string; roadmap: string; action: string }) {
  const f = await db.followUp.create({ data: { roadmapId: c.roadmap, countryId: c.id, rhythm: 'QUARTERLY', firstPeriod: '2025-T1', dueDay: 15, versionNumber: 1 } });
  const period = await db.followUpPeriod.create({
    data: { followUpId: f.id, countryId: c.id, key: '2025-T1', seq: 1, startMonth: 2025 * 12 + 1, endMonth: 2025 * 12 + 3, dueOn: new Date('2025-04-15T23:59:59Z') },
  });
  const indicators = [{ label: 'Plan adopté', baseline: 'Aucun', target: 'Adopté', type: 'boolean', unit: '' }];
  const tracked1 = await db.trackedAction.create({
    data: { followUpId: f.id, countryId: c.id, actionId: c.action, order: 1, title: 'Action existante', objectiveKey: '', leadEntityId: c.e1, supportingEntityIds: [c.e2], indicators, fromVersion: 1 },
  });
  const tracked2 = await db.trackedAction.create({
    data: { followUpId: f.id, countryId: c.id, actionId: `${c.action}-2`, order: 2, title: 'Seconde action', objectiveKey: '', leadEntityId: c.e2, supportingEntityIds: [], indicators, fromVersion: 1 },
  });
  const update = await db.progressUpdate.create({
    data: { followUpId: f.id, periodId: period.id, periodSeq: 1, trackedActionId: tracked2.id, countryId: c.id, entityId: c.e2, status: 'ON_TRACK', percent: 20, indicatorValues: [] },
  });
  return { followUp: f.id, period: period.key, tracked1: tracked1.id, tracked2: tracked2.id, update: update.id };
}
