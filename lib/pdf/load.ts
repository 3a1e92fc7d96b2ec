// Loads a submitted roadmap version and maps its snapshot to the PDF's view model.
import type { Db } from '@/lib/db';
import { translator } from '@/lib/i18n/translate';
import { fail, ok, type Result } from '@/lib/result';
import { roadmapSnapshotSchema, type RoadmapSnapshot } from '@/lib/roadmap/snapshot-schema';
import type { ActionItem, AreaFinding, PdfLocale, Priority, RoadmapDocument } from './types';

export type LoadedRoadmapVersion = {
  document: RoadmapDocument;
  roadmap: { id: string; slug: string; countryId: string };
  version: { id: string; number: number; contentHash: string };
};

/**
 * The document of version `versionNumber` (the latest when null) of a roadmap named by id or
 * slug. Errors are message keys: pdf.errors.roadmapNotFound, .versionNotFound, .invalidSnapshot.
 */
export async function loadRoadmapDocument(
  db: Db, roadmapIdOrSlug: string, versionNumber: number | null, locale: PdfLocale,
): Promise<Result<LoadedRoadmapVersion>> {
  const roadmap = await db.roadmap.findFirst({
    where: { OR: [{ id: roadmapIdOrSlug }, { slug: roadmapIdOrSlug }] },
    select: { id: true, slug: true, countryId: true },
  });
  if (!roadmap) return fail('pdf.errors.roadmapNotFound');
  const select = { id: true, number: true, contentHash: true, snapshot: true, status: true, submittedAt: true, decidedAt: true } as const;
  const version = versionNumber === null
    ? await db.roadmapVersion.findFirst({ where: { roadmapId: roadmap.id }, orderBy: { number: 'desc' }, select })
    : await db.roadmapVersion.findUnique({ where: { roadmapId_number: { roadmapId: roadmap.id, number: versionNumber } }, select });
  if (!version) return fail('pdf.errors.versionNotFound');
  const parsed = roadmapSnapshotSchema.safeParse(version.snapshot);
  if (!parsed.success) return fail('pdf.errors.invalidSnapshot');
  const document = snapshotToDocument(parsed.data, {
    number: version.number,
    approved: version.status === 'APPROVED',
    date: (version.status === 'APPROVED' && version.decidedAt ? version.decidedAt : version.submittedAt).toISOString().slice(0, 10),
  }, locale);
  return ok({ document, roadmap, version: { id: version.id, number: version.number, contentHash: version.contentHash } });
}

const lower = <T extends string>(v: T) => v.toLowerCase() as Lowercase<T>;
const RANK: Record<Priority, number> = { high: 0, medium: 1, low: 2 };

/** One item per line; list markers typed by hand ("- ", "• ") are dropped. */
function items(text: string): string[] {
  return text.split('\n').map((l) => l.replace(/^\s*([-•*]|\d+[.)])\s+/, '').trim()).filter(Boolean);
}
const paragraphs = (text: string) => text.split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean);

export function snapshotToDocument(
  s: RoadmapSnapshot, version: { number: number; approved: boolean; date: string }, locale: PdfLocale,
): RoadmapDocument {
  const kind = translator(locale, 'entityKind');
  const entities = new Map(s.entities.map((e) => [e.id, e]));
  const shortName = (id: string | null) => {
    const e = id ? entities.get(id) : undefined;
    return e ? (e.acronym ?? e.name[locale]) : '–';
  };

  const areas = [...s.areas].sort((a, b) => a.order - b.order);
  const findings: AreaFinding[] = areas.flatMap((area) => {
    const rows = s.findings.filter((f) => f.areaCode === area.code);
    if (!rows.length) return [];
    const levels = rows.map((f) => f.maturity).filter((m): m is number => m !== null);
    const priorities = rows.map((f) => f.priority).filter((p): p is NonNullable<typeof p> => p !== null).map(lower);
    return [{
      areaCode: area.code,
      areaTitle: area.title[locale],
      // The consolidated level of an area: the mean of its questions' levels, rounded.
      maturity: levels.length ? Math.round(levels.reduce((a, b) => a + b, 0) / levels.length) : null,
      achievements: rows.flatMap((f) => items(f.achievements)),
      gaps: rows.flatMap((f) => items(f.gaps)),
      needs: rows.flatMap((f) => items(f.needs)),
      priority: priorities.sort((a, b) => RANK[a] - RANK[b])[0] ?? null,
    }];
  });

  const objectives = [...s.objectives].sort((a, b) => a.order - b.order);
  const objectiveIndex = new Map(objectives.map((o, i) => [o.id, i + 1]));
  const recommendations = [...s.recommendations].sort(
    (a, b) => (objectiveIndex.get(a.objectiveId ?? '') ?? 1e9) - (objectiveIndex.get(b.objectiveId ?? '') ?? 1e9) || a.order - b.order,
  );
  // A recommendation's number within its objective, for action codes "objective.recommendation.n".
  const recIndex = new Map<string, number>();
  const perObjective = new Map<string, number>();
  for (const r of recommendations) {
    const key = r.objectiveId ?? '';
    perObjective.set(key, (perObjective.get(key) ?? 0) + 1);
    recIndex.set(r.id, perObjective.get(key)!);
  }
  const actionsSorted = [...s.actions].sort(
    (a, b) => (objectiveIndex.get(a.objectiveId ?? '') ?? 1e9) - (objectiveIndex.get(b.objectiveId ?? '') ?? 1e9)
      || (recIndex.get(a.recommendationId ?? '') ?? 1e9) - (recIndex.get(b.recommendationId ?? '') ?? 1e9)
      || a.order - b.order,
  );
  const counters = new Map<string, number>();
  const objectiveArea = new Map(objectives.map((o) => [o.id, o.areaCode]));
  const actions: ActionItem[] = actionsSorted.map((a) => {
    const prefix = [objectiveIndex.get(a.objectiveId ?? ''), recIndex.get(a.recommendationId ?? '')].filter((x) => x !== undefined).join('.');
    counters.set(prefix, (counters.get(prefix) ?? 0) + 1);
    const amount = a.costAmount === null ? null : Number(a.costAmount);
    return {
      id: a.id,
      code: prefix ? `${prefix}.${counters.get(prefix)}` : String(counters.get(prefix)),
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
      indicators: a.indicators,
      cost: amount !== null && Number.isFinite(amount) ? { amount, currency: a.currency ?? 'XOF' } : null,
      fundingSource: a.fundingSource ? lower(a.fundingSource) : null,
      status: lower(a.status),
      questionCodes: a.questionCodes,
      paragraphRefs: a.paragraphs.map((p) => `${p.instrument}:${p.ref}`),
    };
  });

  const participating = s.entities.filter((e) => e.participated);
  const c = s.consultation;
  const glossary = new Map<string, string>();
  for (const g of s.glossary) glossary.set(g.term[locale], g.definition[locale]);
  for (const e of s.entities) if (e.acronym && !glossary.has(e.acronym)) glossary.set(e.acronym, e.name[locale]);

  return {
    locale,
    country: s.country.name[locale],
    title: s.roadmap.title,
    subtitle: s.roadmap.subtitle,
    period: s.roadmap.period,
    status: version.approved ? 'approved' : 'draft',
    versionNumber: version.number,
    date: version.date,
    supportedBy: s.roadmap.supportedBy,
    sensitivity: lower(s.roadmap.sensitivity),
    illustrative: s.country.demo,
    executiveSummary: paragraphs(s.roadmap.executiveSummary),
    context: paragraphs(s.roadmap.context),
    methodology: paragraphs(s.roadmap.methodology),
    consultation: c
      ? {
          place: c.place,
          startsOn: c.startsOn,
          endsOn: c.endsOn,
          officialsCount: c.officialsCount,
          entitiesCount: participating.length || null,
          organisers: c.organisers,
          coordinatingEntity: c.coordinatingEntityId ? (entities.get(c.coordinatingEntityId)?.name[locale] ?? '–') : '–',
        }
      : null,
    findings,
    priorities: s.roadmap.priorities.map((p, i) => ({ rank: i + 1, title: p.title, rationale: p.rationale })),
    objectives: objectives.map((o, i) => ({ id: o.id, code: String(i + 1), title: o.title, description: o.description, areaCode: o.areaCode })),
    recommendations: recommendations.map((r, i) => ({ id: r.id, code: `R${i + 1}`, objectiveId: r.objectiveId, text: r.text, priority: lower(r.priority) })),
    actions,
    instruments: s.instruments.map((ins) => ({
      code: ins.code,
      symbol: ins.symbol,
      title: ins.title[locale],
      paragraphs: [...ins.paragraphs].sort((a, b) => a.order - b.order).map((p) => ({ ref: p.ref, label: p.summary[locale] })),
    })),
    entities: participating.map((e) => ({ acronym: e.acronym, name: e.name[locale], kind: kind(e.kind) })),
    glossary: [...glossary].map(([term, definition]) => ({ term, definition })).sort((a, b) => a.term.localeCompare(b.term, locale)),
  };
}
