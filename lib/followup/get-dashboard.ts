// The dashboard of one roadmap's follow-up at one period: every figure of lib/followup/
// dashboard.ts together, for the page, the progress PDF and (later) the programme view.
import type { Db } from '../db/client';
import { implementationRates, indicatorPaths, paragraphCoverage, periodCounts, spending } from './dashboard';
import { getPeriod, type PeriodInfo } from './period-rows';

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

export async function getDashboard(db: Db, o: { countryId: string; followUpId: string; periodKey: string; now: Date }) {
  const period = await getPeriod(db, { countryId: o.countryId, followUpId: o.followUpId, key: o.periodKey });
  if (!period) return null;
  const ref = { countryId: o.countryId, followUpId: o.followUpId, seq: period.seq };
  const [rates, counts, money, paragraphs, indicators] = await Promise.all([
    implementationRates(db, ref),
    periodCounts(db, { ...ref, periodId: period.id, now: o.now }),
    spending(db, ref),
    paragraphCoverage(db, { ...ref, instruments: ['2341', '2396'] }),
    indicatorPaths(db, ref),
  ]);
  return { period, rates, counts, spending: money, paragraphs, indicators };
}

export type Dashboard = NonNullable<Awaited<ReturnType<typeof getDashboard>>>;
