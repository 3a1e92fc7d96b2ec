// Loads a submitted roadmap version and maps its snapshot (lib/roadmap/snapshot.ts, written by
// the roadmap domain when a version is submitted) to the PDF's view model.
import { partnerAcronyms } from '@/lib/partners';
import { getEmblemImage } from '@/lib/country/emblem-read';
import { countryName } from '@/lib/country/names';
import type { Db } from '@/lib/db';
import { paragraphName, paragraphNumberLabel } from '@/lib/framework/paragraph-check';
import type { ParagraphKind } from '@/lib/framework/schema';
import { translator } from '@/lib/i18n/translate';
import { fail, ok, type Result } from '@/lib/result';
import { indicatorValueText, readIndicators } from '@/lib/roadmap/indicators';
import { snapshotSchema, type RoadmapSnapshot } from '@/lib/roadmap/snapshot';
import { localizeSnapshot, type Localized } from '@/lib/translation/localize';
import { versionTexts } from '@/lib/translation/snapshot';
import type { TextUnit } from '@/lib/translation/texts';
import { inDocumentOrder, numberRoadmap } from '@/lib/roadmap/numbering';
import { parsePeriod } from './format';
import type { ActionItem, AreaFinding, CycleComparisonAnnex, NationalPriority, PdfLocale, Priority, RoadmapDocument } from './types';
import { inLocale } from '../i18n/pick';

export type LoadedRoadmapVersion = {
  document: RoadmapDocument;
  roadmap: { id: string; slug: string; countryId: string };
  version: { id: string; number: number; contentHash: string };
};

/**
 * The document of version `versionNumber` (the latest when null) of a roadmap named by id or
 * slug. Errors are message keys: pdf.errors.roadmapNotFound, .versionNotFound, .invalidSnapshot.
 */
type VersionRow = { number: number; status: string; submittedAt: Date; decidedAt: Date | null };

/** What the PDF prints of a version besides its snapshot; the cache key holds it too (cache.ts). */
export function versionFacts(version: VersionRow): { number: number; approved: boolean; date: string } {
  const approved = version.status === 'APPROVED';
  return { number: version.number, approved, date: (approved && version.decidedAt ? version.decidedAt : version.submittedAt).toISOString().slice(0, 10) };
}

export async function loadRoadmapDocument(
  db: Db, roadmapIdOrSlug: string, versionNumber: number | null, locale: PdfLocale,
): Promise<Result<LoadedRoadmapVersion>> {
  const roadmap = await db.roadmap.findFirst({
    where: { OR: [{ id: roadmapIdOrSlug }, { slug: roadmapIdOrSlug }] },
    select: { id: true, slug: true, countryId: true, country: { select: { demo: true } } },
  });
  if (!roadmap) return fail('pdf.errors.roadmapNotFound');
  const select = { id: true, number: true, contentHash: true, snapshot: true, status: true, submittedAt: true, decidedAt: true } as const;
  const version = versionNumber === null
    ? await db.roadmapVersion.findFirst({ where: { roadmapId: roadmap.id }, orderBy: { number: 'desc' }, select })
    : await db.roadmapVersion.findUnique({ where: { roadmapId_number: { roadmapId: roadmap.id, number: versionNumber } }, select });
  if (!version) return fail('pdf.errors.versionNotFound');
  const parsed = snapshotSchema.safeParse(version.snapshot);
  if (!parsed.success) return fail('pdf.errors.invalidSnapshot');
  const vt = await versionTexts(db, version.id, parsed.data, locale);
  const original = parsed.data.roadmap.language;
  const localized = localizeSnapshot(parsed.data, vt, `[${original.toUpperCase()}] `);
  const document = snapshotToDocument(localized.snapshot, { ...versionFacts(version), illustrative: roadmap.country.demo }, locale);
  if (!vt.original) document.translation = documentTranslation(document, parsed.data, localized, vt.approved, original, locale);
  // The country's emblem as it is now, not as it was when the version was submitted: the cache
  // key holds its hash (serve.ts), so a new emblem gives a new PDF of the same version.
  document.emblem = await getEmblemImage(db, roadmap.countryId);
  return ok({
    document,
    roadmap: { id: roadmap.id, slug: roadmap.slug, countryId: roadmap.countryId },
    version: { id: version.id, number: version.number, contentHash: version.contentHash },
  });
}

/** Where each untranslated text sits, as a reader finds it: "Action 1.2.1 – description". */
function documentTranslation(doc: RoadmapDocument, s: RoadmapSnapshot, l: Localized, approved: boolean, original: PdfLocale, locale: PdfLocale) {
  const t = translator(locale, 'pdf.translation');
  const codes = new Map<string, string>([
    ...doc.actions.map((a) => [a.id, t('item.action', { code: a.code })] as const),
    ...doc.objectives.map((o) => [o.id, t('item.objective', { code: o.code })] as const),
    ...doc.recommendations.map((r) => [r.id, t('item.recommendation', { code: r.code })] as const),
    ...s.findings.filter((f) => f.id).map((f) => [f.id!, t('item.finding', { code: f.questionCode })] as const),
  ]);
  const label = (u: TextUnit) => {
    const field = u.field.startsWith('indicator.') ? t('field.indicator', { n: Number(u.field.split('.')[1]) + 1, part: t(`field.${u.field.split('.')[2]}`) }) : t(`field.${u.field}`);
    return u.targetType === 'Roadmap' ? field : `${codes.get(u.targetId) ?? u.targetId} – ${field}`;
  };
  return { status: approved ? 'approved' as const : 'draft' as const, original, untranslated: l.untranslated.map(label), unreviewed: l.unreviewed };
}

const lower = <T extends string>(v: T) => v.toLowerCase() as Lowercase<T>;
const RANK: Record<Priority, number> = { high: 0, medium: 1, low: 2 };

/** One item per line; list markers typed by hand ("- ", "• ") are dropped. */
function items(text: string): string[] {
  return text.split('\n').map((l) => l.replace(/^\s*([-•*]|\d+[.)])\s+/, '').trim()).filter(Boolean);
}
const paragraphsOf = (text: string) => text.split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean);

/** Standard acronyms the document uses whatever the country (pdf.glossary in the catalogs). */
const STANDARD_TERMS = ['unoct', 'cted', 'ci', 'ppp', 'me', 'ptf'] as const;

export type VersionFacts = { number: number; approved: boolean; date: string; illustrative: boolean };

export function snapshotToDocument(s: RoadmapSnapshot, version: VersionFacts, locale: PdfLocale): RoadmapDocument {
  const t = translator(locale, 'pdf');
  const kind = translator(locale, 'entityKind');
  const paragraphText = translator(locale, 'framework');
  const entities = new Map(s.entities.map((e) => [e.id, e]));
  const nameOf = (e: { nameFr: string; nameEn: string }) => inLocale(locale, e, 'name');
  const shortName = (id: string | null) => {
    const e = id ? entities.get(id) : undefined;
    return e ? (e.acronym ?? nameOf(e)) : '–';
  };
  const paragraphs = new Map<string, string>(s.instruments.flatMap((i) => i.paragraphs.map((p) => [p.id, `${i.code}:${p.ref}`] as [string, string])));

  const areas = [...s.areas].sort((a, b) => a.order - b.order);
  const findings: AreaFinding[] = areas.flatMap((area) => {
    const rows = s.findings.filter((f) => f.areaCode === area.code);
    if (!rows.length) return [];
    const levels = rows.map((f) => f.maturity).filter((m): m is number => m !== null);
    const priorities = rows.map((f) => f.priority).filter((p): p is NonNullable<typeof p> => p !== null).map(lower);
    return [{
      areaCode: area.code,
      areaTitle: area.title[locale],
      // An area's consolidated level: the mean of its questions' levels, rounded.
      maturity: levels.length ? Math.round(levels.reduce((a, b) => a + b, 0) / levels.length) : null,
      achievements: rows.flatMap((f) => items(f.achievements)),
      gaps: rows.flatMap((f) => items(f.gaps)),
      needs: rows.flatMap((f) => items(f.needs)),
      priority: priorities.sort((a, b) => RANK[a] - RANK[b])[0] ?? null,
    }];
  });

  // The one numbering of the roadmap (lib/roadmap/numbering.ts): the screen shows the same codes.
  const numbering = numberRoadmap(s);
  const objectives = inDocumentOrder(s.objectives, numbering.objectives);
  const recommendations = inDocumentOrder(s.recommendations, numbering.recommendations);
  const actionsSorted = inDocumentOrder(s.actions, numbering.actions);
  const objectiveArea = new Map(objectives.map((o) => [o.id, o.areaCode]));
  const actions: ActionItem[] = actionsSorted.map((a) => {
    const amount = a.costAmount === null ? null : Number(a.costAmount);
    return {
      id: a.id,
      code: numbering.code(a.id)!,
      objectiveId: a.objectiveId,
      recommendationId: a.recommendationId,
      areaCode: a.objectiveId ? (objectiveArea.get(a.objectiveId) ?? null) : null,
      title: a.title,
      description: a.description,
      leadEntity: shortName(a.leadEntityId),
      supportingEntities: a.supportingEntityIds.map(shortName),
      partners: a.partners,
      start: a.startPeriod,
      end: a.endPeriod,
      priority: lower(a.priority),
      // Values read in the document's language; indicators older than the types are text.
      indicators: readIndicators(a.indicators).map((i) => ({ label: i.label, baseline: indicatorValueText(i, i.baseline, locale), target: indicatorValueText(i, i.target, locale) })),
      cost: amount !== null && Number.isFinite(amount) ? { amount, currency: a.currency ?? s.country.currency } : null,
      fundingSource: a.fundingSource ? lower(a.fundingSource) : null,
      status: lower(a.status),
      questionCodes: a.questionCodes,
      paragraphRefs: a.paragraphIds.map((id) => paragraphs.get(id)).filter((x): x is string => !!x),
    };
  });

  // The snapshot has no ranked list of national priorities: they are the areas the
  // consultation rated high priority, least mature first, each with its first need.
  const priorities: NationalPriority[] = findings
    .filter((f) => f.priority === 'high')
    .sort((a, b) => (a.maturity ?? 5) - (b.maturity ?? 5))
    .slice(0, 6)
    .map((f, i) => ({ rank: i + 1, title: f.areaTitle, rationale: f.needs[0] ?? f.gaps[0] ?? '' }));

  const years = s.actions.flatMap((a) => [parsePeriod(a.startPeriod), parsePeriod(a.endPeriod)]).filter((q) => q !== null).map((q) => q!.year);
  const period = years.length ? (Math.min(...years) === Math.max(...years) ? String(years[0]) : `${Math.min(...years)}–${Math.max(...years)}`) : null;

  const c = s.consultation;
  const glossary = new Map<string, string>();
  for (const key of STANDARD_TERMS) glossary.set(t(`glossary.${key}.term`), t(`glossary.${key}.definition`));
  for (const e of s.entities) if (e.acronym && !glossary.has(e.acronym)) glossary.set(e.acronym, nameOf(e));

  return {
    locale,
    country: countryName(s.country.code, locale),
    title: s.roadmap.title,
    subtitle: null,
    period,
    status: version.approved ? 'approved' : 'draft',
    versionNumber: version.number,
    date: version.date,
    supportedBy: partnerAcronyms(c?.organisers ?? [], locale),
    sensitivity: lower(s.roadmap.sensitivity),
    illustrative: version.illustrative,
    executiveSummary: paragraphsOf(s.roadmap.executiveSummary),
    context: paragraphsOf(s.roadmap.context),
    methodology: paragraphsOf(s.roadmap.methodology),
    consultation: c
      ? {
          place: c.place,
          startsOn: c.startsOn,
          endsOn: c.endsOn,
          officialsCount: c.officialsCount,
          entitiesCount: c.entitiesCount,
          organisers: partnerAcronyms(c.organisers, locale),
          coordinatingEntity: c.coordinatingEntityId && entities.get(c.coordinatingEntityId) ? nameOf(entities.get(c.coordinatingEntityId)!) : '–',
        }
      : null,
    findings,
    priorities,
    objectives: objectives.map((o) => ({ id: o.id, code: numbering.code(o.id)!, title: o.title, description: o.description, areaCode: o.areaCode })),
    recommendations: recommendations.map((r) => ({ id: r.id, code: numbering.code(r.id)!, objectiveId: r.objectiveId, text: r.text, priority: lower(r.priority) })),
    actions,
    instruments: s.instruments.map((ins) => ({
      code: ins.code,
      symbol: ins.symbol,
      title: ins.title[locale],
      paragraphs: ins.paragraphs.map((p) => {
        const identity = { ...p, kind: lower(p.kind) as ParagraphKind };
        return {
          ref: p.ref,
          label: p.summary[locale],
          // an unverified number is never printed as if it were (lib/framework/paragraph-check.ts)
          name: paragraphName(paragraphText, locale, ins.code, identity),
          number: paragraphNumberLabel(paragraphText, ins.code, identity) ?? p.ref,
        };
      }),
    })),
    entities: s.entities.filter((e) => e.participating).map((e) => ({ acronym: e.acronym, name: nameOf(e), kind: kind(e.kind) })),
    glossary: [...glossary].map(([term, definition]) => ({ term, definition })).sort((a, b) => a.term.localeCompare(b.term, locale)),
    ...(s.previousCycle ? { previousCycle: cycleAnnexOf(s.previousCycle, locale) } : {}),
  };
}

/** The snapshot's comparison with the previous cycle, in the document's language. */
function cycleAnnexOf(c: NonNullable<RoadmapSnapshot['previousCycle']>, locale: PdfLocale): CycleComparisonAnnex {
  return {
    previousTitle: c.previous.title, previousDate: c.previous.startsOn, framework: { before: c.previous.framework, after: c.framework },
    areas: c.areas.map((a) => ({ code: a.code, title: a.title[locale], before: a.before, after: a.after })),
    questions: c.questions.map((q) => ({ ...q, question: q.question[locale] })),
    retired: c.retired.map((q) => ({ code: q.code, text: q.text[locale] })),
  };
}
