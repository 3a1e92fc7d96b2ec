// Common needs and technical-assistance requests across the programme's countries.
//   common need: a question (by code, so that cycles on different versions meet) whose
//     consolidated finding is of high priority in two countries or more, in each country's
//     latest consolidated cycle; counted in the database (GROUP BY ... HAVING).
//   technical-assistance request: an action of a country's current roadmap that names an
//     international partner (the partner asked for), with the area of the question it
//     answers, its priority and its status.
// Both take the cycles and roadmaps of lib/programme/overview.ts, which only hold the
// countries of the view.
import { join } from '@prisma/client/runtime/client';
import { z } from 'zod';
import type { Db } from '../db/client';
import { pick } from '../i18n/pick';
import type { Locale } from '../i18n/routing';
import { pageOf } from '../page/pages';
import { partnerAcronyms } from '../partners';
import type { CountryRow } from './overview';

const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));

export type CommonNeed = {
  questionCode: string; areaCode: string; question: string; area: string;
  countries: { countryId: string; country: string; maturity: number | null; needs: string; assistance: string[] }[];
};

/**
 * Questions rated of high priority in two countries or more, most shared first, each
 * country's need with the assistance it asked for (`requests`: every request of the
 * countries, unfiltered, as assistanceRequests reads them).
 */
export async function commonNeeds(db: Db, o: { countries: CountryRow[]; locale: Locale; requests: AssistanceRequest[] }): Promise<CommonNeed[]> {
  const cycles = o.countries.flatMap((c) => (c.consolidated ? [c.consolidated.id] : []));
  if (cycles.length < 2) return [];
  // The shared questions (GROUP BY ... HAVING) and their high-priority findings, in one statement.
  const rows = await db.$queryRaw<NeedRow[]>`
    SELECT q."code" AS code, q."textFr" AS "textFr", q."textEn" AS "textEn", ar."code" AS "areaCode", ar."order" AS "areaOrder",
      ar."titleFr" AS "areaFr", ar."titleEn" AS "areaEn", s."countryId" AS "countryId", f."maturity" AS maturity, f."needs" AS needs, sh."countries" AS countries
    FROM "Finding" f JOIN "Question" q ON q."id" = f."questionId" JOIN "Area" ar ON ar."id" = q."areaId" JOIN "Assessment" s ON s."id" = f."assessmentId"
    JOIN (
      SELECT q2."code" AS code, CAST(COUNT(DISTINCT s2."countryId") AS INTEGER) AS countries
      FROM "Finding" f2 JOIN "Question" q2 ON q2."id" = f2."questionId" JOIN "Assessment" s2 ON s2."id" = f2."assessmentId"
      WHERE f2."assessmentId" IN (${join(cycles)}) AND f2."priority" = 'HIGH'
      GROUP BY q2."code" HAVING COUNT(DISTINCT s2."countryId") >= 2
    ) sh ON sh."code" = q."code"
    WHERE f."assessmentId" IN (${join(cycles)}) AND f."priority" = 'HIGH'`;
  const name = new Map(o.countries.map((c) => [c.id, c.name]));
  // The assistance each country asked for, per question.
  const asked = new Map<string, string[]>();
  for (const r of o.requests) {
    for (const code of new Set(r.questionCodes)) {
      const key = `${r.countryId} ${code}`;
      asked.set(key, [...(asked.get(key) ?? []), `${r.need} (${r.partners.join(', ')})`]);
    }
  }
  const byCode = new Map<string, CommonNeed & { order: number; count: number }>();
  for (const f of rows) {
    const need = byCode.get(f.code) ?? {
      questionCode: f.code, areaCode: f.areaCode, order: num(f.areaOrder), count: num(f.countries),
      question: pick(o.locale, { fr: f.textFr, en: f.textEn }), area: pick(o.locale, { titleFr: f.areaFr, titleEn: f.areaEn }), countries: [],
    };
    byCode.set(f.code, need);
    need.countries.push({
      countryId: f.countryId, country: name.get(f.countryId) ?? '', maturity: f.maturity === null ? null : num(f.maturity), needs: f.needs,
      assistance: asked.get(`${f.countryId} ${f.code}`) ?? [],
    });
  }
  return [...byCode.values()]
    .map((n) => ({ ...n, countries: n.countries.sort((a, b) => a.country.localeCompare(b.country, o.locale)) }))
    .sort((a, b) => b.count - a.count || a.order - b.order || a.questionCode.localeCompare(b.questionCode))
    .map((n): CommonNeed => ({ questionCode: n.questionCode, areaCode: n.areaCode, question: n.question, area: n.area, countries: n.countries }));
}

type NeedRow = {
  code: string; textFr: string; textEn: string; areaCode: string; areaOrder: unknown; areaFr: string; areaEn: string;
  countryId: string; maturity: unknown; needs: string; countries: unknown;
};

/** The common needs the page shows, the most shared first; the exports hold every one. */
export const NEEDS_SHOWN = 12;
/** Rows of the assistance requests' table per page; the exports hold every one. */
export const REQUESTS_PER_PAGE = 50;

/** Page `page` (from 1, kept within the pages there are) of a list of requests. */
export const requestsPage = <T>(list: readonly T[], page: number) => pageOf(list, page, REQUESTS_PER_PAGE);

export type AssistanceRequest = {
  countryId: string; country: string; countryCode: string; areaCode: string; area: string; need: string; detail: string;
  /** `partners`: their acronyms in the language; `partnerNames`: as the roadmap names them */
  priority: 'HIGH' | 'MEDIUM' | 'LOW'; partners: string[]; partnerNames: string[]; status: 'PLANNED' | 'IN_PROGRESS' | 'DONE' | 'CANCELLED'; questionCodes: string[]; roadmap: string;
};

export const requestFilterSchema = z.object({
  country: z.string().regex(/^[A-Z]{2}$/).optional().catch(undefined),
  area: z.string().max(20).regex(/^[A-Z0-9-]+$/).optional().catch(undefined),
  priority: z.enum(['HIGH', 'MEDIUM', 'LOW']).optional().catch(undefined),
  status: z.enum(['PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED']).optional().catch(undefined),
  partner: z.string().max(40).optional().catch(undefined),
});
export type RequestFilter = z.infer<typeof requestFilterSchema>;

type RequestRow = {
  id: string; title: string; description: string; priority: AssistanceRequest['priority']; status: AssistanceRequest['status']; partners: unknown;
  slug: string; countryId: string; objectiveArea: string | null; objectiveFr: string | null; objectiveEn: string | null;
  question: string | null; questionArea: string | null; questionFr: string | null; questionEn: string | null;
};

/** A JSON column as a raw statement returns it: text on SQLite, already parsed on PostgreSQL. */
const jsonOf = (v: unknown): unknown => {
  if (typeof v !== 'string') return v;
  try {
    return JSON.parse(v);
  } catch {
    return null;
  }
};

/**
 * The actions of the countries' current roadmaps that name a partner, with the area of the
 * first question each answers (else its objective's): one statement, a row per action and
 * question, gathered here.
 */
export async function assistanceRequests(db: Db, o: { countries: CountryRow[]; locale: Locale }): Promise<AssistanceRequest[]> {
  const roadmaps = o.countries.filter((c) => c.roadmap);
  if (!roadmaps.length) return [];
  const rows = await db.$queryRaw<RequestRow[]>`
    SELECT a."id" AS id, a."title" AS title, a."description" AS description, a."priority" AS priority, a."status" AS status, a."partners" AS partners,
      r."slug" AS slug, r."countryId" AS "countryId", oa."code" AS "objectiveArea", oa."titleFr" AS "objectiveFr", oa."titleEn" AS "objectiveEn",
      q."code" AS question, qa."code" AS "questionArea", qa."titleFr" AS "questionFr", qa."titleEn" AS "questionEn"
    FROM "Action" a JOIN "Roadmap" r ON r."id" = a."roadmapId"
    LEFT JOIN "Objective" ob ON ob."id" = a."objectiveId" LEFT JOIN "Area" oa ON oa."id" = ob."areaId"
    LEFT JOIN "ActionQuestion" aq ON aq."actionId" = a."id" LEFT JOIN "Question" q ON q."id" = aq."questionId" LEFT JOIN "Area" qa ON qa."id" = q."areaId"
    WHERE r."slug" IN (${join(roadmaps.map((c) => c.roadmap!.slug))}) AND r."countryId" IN (${join(roadmaps.map((c) => c.id))})
    ORDER BY r."countryId", a."order", a."id", aq."questionId"`;
  const actions = new Map<string, { row: RequestRow; questions: RequestRow[] }>();
  for (const r of rows) {
    const a = actions.get(r.id) ?? { row: r, questions: [] };
    actions.set(r.id, a);
    if (r.question) a.questions.push(r);
  }
  const country = new Map(o.countries.map((c) => [c.id, c]));
  return [...actions.values()].flatMap(({ row: a, questions }) => {
    const json = jsonOf(a.partners);
    const partners = (Array.isArray(json) ? json : []).filter((p): p is string => typeof p === 'string' && !!p.trim());
    if (!partners.length) return [];
    const q = questions[0];
    const area = q?.questionArea ? { code: q.questionArea, titleFr: q.questionFr!, titleEn: q.questionEn! }
      : a.objectiveArea ? { code: a.objectiveArea, titleFr: a.objectiveFr!, titleEn: a.objectiveEn! } : null;
    const c = country.get(a.countryId)!;
    return [{
      countryId: c.id, country: c.name, countryCode: c.code, areaCode: area?.code ?? '', area: area ? pick(o.locale, area) : '', need: a.title, detail: a.description,
      priority: a.priority, partners: partnerAcronyms(partners, o.locale), partnerNames: partners, status: a.status, questionCodes: questions.map((x) => x.question!), roadmap: a.slug,
    }];
  }).sort((x, y) => x.country.localeCompare(y.country, o.locale) || x.areaCode.localeCompare(y.areaCode));
}

/** The requests a filter keeps (the list is read once; the filter's options come from all of it). */
export function filterRequests(list: AssistanceRequest[], f: RequestFilter = {}): AssistanceRequest[] {
  return list.filter((r) => (!f.country || r.countryCode === f.country) && (!f.priority || r.priority === f.priority) && (!f.status || r.status === f.status)
    && (!f.partner || r.partnerNames.includes(f.partner) || r.partners.includes(f.partner)) && (!f.area || r.areaCode === f.area));
}
