// The programme view's figures over a list of countries (lib/programme/scope.ts), computed in
// the database: the maturity per area of each country's latest consolidated cycle (one
// GROUP BY over the findings), each country's current stage and roadmap, and the follow-up's
// implementation rate and late actions through lib/followup/dashboard.ts (one statement for
// every country). Every statement names the countries' ids; none reads an answer.
import { join } from '@prisma/client/runtime/client';
import type { Db } from '../db/client';
import { overallRates, periodCountsOf } from '../followup/dashboard';
import { defaultPeriod } from '../followup/get-dashboard';
import { countryName } from '../country/names';
import { pick } from '../i18n/pick';
import type { Locale } from '../i18n/routing';
import type { ProgrammeCountry } from './scope';

const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));

export type CycleRef = { id: string; countryId: string; title: string; status: string; startsOn: Date | null; createdAt: Date; framework: string; previousId: string | null };

/**
 * Every cycle of the countries, newest first per country, and those with a consolidated
 * level at least (counted in the same statement): the latest of each country is the one the
 * heat map shows.
 */
export async function cyclesOf(db: Db, countryIds: string[]): Promise<{ cycles: CycleRef[]; consolidated: Set<string> }> {
  if (!countryIds.length) return { cycles: [], consolidated: new Set() };
  const rows = await db.assessment.findMany({
    where: { countryId: { in: countryIds } },
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    select: {
      id: true, countryId: true, title: true, status: true, startsOn: true, createdAt: true, previousId: true, frameworkVersion: { select: { version: true } },
      _count: { select: { findings: { where: { maturity: { not: null } } } } },
    },
  });
  return {
    cycles: rows.map((r): CycleRef => ({
      id: r.id, countryId: r.countryId, title: r.title, status: r.status, startsOn: r.startsOn, createdAt: r.createdAt, previousId: r.previousId, framework: r.frameworkVersion.version,
    })),
    consolidated: new Set(rows.filter((r) => r._count.findings > 0).map((r) => r.id)),
  };
}

export type AreaLevels = { code: string; title: string; order: number; byCycle: Map<string, { mean: number; findings: number }> };

/** The mean consolidated level per area code, per cycle (areas of different versions meet by code). */
export async function areaLevels(db: Db, cycleIds: string[], locale: Locale): Promise<AreaLevels[]> {
  if (!cycleIds.length) return [];
  const rows = await db.$queryRaw<{ assessmentId: string; code: string; mean: unknown; findings: unknown }[]>`
    SELECT f."assessmentId" AS "assessmentId", a."code" AS code,
      CAST(AVG(CAST(f."maturity" AS DOUBLE PRECISION)) AS DOUBLE PRECISION) AS mean, CAST(COUNT(*) AS INTEGER) AS findings
    FROM "Finding" f JOIN "Question" q ON q."id" = f."questionId" JOIN "Area" a ON a."id" = q."areaId"
    WHERE f."assessmentId" IN (${join(cycleIds)}) AND f."maturity" IS NOT NULL
    GROUP BY f."assessmentId", a."code"`;
  // Titles and order from the areas of those cycles' versions (a handful of rows).
  const areas = await db.area.findMany({
    where: { frameworkVersion: { assessments: { some: { id: { in: cycleIds } } } } },
    orderBy: [{ order: 'asc' }], select: { code: true, order: true, titleFr: true, titleEn: true },
  });
  const out = new Map<string, AreaLevels>();
  for (const a of areas) if (!out.has(a.code)) out.set(a.code, { code: a.code, order: a.order, title: pick(locale, a), byCycle: new Map() });
  for (const r of rows) out.get(r.code)?.byCycle.set(r.assessmentId, { mean: Math.round(num(r.mean) * 10) / 10, findings: num(r.findings) });
  return [...out.values()].sort((x, y) => x.order - y.order);
}

export type CountryRow = {
  id: string; code: string; name: string; demo: boolean;
  /** the latest cycle, whatever its stage */
  current: CycleRef | null;
  /** the latest cycle with consolidated findings: the heat map's column */
  consolidated: CycleRef | null;
  roadmap: { slug: string; title: string; status: string; version: number | null } | null;
  followUp: { period: string; rate: number; actions: number; late: number } | null;
};

export type ProgrammeOverview = { countries: CountryRow[]; areas: AreaLevels[] };

export async function getOverview(db: Db, o: { countries: ProgrammeCountry[]; locale: Locale; now: Date }): Promise<ProgrammeOverview> {
  const ids = o.countries.map((c) => c.id);
  const { cycles, consolidated } = await cyclesOf(db, ids);
  const latest = (countryId: string, f: (c: CycleRef) => boolean = () => true) => cycles.find((c) => c.countryId === countryId && f(c)) ?? null;
  const roadmaps = ids.length
    ? await db.roadmap.findMany({
      where: { countryId: { in: ids } }, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      select: {
        id: true, slug: true, title: true, status: true, countryId: true,
        versions: { orderBy: { number: 'desc' }, take: 1, select: { number: true } },
        followUp: { select: { id: true, periods: { orderBy: { seq: 'asc' }, select: { id: true, key: true, seq: true, startMonth: true, endMonth: true, dueOn: true, closedAt: true } } } },
      },
    })
    : [];
  // Each followed-up country at the period its dashboard opens on, every country's figures
  // in two statements.
  const followed = o.countries.flatMap((c) => {
    const f = roadmaps.find((x) => x.countryId === c.id)?.followUp;
    const period = f ? defaultPeriod(f.periods, o.now) : null;
    return f && period ? [{ countryId: c.id, followUpId: f.id, seq: period.seq, period }] : [];
  });
  const [rates, counts] = await Promise.all([overallRates(db, followed), periodCountsOf(db, followed, o.now)]);
  const countries: CountryRow[] = o.countries.map((c) => {
    const r = roadmaps.find((x) => x.countryId === c.id);
    const f = followed.find((x) => x.countryId === c.id);
    const rate = f && rates.get(f.followUpId);
    return {
      id: c.id, code: c.code, name: countryName(c.code, o.locale), demo: c.demo,
      current: latest(c.id), consolidated: latest(c.id, (x) => consolidated.has(x.id)),
      roadmap: r ? { slug: r.slug, title: r.title, status: r.status, version: r.versions[0]?.number ?? null } : null,
      followUp: f && rate ? { period: f.period.key, rate: rate.rate, actions: rate.actions, late: counts.get(f.followUpId)?.late ?? 0 } : null,
    };
  });
  const areas = await areaLevels(db, countries.flatMap((c) => (c.consolidated ? [c.consolidated.id] : [])), o.locale);
  return { countries, areas };
}

/** The overview as the heat map draws it: a column per country with a consolidated cycle. */
export function heatMapOf(view: ProgrammeOverview) {
  const shown = view.countries.filter((c) => c.consolidated);
  return {
    entities: shown.map((c) => ({ id: c.id, code: c.code, acronym: c.name, name: c.name })),
    areas: view.areas.map((a) => ({
      id: a.code, code: a.code, title: a.title,
      cells: shown.map((c) => {
        const v = a.byCycle.get(c.consolidated!.id);
        return v ? { mean: v.mean, assigned: v.findings } : { mean: null, assigned: 1 };
      }),
    })),
  };
}
