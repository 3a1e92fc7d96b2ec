// One period of a follow-up as a table: every action expected to report, with its update
// (or none) and whether it is late. The dashboard, the lists, the exports and the progress
// PDF read it; every query names the country, so nothing of another country can come back.
import type { Db, Prisma } from '../db/client';
import { pageWindow } from '../page/pages';
import type { IndicatorValue, TrackedIndicator } from './indicators';
import type { ProgressStatus, ReviewState, RowFilter } from './schemas';

export type PeriodRow = {
  trackedActionId: string;
  actionId: string;
  order: number;
  title: string;
  objectiveKey: string;
  objectiveTitle: string;
  objectiveOrder: number;
  leadEntityId: string | null;
  costAmount: number | null;
  currency: string | null;
  fundingSource: string | null;
  indicators: TrackedIndicator[];
  update: null | {
    id: string; review: ReviewState; status: ProgressStatus; percent: number | null; spent: number | null;
    indicatorValues: { index: number; value: IndicatorValue }[]; done: string; blockers: string; nextSteps: string;
    version: number; submittedAt: string | null; reviewNote: string | null; entityId: string | null;
  };
  /** the due date passed and the update was never submitted */
  late: boolean;
};

export type PeriodInfo = { id: string; key: string; seq: number; startMonth: number; endMonth: number; dueOn: Date; closedAt: Date | null };

export async function getPeriod(db: Db, o: { countryId: string; followUpId: string; key: string }): Promise<PeriodInfo | null> {
  return db.followUpPeriod.findFirst({
    where: { followUpId: o.followUpId, countryId: o.countryId, key: o.key },
    select: { id: true, key: true, seq: true, startMonth: true, endMonth: true, dueOn: true, closedAt: true },
  });
}

type PeriodRef = { countryId: string; followUpId: string; period: PeriodInfo };

/**
 * The actions a period asks an update of: tracked (not removed), started by the end of the
 * period, and not already completed or cancelled in an accepted update of an earlier period.
 */
function expectedWhere(o: PeriodRef) {
  return {
    followUpId: o.followUpId, countryId: o.countryId, removedAt: null,
    OR: [{ startMonth: null }, { startMonth: { lte: o.period.endMonth } }],
    NOT: { updates: { some: { countryId: o.countryId, periodSeq: { lt: o.period.seq }, review: 'ACCEPTED', status: { in: ['COMPLETED', 'CANCELLED'] } } } },
  } satisfies Prisma.TrackedActionWhereInput;
}

const EXPECTED_ORDER = [{ objectiveOrder: 'asc' }, { order: 'asc' }, { id: 'asc' }] satisfies Prisma.TrackedActionOrderByWithRelationInput[];

export async function expectedActions(db: Db, o: PeriodRef) {
  return db.trackedAction.findMany({ where: expectedWhere(o), orderBy: EXPECTED_ORDER });
}

type ActionRow = Awaited<ReturnType<typeof expectedActions>>[number];
type UpdateRow = NonNullable<Awaited<ReturnType<Db['progressUpdate']['findFirst']>>>;

function periodRow(a: ActionRow, u: UpdateRow | undefined, pastDue: boolean): PeriodRow {
  return {
    trackedActionId: a.id, actionId: a.actionId, order: a.order, title: a.title,
    objectiveKey: a.objectiveKey, objectiveTitle: a.objectiveTitle, objectiveOrder: a.objectiveOrder,
    leadEntityId: a.leadEntityId, costAmount: a.costAmount === null ? null : Number(a.costAmount), currency: a.currency, fundingSource: a.fundingSource,
    indicators: a.indicators as TrackedIndicator[],
    update: u ? {
      id: u.id, review: u.review, status: u.status, percent: u.percent, spent: u.spent === null ? null : Number(u.spent),
      indicatorValues: (u.indicatorValues as { index: number; value: IndicatorValue }[]) ?? [], done: u.done, blockers: u.blockers, nextSteps: u.nextSteps,
      version: u.version, submittedAt: u.submittedAt?.toISOString() ?? null, reviewNote: u.reviewNote, entityId: u.entityId,
    } : null,
    late: pastDue && !u?.submittedAt,
  };
}

export async function listPeriodRows(db: Db, o: PeriodRef & { now: Date; entityId?: string }): Promise<PeriodRow[]> {
  const actions = (await expectedActions(db, o)).filter((a) => !o.entityId || a.leadEntityId === o.entityId);
  const updates = await db.progressUpdate.findMany({ where: { periodId: o.period.id, countryId: o.countryId, trackedActionId: { in: actions.map((a) => a.id) } } });
  const byAction = new Map(updates.map((u) => [u.trackedActionId, u]));
  const pastDue = o.now > o.period.dueOn;
  return actions.map((a) => periodRow(a, byAction.get(a.id), pastDue));
}

/**
 * The rows a filter keeps, by the period's update, as the dashboard counts them
 * (periodCountsOf): not reported is no update or one never submitted (late once the due date
 * passed), blocked is a reported update saying so.
 */
function filterWhere(o: PeriodRef, filter: RowFilter): Prisma.TrackedActionWhereInput {
  const ofPeriod = { periodId: o.period.id, countryId: o.countryId };
  switch (filter) {
    case 'attention':
      return { OR: [{ updates: { none: { ...ofPeriod, submittedAt: { not: null } } } }, { updates: { some: { ...ofPeriod, review: { in: ['SUBMITTED', 'ACCEPTED'] }, status: 'BLOCKED' } } }] };
    case 'review':
      return { updates: { some: { ...ofPeriod, review: 'SUBMITTED' } } };
    case 'returned':
      return { updates: { some: { ...ofPeriod, review: 'RETURNED' } } };
    case 'all':
      return {};
  }
}

/**
 * One page of the period's rows (`size` a page, in the order of listPeriodRows), read from
 * the database page by page: the actions `leadEntityIds` lead, or all of them; those
 * `filter` keeps (every one when absent).
 */
export async function pagePeriodRows(db: Db, o: PeriodRef & { now: Date; leadEntityIds?: string[]; filter?: RowFilter; page: number; size: number }) {
  const where: Prisma.TrackedActionWhereInput = {
    AND: [expectedWhere(o), filterWhere(o, o.filter ?? 'all'), o.leadEntityIds ? { leadEntityId: { in: o.leadEntityIds } } : {}],
  };
  const w = pageWindow(await db.trackedAction.count({ where }), o.page, o.size);
  const actions = w.total
    ? await db.trackedAction.findMany({ where, orderBy: EXPECTED_ORDER, skip: w.skip, take: w.take, include: { updates: { where: { periodId: o.period.id, countryId: o.countryId } } } })
    : [];
  const pastDue = o.now > o.period.dueOn;
  return { rows: actions.map(({ updates, ...a }) => periodRow(a, updates[0], pastDue)), page: w.page, pages: w.pages, total: w.total, from: w.from };
}

/** The late updates of a follow-up, period by period: due date passed, never submitted. */
export async function listLate(db: Db, o: { countryId: string; followUpId: string; now: Date }) {
  const periods = await db.followUpPeriod.findMany({
    where: { followUpId: o.followUpId, countryId: o.countryId, dueOn: { lt: o.now } },
    orderBy: { seq: 'asc' },
    select: { id: true, key: true, seq: true, startMonth: true, endMonth: true, dueOn: true, closedAt: true },
  });
  const out: { period: string; dueOn: Date; trackedActionId: string; title: string; leadEntityId: string | null }[] = [];
  for (const period of periods) {
    for (const r of await listPeriodRows(db, { ...o, period })) {
      if (r.late) out.push({ period: period.key, dueOn: period.dueOn, trackedActionId: r.trackedActionId, title: r.title, leadEntityId: r.leadEntityId });
    }
  }
  return out;
}
