// A submitted version is a snapshot: the whole roadmap tree as self-contained JSON (names
// of entities and texts of paragraphs included), so that later edits, renamed ministries
// or a new framework never change what was submitted. Its hash identifies the content
// (PDF cache key, exchange files).
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../db/client';
import { readIndicators, storedIndicatorsSchema } from './indicators';
import { readTranslationsSnapshot, translationsSnapshotSchema } from '../translation/snapshot';
import { storedIdentity } from '../framework/paragraph-check';
import { cycleAnnex, cycleAnnexSchema } from '../programme/cycle-annex';

const bilingual = { fr: z.string(), en: z.string() };

export const snapshotSchema = z.object({
  schemaVersion: z.literal(1),
  roadmap: z.object({
    id: z.string(), slug: z.string(), title: z.string(), language: z.enum(['fr', 'en']),
    sensitivity: z.enum(['PUBLIC', 'RESTRICTED', 'CONFIDENTIAL']),
    executiveSummary: z.string(), context: z.string(), methodology: z.string(),
  }),
  country: z.object({ code: z.string().length(2), currency: z.string() }),
  framework: z.object({ slug: z.string(), version: z.string() }).nullable(),
  consultation: z
    .object({
      title: z.string(), place: z.string().nullable(), startsOn: z.string().nullable(), endsOn: z.string().nullable(),
      organisers: z.array(z.string()), officialsCount: z.number().int().nullable(), entitiesCount: z.number().int(),
      coordinatingEntityId: z.string().nullable(),
    })
    .nullable(),
  entities: z.array(z.object({ id: z.string(), code: z.string(), acronym: z.string().nullable(), nameFr: z.string(), nameEn: z.string(), kind: z.string(), participating: z.boolean() })),
  areas: z.array(z.object({ id: z.string(), code: z.string(), order: z.number().int(), title: z.object(bilingual) })),
  findings: z.array(z.object({
    /** the finding's id, for its translations (versions submitted before 011 have none) */
    id: z.string().optional(),
    questionCode: z.string(), areaCode: z.string(), question: z.object(bilingual),
    maturity: z.number().int().min(0).max(4).nullable(), achievements: z.string(), gaps: z.string(), needs: z.string(),
    priority: z.enum(['HIGH', 'MEDIUM', 'LOW']).nullable(),
  })),
  instruments: z.array(z.object({
    code: z.string(), symbol: z.string(), title: z.object(bilingual), url: z.string(),
    paragraphs: z.array(z.object({
      id: z.string(), ref: z.string(), number: z.number().int().nullable(), kind: z.string(), summary: z.object(bilingual),
      // absent from snapshots taken before paragraph numbers were checked: see lib/framework/paragraph-check.ts
      subject: z.object(bilingual).nullish(),
      numberCheck: z.object({ status: z.enum(['verified', 'unverified']), source: z.string() }).nullish(),
    })),
  })),
  objectives: z.array(z.object({ id: z.string(), order: z.number().int(), areaCode: z.string().nullable(), title: z.string(), description: z.string() })),
  recommendations: z.array(z.object({ id: z.string(), order: z.number().int(), objectiveId: z.string().nullable(), text: z.string(), priority: z.enum(['HIGH', 'MEDIUM', 'LOW']) })),
  actions: z.array(z.object({
    id: z.string(), order: z.number().int(), objectiveId: z.string().nullable(), recommendationId: z.string().nullable(),
    title: z.string(), description: z.string(), leadEntityId: z.string().nullable(), supportingEntityIds: z.array(z.string()),
    partners: z.array(z.string()), startPeriod: z.string().nullable(), endPeriod: z.string().nullable(),
    priority: z.enum(['HIGH', 'MEDIUM', 'LOW']),
    // unit and type are absent from the versions submitted before indicators had them.
    indicators: storedIndicatorsSchema,
    costAmount: z.string().nullable(), currency: z.string().nullable(),
    fundingSource: z.enum(['NATIONAL_BUDGET', 'PARTNER', 'TO_BE_MOBILISED']).nullable(),
    status: z.enum(['PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED']),
    questionCodes: z.array(z.string()), paragraphIds: z.array(z.string()),
  })),
  /** The texts in the other language at submission (docs/decisions/011); absent before. */
  translations: translationsSnapshotSchema.optional(),
  /** What changed since the previous assessment cycle, when the roadmap's assessment continues one. */
  previousCycle: cycleAnnexSchema.optional(),
});
export type RoadmapSnapshot = z.infer<typeof snapshotSchema>;

/** JSON with sorted keys: the same content always gives the same text, hence the same hash. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]])) : v,
  );
}

export function contentHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** Reads the whole tree. Call it inside the transaction that stores the version. */
export async function buildSnapshot(db: Db, roadmapId: string): Promise<RoadmapSnapshot | null> {
  const r = await db.roadmap.findUnique({
    where: { id: roadmapId },
    include: {
      country: { select: { code: true, currency: true } },
      assessment: { include: { entities: { select: { entityId: true } } } },
      objectives: { orderBy: { order: 'asc' }, include: { area: { select: { code: true } } } },
      recommendations: { orderBy: { order: 'asc' } },
      actions: {
        orderBy: { order: 'asc' },
        include: { supportingEntities: true, questions: { include: { question: { select: { code: true } } } }, paragraphs: true },
      },
    },
  });
  if (!r) return null;
  const a = r.assessment;
  const participating = new Set(a?.entities.map((e) => e.entityId) ?? []);
  const referenced = new Set<string>([...participating]);
  for (const act of r.actions) {
    if (act.leadEntityId) referenced.add(act.leadEntityId);
    for (const s of act.supportingEntities) referenced.add(s.entityId);
  }
  if (a?.coordinatingEntityId) referenced.add(a.coordinatingEntityId);
  const entities = await db.entity.findMany({ where: { id: { in: [...referenced] } }, orderBy: { nameFr: 'asc' } });

  const framework = a
    ? await db.frameworkVersion.findUnique({
        where: { id: a.frameworkVersionId },
        include: {
          areas: { orderBy: { order: 'asc' } },
          instruments: { orderBy: { order: 'asc' }, include: { paragraphs: { orderBy: { order: 'asc' } } } },
        },
      })
    : null;
  const findings = a
    ? await db.finding.findMany({ where: { assessmentId: a.id }, include: { question: { include: { area: { select: { code: true, order: true } } } } } })
    : [];
  findings.sort((x, y) => x.question.area.order - y.question.area.order || x.question.order - y.question.order);

  const snapshot: RoadmapSnapshot = {
    schemaVersion: 1,
    roadmap: {
      id: r.id, slug: r.slug, title: r.title, language: r.language === 'en' ? 'en' : 'fr', sensitivity: r.sensitivity,
      executiveSummary: r.executiveSummary, context: r.context, methodology: r.methodology,
    },
    country: r.country,
    framework: framework ? { slug: framework.slug, version: framework.version } : null,
    consultation: a
      ? {
          title: a.title, place: a.place, startsOn: iso(a.startsOn), endsOn: iso(a.endsOn),
          organisers: (a.organisers as string[]) ?? [], officialsCount: a.officialsCount, entitiesCount: participating.size,
          coordinatingEntityId: a.coordinatingEntityId,
        }
      : null,
    entities: entities.map((e) => ({ id: e.id, code: e.code, acronym: e.acronym, nameFr: e.nameFr, nameEn: e.nameEn, kind: e.kind, participating: participating.has(e.id) })),
    areas: framework?.areas.map((x) => ({ id: x.id, code: x.code, order: x.order, title: { fr: x.titleFr, en: x.titleEn } })) ?? [],
    findings: findings.map((f) => ({
      id: f.id, questionCode: f.question.code, areaCode: f.question.area.code, question: { fr: f.question.textFr, en: f.question.textEn },
      maturity: f.maturity, achievements: f.achievements, gaps: f.gaps, needs: f.needs, priority: f.priority,
    })),
    instruments: framework?.instruments.map((i) => ({
      code: i.code, symbol: i.symbol, title: { fr: i.titleFr, en: i.titleEn }, url: i.url,
      paragraphs: i.paragraphs.map((p) => ({
        id: p.id, ...storedIdentity(p), kind: p.kind, summary: { fr: p.summaryFr, en: p.summaryEn },
      })),
    })) ?? [],
    objectives: r.objectives.map((o) => ({ id: o.id, order: o.order, areaCode: o.area?.code ?? null, title: o.title, description: o.description })),
    recommendations: r.recommendations.map((x) => ({ id: x.id, order: x.order, objectiveId: x.objectiveId, text: x.text, priority: x.priority })),
    actions: r.actions.map((x) => ({
      id: x.id, order: x.order, objectiveId: x.objectiveId, recommendationId: x.recommendationId, title: x.title, description: x.description,
      leadEntityId: x.leadEntityId, supportingEntityIds: x.supportingEntities.map((s) => s.entityId).sort(),
      partners: (x.partners as string[]) ?? [], startPeriod: x.startPeriod, endPeriod: x.endPeriod, priority: x.priority,
      indicators: readIndicators(x.indicators),
      costAmount: x.costAmount?.toString() ?? null, currency: x.currency, fundingSource: x.fundingSource, status: x.status,
      questionCodes: x.questions.map((q) => q.question.code).sort(), paragraphIds: x.paragraphs.map((p) => p.paragraphId).sort(),
    })),
  };
  snapshot.translations = await readTranslationsSnapshot(db, snapshot, r.publishedIn);
  const cycle = a ? await cycleAnnex(db, { countryId: r.countryId, assessmentId: a.id }) : null;
  if (cycle) snapshot.previousCycle = cycle;
  return snapshot;
}
