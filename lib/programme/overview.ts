// The programme view's figures over a list of countries (lib/programme/scope.ts), computed in
// the database: the maturity per area of each country's latest consolidated cycle (one
// GROUP BY over the findings), each country's current stage and roadmap, and the follow-up's
// implementation rate and late actions through lib/followup/dashboard.ts (one statement for
// every country). Every raw statement names the countries' ids; none reads an answer.
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

/** A date column as a raw statement returns it (a Date with both drivers; text or a number, read as such). */
const dateOf = (v: unknown) => (v instanceof Date ? v : new Date(typeof v === 'number' ? v : String(v)));

/**
 * Every cycle of the countries, newest first per country, with its framework's version, and
 * those with a consolidated level at least (in the same statement): the latest of each
 * country is the one the heat map shows.
 */
export async function cyclesOf(db: Db, countryIds: string[]): Promise<{ cycles: CycleRef[]; consolidated: Set<string> }> {
  if (!countryIds.length) return { cycles: [], consolidated: new Set() };
  const rows = await db.$queryRaw<(Omit<CycleRef, 'startsOn' | 'createdAt'> & { startsOn: unknown; createdAt: unknown; consolidated: unknown })[]>`
    SELECT s."id" AS id, s."countryId" AS "countryId", s."title" AS title, s."status" AS status, s."startsOn" AS "startsOn", s."createdAt" AS "createdAt",
      s."previousId" AS "previousId", fv."version" AS framework,
      CASE WHEN EXISTS (SELECT 1 FROM "Finding" f WHERE f."assessmentId" = s."id" AND f."maturity" IS NOT NULL) THEN 1 ELSE 0 END AS consolidated
    FROM "Assessment" s JOIN "FrameworkVersion" fv ON fv."id" = s."frameworkVersionId"
    WHERE s."countryId" IN (${join(countryIds)})
    ORDER BY s."createdAt" DESC, s."id" ASC`;
  return {
    cycles: rows.map((r): CycleRef => ({
      id: r.id, countryId: r.countryId, title: r.title, status: r.status, startsOn: r.startsOn === null ? null : dateOf(r.startsOn), createdAt: dateOf(r.createdAt),
      previousId: r.previousId, framework: r.framework,
    })),
    consolidated: new Set(rows.filter((r) => num(r.consolidated) > 0).map((r) => r.id)),
  };
}

type RoadmapRow = { id: string; slug: string; title: string; status: string; countryId: string; version: unknown; followUpId: string | null };

/**
 * The countries' roadmaps, newest first, each with its latest version's number and its
 * follow-up's periods (in order): two statements for every country.
 */
async function roadmapsOf(db: Db, countryIds: string[]) {
  if (!countryIds.length) return [];
  const rows = await db.$queryRaw<RoadmapRow[]>`
    SELECT r."id" AS id, r."slug" AS slug, r."title" AS title, r."status" AS status, r."countryId" AS "countryId",
      (SELECT MAX(v."number") FROM "RoadmapVersion" v WHERE v."roadmapId" = r."id") AS version, fu."id" AS "followUpId"
    FROM "Roadmap" r LEFT JOIN "FollowUp" fu ON fu."roadmapId" = r."id"
    WHERE r."countryId" IN (${join(countryIds)})
    ORDER BY r."createdAt" DESC, r."id" ASC`;
  const followUps = rows.flatMap((r) => (r.followUpId ? [r.followUpId] : []));
  const periods = followUps.length
    ? await db.followUpPeriod.findMany({
      where: { followUpId: { in: followUps } }, orderBy: [{ seq: 'asc' }, { id: 'asc' }],
      select: { id: true, followUpId: true, key: true, seq: true, startMonth: true, endMonth: true, dueOn: true, closedAt: true },
    })
    : [];
  return rows.map((r) => ({
    id: r.id, slug: r.slug, title: r.title, status: r.status, countryId: r.countryId, version: r.version === null ? null : num(r.version),
    followUp: r.followUpId ? { id: r.followUpId, periods: periods.filter((p) => p.followUpId === r.followUpId).map((p) => ({ id: p.id, key: p.key, seq: p.seq, startMonth: p.startMonth, endMonth: p.endMonth, dueOn: p.dueOn, closedAt: p.closedAt })) } : null,
  }));
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
  const roadmaps = await roadmapsOf(db, ids);
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
      roadmap: r ? { slug: r.slug, title: r.title, status: r.status, version: r.version } : null,
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
