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
  const shared = await db.$queryRaw<{ code: string; countries: unknown }[]>`
    SELECT q."code" AS code, CAST(COUNT(DISTINCT s."countryId") AS INTEGER) AS countries
    FROM "Finding" f JOIN "Question" q ON q."id" = f."questionId" JOIN "Assessment" s ON s."id" = f."assessmentId"
    WHERE f."assessmentId" IN (${join(cycles)}) AND f."priority" = 'HIGH'
    GROUP BY q."code" HAVING COUNT(DISTINCT s."countryId") >= 2`;
  if (!shared.length) return [];
  const codes = shared.map((s) => s.code);
  const findings = await db.finding.findMany({
    where: { assessmentId: { in: cycles }, priority: 'HIGH', question: { code: { in: codes } } },
    select: { maturity: true, needs: true, assessment: { select: { countryId: true } }, question: { select: { id: true, code: true, textFr: true, textEn: true, area: { select: { code: true, order: true, titleFr: true, titleEn: true } } } } },
  });
  const requests = o.requests;
  const name = new Map(o.countries.map((c) => [c.id, c.name]));
  const byCode = new Map<string, CommonNeed & { order: number }>();
  for (const f of findings) {
    const q = f.question;
    const need = byCode.get(q.code) ?? { questionCode: q.code, areaCode: q.area.code, order: q.area.order, question: pick(o.locale, { fr: q.textFr, en: q.textEn }), area: pick(o.locale, q.area), countries: [] };
    byCode.set(q.code, need);
    const countryId = f.assessment.countryId;
    need.countries.push({
      countryId, country: name.get(countryId) ?? '', maturity: f.maturity, needs: f.needs,
      assistance: requests.filter((r) => r.countryId === countryId && r.questionCodes.includes(q.code)).map((r) => `${r.need} (${r.partners.join(', ')})`),
    });
  }
  const count = new Map(shared.map((s) => [s.code, num(s.countries)]));
  return [...byCode.values()]
    .map((n) => ({ ...n, countries: n.countries.sort((a, b) => a.country.localeCompare(b.country, o.locale)) }))
    .sort((a, b) => count.get(b.questionCode)! - count.get(a.questionCode)! || a.order - b.order || a.questionCode.localeCompare(b.questionCode))
    .map((n): CommonNeed => ({ questionCode: n.questionCode, areaCode: n.areaCode, question: n.question, area: n.area, countries: n.countries }));
}

/** The common needs the page shows, the most shared first; the exports hold every one. */
export const NEEDS_SHOWN = 12;
/** Rows of the assistance requests' table per page; the exports hold every one. */
export const REQUESTS_PER_PAGE = 50;

/** Page `page` (from 1, kept within the pages there are) of a list of requests. */
export const requestsPage = <T>(list: readonly T[], page: number) => pageOf(list, page, REQUESTS_PER_PAGE);

export type AssistanceRequest = {
  countryId: string; country: string; areaCode: string; area: string; need: string; detail: string;
  priority: 'HIGH' | 'MEDIUM' | 'LOW'; partners: string[]; status: 'PLANNED' | 'IN_PROGRESS' | 'DONE' | 'CANCELLED'; questionCodes: string[]; roadmap: string;
};

export const requestFilterSchema = z.object({
  country: z.string().regex(/^[A-Z]{2}$/).optional().catch(undefined),
  area: z.string().max(20).regex(/^[A-Z0-9-]+$/).optional().catch(undefined),
  priority: z.enum(['HIGH', 'MEDIUM', 'LOW']).optional().catch(undefined),
  status: z.enum(['PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED']).optional().catch(undefined),
  partner: z.string().max(40).optional().catch(undefined),
});
export type RequestFilter = z.infer<typeof requestFilterSchema>;

/** The actions of the countries' current roadmaps that name a partner, filtered. */
export async function assistanceRequests(db: Db, o: { countries: CountryRow[]; locale: Locale; filter?: RequestFilter }): Promise<AssistanceRequest[]> {
  const f = o.filter ?? {};
  const roadmaps = o.countries.filter((c) => c.roadmap && (!f.country || c.code === f.country));
  if (!roadmaps.length) return [];
  const slugs = roadmaps.map((c) => c.roadmap!.slug);
  const actions = await db.action.findMany({
    where: {
      roadmap: { slug: { in: slugs }, countryId: { in: roadmaps.map((c) => c.id) } },
      ...(f.priority ? { priority: f.priority } : {}), ...(f.status ? { status: f.status } : {}),
    },
    orderBy: [{ roadmap: { countryId: 'asc' } }, { order: 'asc' }],
    select: {
      title: true, description: true, priority: true, status: true, partners: true,
      roadmap: { select: { slug: true, countryId: true } },
      objective: { select: { area: { select: { code: true, titleFr: true, titleEn: true } } } },
      questions: { select: { question: { select: { code: true, area: { select: { code: true, titleFr: true, titleEn: true } } } } } },
    },
  });
  const country = new Map(o.countries.map((c) => [c.id, c]));
  return actions.flatMap((a) => {
    const partners = (Array.isArray(a.partners) ? (a.partners as string[]) : []).filter((p) => typeof p === 'string' && p.trim());
    if (!partners.length) return [];
    const area = a.questions[0]?.question.area ?? a.objective?.area ?? null;
    const labels = partnerAcronyms(partners, o.locale);
    if (f.partner && !partners.some((p) => p === f.partner) && !labels.includes(f.partner)) return [];
    if (f.area && area?.code !== f.area) return [];
    const c = country.get(a.roadmap.countryId)!;
    return [{
      countryId: c.id, country: c.name, areaCode: area?.code ?? '', area: area ? pick(o.locale, area) : '', need: a.title, detail: a.description,
      priority: a.priority, partners: labels, status: a.status, questionCodes: a.questions.map((q) => q.question.code), roadmap: a.roadmap.slug,
    }];
  }).sort((x, y) => x.country.localeCompare(y.country, o.locale) || x.areaCode.localeCompare(y.areaCode));
}
