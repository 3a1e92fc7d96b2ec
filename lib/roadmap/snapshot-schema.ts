// The shape of RoadmapVersion.snapshot: the whole roadmap tree frozen at submission, which the
// PDF (lib/pdf/load.ts), the version diff and the review read. The roadmap domain writes it
// (buildSnapshot); this schema is the contract between them.
//
// Texts the coordinator writes (titles, findings, actions) are in the roadmap's language
// (`roadmap.language`) and printed as they are; texts that come from the framework or the
// register (area titles, paragraph summaries, entity names, the country) are bilingual, so a
// French roadmap still prints its framework parts in English when asked for English.
import { z } from 'zod';

const bilingual = z.object({ fr: z.string(), en: z.string() });
const priority = z.enum(['HIGH', 'MEDIUM', 'LOW']);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}/, { error: 'snapshot.isoDate' });
/** "2025-T1", "2025-Q1" or a month "2025-03". */
const period = z.string().regex(/^\d{4}-([TQ][1-4]|\d{2})$/i, { error: 'snapshot.period' });

export const snapshotEntitySchema = z.object({
  id: z.string().min(1),
  code: z.string().min(1),
  acronym: z.string().nullable(),
  name: bilingual,
  kind: z.enum(['MINISTRY', 'AGENCY', 'SECURITY_FORCE', 'REGULATOR', 'COMMISSION', 'JUDICIAL', 'SOE', 'LOCAL_AUTHORITY', 'INTERNATIONAL']),
  /** Took part in the consultation (listed in the annex of participating entities). */
  participated: z.boolean(),
});

export const snapshotActionSchema = z.object({
  id: z.string().min(1),
  order: z.number().int(),
  objectiveId: z.string().nullable(),
  recommendationId: z.string().nullable(),
  title: z.string().min(1),
  description: z.string().default(''),
  leadEntityId: z.string().nullable(),
  supportingEntityIds: z.array(z.string()).default([]),
  partners: z.array(z.string()).default([]),
  startPeriod: period.nullable(),
  endPeriod: period.nullable(),
  priority,
  indicators: z.array(z.object({ label: z.string(), baseline: z.string().default(''), target: z.string().default('') })).default([]),
  /** Prisma's Decimal as a string ("15000000"), or a number. */
  costAmount: z.union([z.string(), z.number()]).nullable(),
  currency: z.enum(['XOF', 'EUR', 'USD']).nullable(),
  fundingSource: z.enum(['NATIONAL_BUDGET', 'PARTNER', 'TO_BE_MOBILISED']).nullable(),
  status: z.enum(['PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED']),
  questionCodes: z.array(z.string()).default([]),
  /** The instrument paragraphs the action serves, e.g. { instrument: "2341", ref: "OP2" }. */
  paragraphs: z.array(z.object({ instrument: z.string(), ref: z.string() })).default([]),
});

export const roadmapSnapshotSchema = z.object({
  schemaVersion: z.literal(1),
  roadmap: z.object({
    id: z.string().min(1),
    slug: z.string().min(1),
    title: z.string().min(1),
    subtitle: z.string().nullable().default(null),
    period: z.string().nullable().default(null), // e.g. "2025–2027"
    language: z.enum(['fr', 'en']),
    sensitivity: z.enum(['PUBLIC', 'RESTRICTED', 'CONFIDENTIAL']),
    executiveSummary: z.string().default(''), // paragraphs separated by blank lines
    context: z.string().default(''),
    methodology: z.string().default(''),
    supportedBy: z.array(z.string()).default([]), // e.g. ["UNOCT", "CTED"]
    priorities: z.array(z.object({ title: z.string(), rationale: z.string().default('') })).default([]),
  }),
  country: z.object({ code: z.string().length(2), name: bilingual, demo: z.boolean().default(false) }),
  consultation: z
    .object({
      place: z.string(),
      startsOn: isoDate,
      endsOn: isoDate,
      officialsCount: z.number().int().nullable(),
      organisers: z.array(z.string()).default([]),
      coordinatingEntityId: z.string().nullable(),
    })
    .nullable(),
  entities: z.array(snapshotEntitySchema),
  areas: z.array(z.object({ code: z.string(), order: z.number().int(), title: bilingual })),
  /** Consolidated findings, one per question; lists are one item per line. */
  findings: z.array(
    z.object({
      questionCode: z.string(),
      areaCode: z.string(),
      maturity: z.number().int().min(0).max(4).nullable(),
      achievements: z.string().default(''),
      gaps: z.string().default(''),
      needs: z.string().default(''),
      priority: priority.nullable(),
    }),
  ),
  objectives: z.array(z.object({ id: z.string(), order: z.number().int(), areaCode: z.string().nullable(), title: z.string(), description: z.string().default('') })),
  recommendations: z.array(z.object({ id: z.string(), objectiveId: z.string().nullable(), order: z.number().int(), text: z.string(), priority })),
  actions: z.array(snapshotActionSchema),
  instruments: z.array(
    z.object({
      code: z.string(), // "2341"
      symbol: z.string(), // "S/RES/2341 (2017)"
      title: bilingual,
      paragraphs: z.array(z.object({ ref: z.string(), order: z.number().int(), summary: bilingual })),
    }),
  ),
  glossary: z.array(z.object({ term: bilingual, definition: bilingual })).default([]),
});

export type RoadmapSnapshot = z.infer<typeof roadmapSnapshotSchema>;
export type RoadmapSnapshotInput = z.input<typeof roadmapSnapshotSchema>;
