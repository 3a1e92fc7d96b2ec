// The follow-up's figures for one period, computed in the database (portable SQL, for SQLite
// and PostgreSQL alike; the dashboard's figures in one statement). Every function takes the country and the
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
import { storedIdentity, type ParagraphIdentity } from '../framework/paragraph-check';
import type { Bilingual, ParagraphKind } from '../framework/schema';
import { pageWindow } from '../page/pages';
import { indicatorBounds, type IndicatorValue, type TrackedIndicator } from './indicators';

export type FollowUpRef = { countryId: string; followUpId: string };
export type PeriodRef = FollowUpRef & { seq: number };

const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));
const REPORTED = sql`('SUBMITTED', 'ACCEPTED')`;

/**
 * The tracked actions (not removed) of one or several follow-ups, each with where it stands at
 * its follow-up's period `seq`: `act`, with the follow-up's id as `fid`. The follow-ups are a
 * table of the statement (`refs`), so that the programme view reads every country's figures
 * in one statement rather than one per country. `act` is MATERIALIZED (PostgreSQL 12+, SQLite
 * 3.35+ both say so): the dashboard's figures read it several times in one statement, and it
 * is computed once.
 */
function standing(refs: PeriodRef[]) {
  const rows = refs.map((r) => sql`(${r.followUpId}, ${r.countryId}, CAST(${r.seq} AS INTEGER))`);
  // Each action's latest reported update, found through the index on (trackedActionId,
  // periodSeq): a tenth of the time of comparing every update with its action's latest.
  return sql`
    WITH refs (fid, cid, seq) AS (VALUES ${join(rows)}),
    act AS MATERIALIZED (
      SELECT t."followUpId" AS fid, t."id" AS id, t."objectiveKey" AS "objectiveKey", t."objectiveTitle" AS "objectiveTitle", t."objectiveOrder" AS "objectiveOrder",
             t."leadEntityId" AS "leadEntityId", t."fundingSource" AS "fundingSource", t."currency" AS currency, t."costAmount" AS cost,
             u."status" AS status, u."percent" AS percent, u."spent" AS spent
      FROM refs r JOIN "TrackedAction" t ON t."followUpId" = r.fid AND t."countryId" = r.cid
      LEFT JOIN "ProgressUpdate" u ON u."id" = (
        SELECT v."id" FROM "ProgressUpdate" v
        WHERE v."trackedActionId" = t."id" AND v."countryId" = r.cid AND v."periodSeq" <= r.seq AND v."review" IN ${REPORTED}
        ORDER BY v."periodSeq" DESC LIMIT 1
      )
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

const NO_TEXT = sql`CAST(NULL AS TEXT)`;
const NO_INT = sql`CAST(NULL AS INTEGER)`;
const MONEY_COLUMNS = sql`
  CAST(SUM(COALESCE(cost, 0)) AS DOUBLE PRECISION) AS planned,
  CAST(SUM(COALESCE(spent, 0)) AS DOUBLE PRECISION) AS spent`;

/**
 * The figures of one follow-up at period P that stand on where each action stands, each a
 * group of rows (`kind`) of one statement: the standing is computed once however many
 * figures are asked (the dashboard asks them all). Every group has the same columns: its
 * keys (`k1`, `k2`, `cur`, `ord`), the rate columns and the money columns.
 */
const FIGURES = {
  overall: sql`SELECT 'overall' AS kind, ${NO_TEXT} AS k1, ${NO_TEXT} AS k2, ${NO_TEXT} AS cur, ${NO_INT} AS ord, ${RATE_COLUMNS}, ${MONEY_COLUMNS} FROM act`,
  objective: sql`SELECT 'objective', "objectiveKey", "objectiveTitle", ${NO_TEXT}, MIN("objectiveOrder"), ${RATE_COLUMNS}, ${MONEY_COLUMNS} FROM act GROUP BY "objectiveKey", "objectiveTitle"`,
  lead: sql`SELECT 'lead', "leadEntityId", ${NO_TEXT}, ${NO_TEXT}, ${NO_INT}, ${RATE_COLUMNS}, ${MONEY_COLUMNS} FROM act GROUP BY "leadEntityId"`,
  spentObjective: sql`SELECT 'spentObjective', "objectiveKey", "objectiveTitle", COALESCE(currency, ''), MIN("objectiveOrder"), ${RATE_COLUMNS}, ${MONEY_COLUMNS} FROM act GROUP BY "objectiveKey", "objectiveTitle", currency`,
  spentFunding: sql`SELECT 'spentFunding', CAST("fundingSource" AS TEXT), '', COALESCE(currency, ''), ${NO_INT}, ${RATE_COLUMNS}, ${MONEY_COLUMNS} FROM act GROUP BY "fundingSource", currency`,
} as const;
type Figure = keyof typeof FIGURES | 'paragraphs';
type FigureRow = RateRow & { kind: Figure; k1: string | null; k2: string | null; cur: string | null; ord: unknown; planned: unknown; spent: unknown };

async function standingFigures(db: Db, o: PeriodRef & { instruments?: string[] }, figures: Figure[]) {
  const only = o.instruments?.length ? sql`AND p."instrumentCode" IN (${join(o.instruments)})` : empty;
  const paragraphs = sql`
    SELECT 'paragraphs', p."instrumentCode", p."ref", ${NO_TEXT}, ${NO_INT}, ${RATE_COLUMNS}, ${MONEY_COLUMNS}
    FROM "TrackedParagraph" p JOIN act ON act.id = p."trackedActionId"
    WHERE p."countryId" = ${o.countryId} ${only}
    GROUP BY p."instrumentCode", p."ref"`;
  // 'overall' always comes first: the first group names the columns, and it costs one row.
  const parts = ['overall' as const, ...new Set(figures.filter((f) => f !== 'overall'))].map((f) => (f === 'paragraphs' ? paragraphs : FIGURES[f]));
  const rows = await db.$queryRaw<FigureRow[]>`${standing([o])} ${join(parts, ' UNION ALL ')}`;
  const of = (kind: Figure) => rows.filter((r) => r.kind === kind);
  const byOrder = (a: FigureRow, b: FigureRow) => num(a.ord) - num(b.ord) || (a.k1 ?? '').localeCompare(b.k1 ?? '') || (a.cur ?? '').localeCompare(b.cur ?? '');
  return { of, byOrder };
}

const spendingOf = (r: FigureRow): Spending => ({ key: r.k1 ?? '', title: r.k2 ?? '', currency: r.cur ?? '', planned: num(r.planned), spent: num(r.spent) });

const ratesOf = (f: Awaited<ReturnType<typeof standingFigures>>): ImplementationRates => ({
  overall: rateOf(f.of('overall')[0]),
  byObjective: f.of('objective').sort(f.byOrder).map((r) => ({ objectiveKey: r.k1 ?? '', objectiveTitle: r.k2 ?? '', ...rateOf(r) })),
  byLeadEntity: f.of('lead').map((r) => ({ leadEntityId: r.k1, ...rateOf(r) })).sort((a, b) => b.actions - a.actions),
});

const spendingsOf = (f: Awaited<ReturnType<typeof standingFigures>>) => ({
  byObjective: f.of('spentObjective').sort(f.byOrder).map(spendingOf),
  // By funding source's name, the actions without one last (as PostgreSQL orders NULL).
  byFunding: f.of('spentFunding').sort((a, b) => (a.k1 === null ? 1 : 0) - (b.k1 === null ? 1 : 0) || (a.k1 ?? '').localeCompare(b.k1 ?? '') || (a.cur ?? '').localeCompare(b.cur ?? '')).map(spendingOf),
});

const paragraphsOf = (f: Awaited<ReturnType<typeof standingFigures>>): ParagraphCoverage[] => {
  const order = (ref: string) => [ref.replace(/\d+/g, ''), Number(/\d+/.exec(ref)?.[0] ?? 0)] as const;
  return f.of('paragraphs')
    .map((r) => ({ instrumentCode: r.k1 ?? '', ref: r.k2 ?? '', planned: num(r.actions), completed: num(r.completed) }))
    .sort((a, b) => a.instrumentCode.localeCompare(b.instrumentCode) || order(a.ref)[0].localeCompare(order(b.ref)[0]) || order(a.ref)[1] - order(b.ref)[1]);
};

export async function implementationRates(db: Db, o: PeriodRef): Promise<ImplementationRates> {
  return ratesOf(await standingFigures(db, o, ['overall', 'objective', 'lead']));
}

/** Rates, spending and paragraph coverage at P in one statement (the dashboard's figures). */
export async function standingAtPeriod(db: Db, o: PeriodRef & { instruments?: string[] }) {
  const f = await standingFigures(db, o, ['overall', 'objective', 'lead', 'spentObjective', 'spentFunding', 'paragraphs']);
  return { rates: ratesOf(f), spending: spendingsOf(f), paragraphs: paragraphsOf(f) };
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
  return spendingsOf(await standingFigures(db, o, ['spentObjective', 'spentFunding']));
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

/** A served paragraph as the framework states it: what its name is made of (lib/framework/paragraph-check.ts). */
export type ServedParagraph = ParagraphIdentity & { kind: ParagraphKind; summary: Bilingual };
type ServedRow = { instrumentCode: string; ref: string; number: unknown; numberStatus: string | null; numberSource: string | null; subjectFr: string | null; subjectEn: string | null; kind: string; summaryFr: string; summaryEn: string };

/**
 * The framework paragraphs the follow-up's actions serve, by "code:ref", so that a coverage row
 * is named as the roadmap names it (an unverified number is never printed as if it were).
 * One statement; the paragraphs are the framework's, reached through this country's links.
 */
export async function servedParagraphs(db: Db, o: { countryId: string; followUpId: string }): Promise<Map<string, ServedParagraph>> {
  const rows = await db.$queryRaw<ServedRow[]>`
    SELECT i."code" AS "instrumentCode", ip."ref", ip."number", ip."numberStatus", ip."numberSource", ip."subjectFr", ip."subjectEn", ip."kind", ip."summaryFr", ip."summaryEn"
    FROM "InstrumentParagraph" ip JOIN "Instrument" i ON i."id" = ip."instrumentId"
    WHERE ip."id" IN (
      SELECT tp."paragraphId" FROM "TrackedParagraph" tp JOIN "TrackedAction" ta ON ta."id" = tp."trackedActionId"
      WHERE tp."countryId" = ${o.countryId} AND ta."countryId" = ${o.countryId} AND ta."followUpId" = ${o.followUpId}
    )`;
  const out = new Map<string, ServedParagraph>();
  for (const r of rows) {
    const identity = storedIdentity({ ...r, number: r.number === null ? null : num(r.number) });
    out.set(`${r.instrumentCode}:${r.ref}`, { ...identity, kind: r.kind.toLowerCase() as ParagraphKind, summary: { fr: r.summaryFr, en: r.summaryEn } });
  }
  return out;
}

/** Per resolution paragraph: the tracked actions that serve it, and how many are completed at P. */
export async function paragraphCoverage(db: Db, o: PeriodRef & { instruments?: string[] }): Promise<ParagraphCoverage[]> {
  return paragraphsOf(await standingFigures(db, o, ['paragraphs']));
}

export type IndicatorPath = {
  trackedActionId: string; actionTitle: string; index: number; indicator: TrackedIndicator;
  baseline: number | null; target: number | null;
  /** the value reported at each period up to P (submitted or accepted updates) */
  points: { seq: number; value: IndicatorValue }[];
};

/**
 * The indicators' paths from baseline toward target, period by period up to P, of the slots
 * `pick` keeps (each slot an indicator of an action, in the actions' order): the actions'
 * indicator lists are small and read whole, the updates only for the actions picked.
 */
async function pathsOf<W>(db: Db, o: PeriodRef, pick: (slots: number) => { from: number; to: number; window: W }) {
  // Raw: for hundreds of rows, mapping them through the client took ten times the query.
  const actions = await db.$queryRaw<{ id: string; title: string; indicators: string }[]>`
    SELECT "id" AS id, "title" AS title, CAST("indicators" AS TEXT) AS indicators FROM "TrackedAction"
    WHERE "followUpId" = ${o.followUpId} AND "countryId" = ${o.countryId} AND "removedAt" IS NULL
    ORDER BY "objectiveOrder", "order", "id"`;
  const slots = actions.flatMap((a) => (JSON.parse(a.indicators) as TrackedIndicator[]).map((indicator, index) => ({ a, indicator, index })));
  const { from, to, window } = pick(slots.length);
  const shown = slots.slice(from, to);
  const ids = [...new Set(shown.map((s) => s.a.id))];
  const updates = ids.length
    ? await db.progressUpdate.findMany({
      where: { followUpId: o.followUpId, countryId: o.countryId, trackedActionId: { in: ids }, periodSeq: { lte: o.seq }, review: { in: ['SUBMITTED', 'ACCEPTED'] } },
      orderBy: { periodSeq: 'asc' },
      select: { trackedActionId: true, periodSeq: true, indicatorValues: true },
    })
    : [];
  const byAction = new Map<string, typeof updates>();
  for (const u of updates) byAction.set(u.trackedActionId, [...(byAction.get(u.trackedActionId) ?? []), u]);
  const paths = shown.map(({ a, indicator, index }): IndicatorPath => ({
    trackedActionId: a.id, actionTitle: a.title, index, indicator, ...indicatorBounds(indicator),
    points: (byAction.get(a.id) ?? []).flatMap((u) => {
      const v = ((u.indicatorValues as { index: number; value: IndicatorValue }[]) ?? []).find((x) => x.index === index);
      return v && v.value !== null ? [{ seq: u.periodSeq, value: v.value }] : [];
    }),
  }));
  return { paths, window };
}

/** Each indicator's path from its baseline toward its target, period by period up to P (every one: the progress PDF). */
export async function indicatorPaths(db: Db, o: PeriodRef): Promise<IndicatorPath[]> {
  return (await pathsOf(db, o, (n) => ({ from: 0, to: n, window: null }))).paths;
}

/** One page of the indicators' paths (`size` a page), and which page of how many it is. */
export async function indicatorPathsPage(db: Db, o: PeriodRef, page: number, size: number) {
  const { paths, window } = await pathsOf(db, o, (n) => {
    const w = pageWindow(n, page, size);
    return { from: w.skip, to: w.skip + w.take, window: w };
  });
  return { rows: paths, page: window.page, pages: window.pages, total: window.total, from: window.from };
}
