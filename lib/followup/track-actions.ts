// The follow-up tracks the actions of the latest approved version of a roadmap, read from
// its snapshot: what was approved, not the draft being amended. An action keeps its id
// across versions, so its updates stay attached; one the new version no longer has is
// marked removed, with its history (docs/decisions/013).
import type { Prisma } from '../db/client';
import { snapshotSchema, type RoadmapSnapshot } from '../roadmap/snapshot';
import { trackIndicators } from './indicators';
import { calendarMonths } from './periods';
import { NEXT_REVISION } from './revision';

type Tx = Prisma.TransactionClient;

/** The latest approved version's number and snapshot, or null when none was approved. */
export async function latestApproved(tx: Tx, roadmapId: string): Promise<{ number: number; snapshot: RoadmapSnapshot } | null> {
  const v = await tx.roadmapVersion.findFirst({ where: { roadmapId, status: 'APPROVED' }, orderBy: { number: 'desc' }, select: { number: true, snapshot: true } });
  if (!v) return null;
  return { number: v.number, snapshot: snapshotSchema.parse(v.snapshot) };
}

/** The first month any action of the snapshot starts: reporting may not begin before it. */
export function roadmapStartMonth(s: RoadmapSnapshot): number | null {
  const starts = s.actions.map((a) => calendarMonths(a.startPeriod)?.start).filter((m): m is number => m !== undefined);
  return starts.length ? Math.min(...starts) : null;
}

export function roadmapEndMonth(s: RoadmapSnapshot): number | null {
  const ends = s.actions.map((a) => calendarMonths(a.endPeriod ?? a.startPeriod)?.end).filter((m): m is number => m !== undefined);
  return ends.length ? Math.max(...ends) : null;
}

/** Brings the tracked actions in line with `snapshot`; answers how many were added, kept and removed. */
export async function syncTrackedActions(tx: Tx, f: { id: string; countryId: string }, snapshot: RoadmapSnapshot, versionNumber: number) {
  const objectives = new Map(snapshot.objectives.map((o) => [o.id, o]));
  const paragraphs = new Map(snapshot.instruments.flatMap((i) => i.paragraphs.map((p) => [p.id, { instrumentCode: i.code, ref: p.ref }] as const)));
  const entityIds = new Set((await tx.entity.findMany({ where: { countryId: f.countryId }, select: { id: true } })).map((e) => e.id));
  const existing = new Map((await tx.trackedAction.findMany({ where: { followUpId: f.id }, select: { id: true, actionId: true, removedAt: true } })).map((t) => [t.actionId, t]));
  let added = 0;
  let kept = 0;
  for (const a of snapshot.actions) {
    const o = a.objectiveId ? objectives.get(a.objectiveId) : undefined;
    const data = {
      order: a.order, title: a.title,
      objectiveKey: o?.id ?? '', objectiveTitle: o?.title ?? '', objectiveOrder: o?.order ?? 0,
      leadEntityId: a.leadEntityId && entityIds.has(a.leadEntityId) ? a.leadEntityId : null,
      supportingEntityIds: a.supportingEntityIds,
      startMonth: calendarMonths(a.startPeriod)?.start ?? null,
      endMonth: calendarMonths(a.endPeriod ?? a.startPeriod)?.end ?? null,
      costAmount: a.costAmount, currency: a.currency ?? snapshot.country.currency, fundingSource: a.fundingSource,
      indicators: trackIndicators(a.indicators),
      removedAt: null, removedInVersion: null,
    };
    const before = existing.get(a.id);
    const row = before
      ? await tx.trackedAction.update({ where: { id: before.id }, data, select: { id: true } })
      : await tx.trackedAction.create({ data: { ...data, followUpId: f.id, countryId: f.countryId, actionId: a.id, fromVersion: versionNumber }, select: { id: true } });
    if (before) kept++;
    else added++;
    await tx.trackedParagraph.deleteMany({ where: { trackedActionId: row.id } });
    const links = a.paragraphIds.map((pid) => ({ pid, p: paragraphs.get(pid) })).filter((x) => x.p);
    if (links.length) {
      await tx.trackedParagraph.createMany({ data: links.map(({ pid, p }) => ({ trackedActionId: row.id, paragraphId: pid, instrumentCode: p!.instrumentCode, ref: p!.ref, countryId: f.countryId })) });
    }
    existing.delete(a.id);
  }
  const gone = [...existing.values()].filter((t) => !t.removedAt).map((t) => t.id);
  if (gone.length) await tx.trackedAction.updateMany({ where: { id: { in: gone } }, data: { removedAt: new Date(), removedInVersion: versionNumber } });
  await tx.followUp.update({ where: { id: f.id }, data: { versionNumber, ...NEXT_REVISION } });
  return { added, kept, removed: gone.length };
}

/** Called when a version is approved: a roadmap already followed up tracks the new version. */
export async function trackApprovedVersion(tx: Tx, roadmapId: string) {
  const f = await tx.followUp.findUnique({ where: { roadmapId }, select: { id: true, countryId: true } });
  if (!f) return null;
  const approved = await latestApproved(tx, roadmapId);
  return approved ? syncTrackedActions(tx, f, approved.snapshot, approved.number) : null;
}
