// The follow-up's figures for one period, computed in the database (one SQL statement per
// figure, for SQLite and PostgreSQL alike). Every function takes the country and the
// follow-up and names both in every query: the programme view across countries calls them
// country by country, and a wrong id returns nothing rather than another country's figures.
//
// "Where an action stands" at period P is its latest update up to P that was submitted or
// accepted (a returned one is being corrected): percent, status and spending are cumulative.
// The implementation rate is the mean of those percents over the tracked actions, cancelled
// ones left out, an action never reported counting 0 (docs/decisions/013).
// The SQL template tag of Prisma's runtime, the same for both generated clients.
import { empty, join, sqltag as sql } from '@prisma/client/runtime/client';
import type { Db } from '../db/client';
import { indicatorBounds, type IndicatorValue, type TrackedIndicator } from './indicators';

export type FollowUpRef = { countryId: string; followUpId: string };
export type PeriodRef = FollowUpRef & { seq: number };

const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));
const REPORTED = sql`('SUBMITTED', 'ACCEPTED')`;

/**
 * The tracked actions (not removed) of one or several follow-ups, each with where it stands at
 * its follow-up's period `seq`: `act`, with the follow-up's id as `fid`. The follow-ups are a
 * table of the statement (`refs`), so that the programme view reads every country's figures
 * in one statement rather than one per country.
 */
function standing(refs: PeriodRef[]) {
  const rows = refs.map((r) => sql`(${r.followUpId}, ${r.countryId}, CAST(${r.seq} AS INTEGER))`);
  return sql`
    WITH refs (fid, cid, seq) AS (VALUES ${join(rows)}),
    cur AS (
      SELECT u."trackedActionId" AS tid, u."status" AS status, u."percent" AS percent, u."spent" AS spent
      FROM refs r JOIN "ProgressUpdate" u ON u."followUpId" = r.fid AND u."countryId" = r.cid
      WHERE u."periodSeq" <= r.seq AND u."review" IN ${REPORTED}
        AND u."periodSeq" = (
          SELECT MAX(v."periodSeq") FROM "ProgressUpdate" v
          WHERE v."trackedActionId" = u."trackedActionId" AND v."periodSeq" <= r.seq AND v."review" IN ${REPORTED}
        )
    ),
    act AS (
      SELECT t."followUpId" AS fid, t."id" AS id, t."objectiveKey" AS "objectiveKey", t."objectiveTitle" AS "objectiveTitle", t."objectiveOrder" AS "objectiveOrder",
             t."leadEntityId" AS "leadEntityId", t."fundingSource" AS "fundingSource", t."currency" AS currency, t."costAmount" AS cost,
             cur.status AS status, cur.percent AS percent, cur.spent AS spent
      FROM refs r JOIN "TrackedAction" t ON t."followUpId" = r.fid AND t."countryId" = r.cid
      LEFT JOIN cur ON cur.tid = t."id"
      WHERE t."removedAt" IS NULL
    )`;
}

const RATE_COLUMNS = sql`
  CAST(COUNT(*) AS INTEGER) AS actions,
  CAST(SUM(CASE WHEN status = 'CANCELLED' THEN 0 ELSE 1 END) AS INTEGER) AS counted,
  CAST(SUM(CASE WHEN status = 'CANCELLED' THEN 0 ELSE COALESCE(percent, 0) END) AS INTEGER) AS "percentSum",
  CAST(SUM(CASE WHEN status = 'COMPLETED' THEN 1 ELSE 0 END) AS INTEGER) AS completed,
  CAST(SUM(CASE WHEN status = 'CANCELLED' THEN 1 ELSE 0 END) AS INTEGER) AS cancelled,
  CAST(SUM(CASE WHEN status IS NULL THEN 1 ELSE 0 END) AS INTEGER) AS "neverReported"`;

type RateRow = { actions: unknown; counted: unknown; percentSum: unknown; completed: unknown; cancelled: unknown; neverReported: unknown };
export type Rate = { actions: number; completed: number; cancelled: number; neverReported: number; /** 0-100, one decimal */ rate: number };

function rateOf(r: RateRow | undefined): Rate {
  const counted = num(r?.counted);
  return {
    actions: num(r?.actions), completed: num(r?.completed), cancelled: num(r?.cancelled), neverReported: num(r?.neverReported),
    rate: counted ? Math.round((num(r?.percentSum) / counted) * 10) / 10 : 0,
  };
}

export type ImplementationRates = {
  overall: Rate;
  byObjective: (Rate & { objectiveKey: string; objectiveTitle: string })[];
  byLeadEntity: (Rate & { leadEntityId: string | null })[];
};

export async function implementationRates(db: Db, o: PeriodRef): Promise<ImplementationRates> {
  const base = standing([o]);
  const [overall] = await db.$queryRaw<RateRow[]>`${base} SELECT ${RATE_COLUMNS} FROM act`;
  const byObjective = await db.$queryRaw<(RateRow & { objectiveKey: string; objectiveTitle: string; objectiveOrder: unknown })[]>`
    ${base} SELECT "objectiveKey", "objectiveTitle", MIN("objectiveOrder") AS "objectiveOrder", ${RATE_COLUMNS} FROM act GROUP BY "objectiveKey", "objectiveTitle" ORDER BY MIN("objectiveOrder")`;
  const byLead = await db.$queryRaw<(RateRow & { leadEntityId: string | null })[]>`
    ${base} SELECT "leadEntityId", ${RATE_COLUMNS} FROM act GROUP BY "leadEntityId"`;
  return {
    overall: rateOf(overall),
    byObjective: byObjective.map((r) => ({ objectiveKey: r.objectiveKey, objectiveTitle: r.objectiveTitle, ...rateOf(r) })),
    byLeadEntity: byLead.map((r) => ({ leadEntityId: r.leadEntityId, ...rateOf(r) })).sort((a, b) => b.actions - a.actions),
  };
}

/** The overall rate of several follow-ups, each at its own period, in one statement: by follow-up id. */
export async function overallRates(db: Db, refs: PeriodRef[]): Promise<Map<string, Rate>> {
  if (!refs.length) return new Map();
  const rows = await db.$queryRaw<(RateRow & { fid: string })[]>`${standing(refs)} SELECT fid, ${RATE_COLUMNS} FROM act GROUP BY fid`;
  return new Map(refs.map((r) => [r.followUpId, rateOf(rows.find((x) => x.fid === r.followUpId))]));
}

export type Spending = { key: string; title: string; currency: string; planned: number; spent: number };

/** Spending to date against planned cost, per objective and per funding source (per currency). */
export async function spending(db: Db, o: PeriodRef): Promise<{ byObjective: Spending[]; byFunding: Spending[] }> {
  const base = standing([o]);
  const cols = sql`COALESCE(currency, '') AS currency, CAST(SUM(COALESCE(cost, 0)) AS DOUBLE PRECISION) AS planned, CAST(SUM(COALESCE(spent, 0)) AS DOUBLE PRECISION) AS spent`;
  type Row = { key: string | null; title: string | null; currency: string; planned: unknown; spent: unknown };
  const byObjective = await db.$queryRaw<Row[]>`
    ${base} SELECT "objectiveKey" AS key, "objectiveTitle" AS title, ${cols} FROM act GROUP BY "objectiveKey", "objectiveTitle", currency ORDER BY MIN("objectiveOrder")`;
  const byFunding = await db.$queryRaw<Row[]>`
    ${base} SELECT CAST("fundingSource" AS TEXT) AS key, '' AS title, ${cols} FROM act GROUP BY "fundingSource", currency ORDER BY CAST("fundingSource" AS TEXT)`;
  const view = (r: Row): Spending => ({ key: r.key ?? '', title: r.title ?? '', currency: r.currency, planned: num(r.planned), spent: num(r.spent) });
  return { byObjective: byObjective.map(view), byFunding: byFunding.map(view) };
}

export type PeriodCounts = { expected: number; notSubmitted: number; late: number; submitted: number; returned: number; accepted: number; blocked: number; delayed: number };

type CountRef = FollowUpRef & { period: { id: string; seq: number; endMonth: number; dueOn: Date } };

/**
 * Period P's reporting: the actions expected to report (started by the end of P and not
 * completed or cancelled in an accepted update before P), how many were submitted, are
 * waiting, were returned or accepted, and how many are late (due date passed, not submitted).
 */
export async function periodCounts(db: Db, o: FollowUpRef & { periodId: string; now: Date }): Promise<PeriodCounts> {
  const p = await db.followUpPeriod.findFirst({ where: { id: o.periodId, followUpId: o.followUpId, countryId: o.countryId }, select: { id: true, seq: true, endMonth: true, dueOn: true } });
  const counts = p ? await periodCountsOf(db, [{ countryId: o.countryId, followUpId: o.followUpId, period: p }], o.now) : null;
  return counts?.get(o.followUpId) ?? countsOf(undefined, false);
}

function countsOf(r: Record<string, unknown> | undefined, pastDue: boolean): PeriodCounts {
  const notSubmitted = num(r?.notSubmitted);
  return {
    expected: num(r?.expected), notSubmitted, late: pastDue ? notSubmitted : 0,
    submitted: num(r?.submitted), returned: num(r?.returned), accepted: num(r?.accepted), blocked: num(r?.blocked), delayed: num(r?.delayed),
  };
}

/**
 * The reporting of several follow-ups, each at its own period (periods the caller read with
 * the follow-up's country), in one statement: by follow-up id.
 */
export async function periodCountsOf(db: Db, refs: CountRef[], now: Date): Promise<Map<string, PeriodCounts>> {
  if (!refs.length) return new Map();
  const ref = refs.map((r) => sql`(${r.followUpId}, ${r.countryId}, ${r.period.id}, CAST(${r.period.seq} AS INTEGER), CAST(${r.period.endMonth} AS INTEGER))`);
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    WITH refs (fid, cid, pid, seq, "endMonth") AS (VALUES ${join(ref)})
    SELECT r.fid AS fid,
      CAST(COUNT(*) AS INTEGER) AS expected,
      CAST(SUM(CASE WHEN u."id" IS NULL OR u."submittedAt" IS NULL THEN 1 ELSE 0 END) AS INTEGER) AS "notSubmitted",
      CAST(SUM(CASE WHEN u."review" = 'SUBMITTED' THEN 1 ELSE 0 END) AS INTEGER) AS submitted,
      CAST(SUM(CASE WHEN u."review" = 'RETURNED' THEN 1 ELSE 0 END) AS INTEGER) AS returned,
      CAST(SUM(CASE WHEN u."review" = 'ACCEPTED' THEN 1 ELSE 0 END) AS INTEGER) AS accepted,
      CAST(SUM(CASE WHEN u."review" IN ${REPORTED} AND u."status" = 'BLOCKED' THEN 1 ELSE 0 END) AS INTEGER) AS blocked,
      CAST(SUM(CASE WHEN u."review" IN ${REPORTED} AND u."status" = 'DELAYED' THEN 1 ELSE 0 END) AS INTEGER) AS delayed
    FROM refs r JOIN "TrackedAction" t ON t."followUpId" = r.fid AND t."countryId" = r.cid
    LEFT JOIN "ProgressUpdate" u ON u."trackedActionId" = t."id" AND u."periodId" = r.pid
    WHERE t."removedAt" IS NULL
      AND (t."startMonth" IS NULL OR t."startMonth" <= r."endMonth")
      AND NOT EXISTS (
        SELECT 1 FROM "ProgressUpdate" w
        WHERE w."trackedActionId" = t."id" AND w."periodSeq" < r.seq AND w."review" = 'ACCEPTED' AND w."status" IN ('COMPLETED', 'CANCELLED')
      )
    GROUP BY r.fid`;
  return new Map(refs.map((r) => [r.followUpId, countsOf(rows.find((x) => x.fid === r.followUpId), now > r.period.dueOn)]));
}

export type ParagraphCoverage = { instrumentCode: string; ref: string; planned: number; completed: number };

/** Per resolution paragraph: the tracked actions that serve it, and how many are completed at P. */
export async function paragraphCoverage(db: Db, o: PeriodRef & { instruments?: string[] }): Promise<ParagraphCoverage[]> {
  const base = standing([o]);
  const only = o.instruments?.length ? sql`AND p."instrumentCode" IN (${join(o.instruments)})` : empty;
  const rows = await db.$queryRaw<{ instrumentCode: string; ref: string; planned: unknown; completed: unknown }[]>`
    ${base}
    SELECT p."instrumentCode" AS "instrumentCode", p."ref" AS ref,
      CAST(COUNT(*) AS INTEGER) AS planned,
      CAST(SUM(CASE WHEN act.status = 'COMPLETED' THEN 1 ELSE 0 END) AS INTEGER) AS completed
    FROM "TrackedParagraph" p JOIN act ON act.id = p."trackedActionId"
    WHERE p."countryId" = ${o.countryId} ${only}
    GROUP BY p."instrumentCode", p."ref"`;
  const order = (ref: string) => [ref.replace(/\d+/g, ''), Number(/\d+/.exec(ref)?.[0] ?? 0)] as const;
  return rows
    .map((r) => ({ instrumentCode: r.instrumentCode, ref: r.ref, planned: num(r.planned), completed: num(r.completed) }))
    .sort((a, b) => a.instrumentCode.localeCompare(b.instrumentCode) || order(a.ref)[0].localeCompare(order(b.ref)[0]) || order(a.ref)[1] - order(b.ref)[1]);
}

export type IndicatorPath = {
  trackedActionId: string; actionTitle: string; index: number; indicator: TrackedIndicator;
  baseline: number | null; target: number | null;
  /** the value reported at each period up to P (submitted or accepted updates) */
  points: { seq: number; value: IndicatorValue }[];
};

/** Each indicator's path from its baseline toward its target, period by period up to P. */
export async function indicatorPaths(db: Db, o: PeriodRef): Promise<IndicatorPath[]> {
  const actions = await db.trackedAction.findMany({
    where: { followUpId: o.followUpId, countryId: o.countryId, removedAt: null },
    orderBy: [{ objectiveOrder: 'asc' }, { order: 'asc' }],
    select: { id: true, title: true, indicators: true },
  });
  const updates = await db.progressUpdate.findMany({
    where: { followUpId: o.followUpId, countryId: o.countryId, periodSeq: { lte: o.seq }, review: { in: ['SUBMITTED', 'ACCEPTED'] } },
    orderBy: { periodSeq: 'asc' },
    select: { trackedActionId: true, periodSeq: true, indicatorValues: true },
  });
  const byAction = new Map<string, typeof updates>();
  for (const u of updates) byAction.set(u.trackedActionId, [...(byAction.get(u.trackedActionId) ?? []), u]);
  return actions.flatMap((a) =>
    (a.indicators as TrackedIndicator[]).map((indicator, index) => ({
      trackedActionId: a.id, actionTitle: a.title, index, indicator, ...indicatorBounds(indicator),
      points: (byAction.get(a.id) ?? []).flatMap((u) => {
        const v = ((u.indicatorValues as { index: number; value: IndicatorValue }[]) ?? []).find((x) => x.index === index);
        return v && v.value !== null ? [{ seq: u.periodSeq, value: v.value }] : [];
      }),
    })),
  );
}
