// The dashboard of one roadmap's follow-up at one period: every figure of lib/followup/
// dashboard.ts together, for the page, the progress PDF and (later) the programme view.
import type { Db } from '../db/client';
import { indicatorPaths, indicatorPathsPage, periodCountsOf, servedParagraphs, standingAtPeriod } from './dashboard';
import { getPeriod, type PeriodInfo } from './period-rows';
import { periodState, remembered } from './revision';

export async function getFollowUpOf(db: Db, o: { countryId: string; roadmapId: string }) {
  return db.followUp.findFirst({
    where: { roadmapId: o.roadmapId, countryId: o.countryId },
    include: { periods: { orderBy: { seq: 'asc' }, select: { id: true, key: true, seq: true, startMonth: true, endMonth: true, dueOn: true, closedAt: true } } },
  });
}

/** The period a dashboard opens on: the latest one whose due date has passed, else the first. */
export function defaultPeriod(periods: PeriodInfo[], now: Date): PeriodInfo | null {
  const due = periods.filter((p) => p.dueOn <= now);
  return due.at(-1) ?? periods[0] ?? null;
}

/**
 * `period` when the caller already read it (the page, from the follow-up's periods), else
 * read by `periodKey`; `indicators` a page of the indicators' paths (the page draws 24 of
 * hundreds), else every one (the progress PDF). Five statements: the period's counts, the
 * figures that stand on each action's standing (computed once), the paragraphs served (to
 * name them), the actions' indicators and the updates of those drawn. With `revision` (the
 * follow-up's, as the caller just read it) the figures drawn from the follow-up's data are
 * remembered under it (./revision.ts); the paragraphs' names, which a framework import may
 * change, are read every time.
 */
export async function getDashboard(db: Db, o: { countryId: string; followUpId: string; periodKey: string; period?: PeriodInfo; indicators?: { page: number; size: number }; revision?: number; now: Date }) {
  const period = o.period ?? (await getPeriod(db, { countryId: o.countryId, followUpId: o.followUpId, key: o.periodKey }));
  if (!period) return null;
  const ref = { countryId: o.countryId, followUpId: o.followUpId, seq: period.seq };
  const compute = async () => {
    const [counts, standing, paths] = await Promise.all([
      periodCountsOf(db, [{ countryId: o.countryId, followUpId: o.followUpId, period }], o.now),
      standingAtPeriod(db, { ...ref, instruments: ['2341', '2396'] }),
      o.indicators ? indicatorPathsPage(db, ref, o.indicators.page, o.indicators.size) : indicatorPaths(db, ref).then((rows) => ({ rows, page: 1, pages: 1, total: rows.length, from: 1 })),
    ]);
    return { counts: counts.get(o.followUpId)!, standing, paths };
  };
  const key = `dashboard/${periodState(period, o.now)}/${o.indicators ? `${o.indicators.page}x${o.indicators.size}` : 'all'}`;
  const [{ counts, standing, paths }, served] = await Promise.all([
    o.revision === undefined ? compute() : remembered({ countryId: o.countryId, followUpId: o.followUpId, revision: o.revision }, key, compute),
    servedParagraphs(db, { countryId: o.countryId, followUpId: o.followUpId }),
  ]);
  const indicatorPages = { page: paths.page, pages: paths.pages, total: paths.total, from: paths.from, to: paths.from + paths.rows.length - 1 };
  return { period, rates: standing.rates, counts, spending: standing.spending, paragraphs: standing.paragraphs.map((p) => ({ ...p, paragraph: served.get(`${p.instrumentCode}:${p.ref}`) ?? null })), indicators: paths.rows, indicatorPages };
}

export type Dashboard = NonNullable<Awaited<ReturnType<typeof getDashboard>>>;
