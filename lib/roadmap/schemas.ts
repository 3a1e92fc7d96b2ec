// Shared by the roadmap forms and their actions: no server code here.
import { z } from 'zod';
import { safeText } from '../validation/text';
import { indicatorSchema } from './indicators';
import { SLUG_FORMAT, SLUG_MAX } from './slug';

const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, { error: 'form.invalidValue' });
const text = safeText;

/** A quarter ("2025-T1" in French, "2025-Q1" in English) or a month ("2025-03"). */
export const PERIOD = /^(20\d\d)-(?:(?:T|Q)([1-4])|(0[1-9]|1[0-2]))$/;

/** The first month a period covers, as a comparable number (year * 12 + month). */
export function periodStart(p: string): number {
  const m = PERIOD.exec(p);
  if (!m) return NaN;
  const year = Number(m[1]);
  return year * 12 + (m[2] ? (Number(m[2]) - 1) * 3 + 1 : Number(m[3]));
}

/** The last month a period covers. */
export function periodEnd(p: string): number {
  const m = PERIOD.exec(p);
  if (!m) return NaN;
  return m[2] ? periodStart(p) + 2 : periodStart(p);
}

const period = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase())
  .pipe(z.string().regex(PERIOD, { error: 'roadmap.periodFormat' }));

export const CURRENCIES = ['XOF', 'EUR', 'USD'] as const;
export const FUNDING = ['NATIONAL_BUDGET', 'PARTNER', 'TO_BE_MOBILISED'] as const;
export const PRIORITIES = ['HIGH', 'MEDIUM', 'LOW'] as const;
export const ACTION_STATUSES = ['PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED'] as const;

export { indicatorSchema } from './indicators';

export const actionFieldsSchema = z
  .object({
    title: text(300).min(3, { error: 'form.tooShort' }),
    description: text(5000).default(''),
    objectiveId: id.nullable().default(null),
    leadEntityId: id.nullable().refine((v) => v !== null, { error: 'roadmap.leadRequired' }),
    supportingEntityIds: z.array(id).max(50).default([]),
    partners: z.array(text(60).min(1)).max(30).default([]),
    startPeriod: period.nullable().default(null),
    endPeriod: period.nullable().default(null),
    priority: z.enum(PRIORITIES, { error: 'form.invalidValue' }),
    indicators: z.array(indicatorSchema).max(10).default([]),
    costAmount: z.number({ error: 'roadmap.costNumber' }).nonnegative({ error: 'roadmap.costNegative' }).max(1e13, { error: 'form.tooLong' }).nullable().default(null),
    currency: z.enum(CURRENCIES, { error: 'form.invalidValue' }).nullable().default(null),
    fundingSource: z.enum(FUNDING, { error: 'form.invalidValue' }).nullable().default(null),
    status: z.enum(ACTION_STATUSES, { error: 'form.invalidValue' }).default('PLANNED'),
    questionIds: z.array(id).max(50).default([]),
    paragraphIds: z.array(id).max(50).default([]),
  })
  .refine((a) => !a.startPeriod || !a.endPeriod || periodEnd(a.endPeriod) >= periodStart(a.startPeriod), {
    path: ['endPeriod'],
    error: 'roadmap.endBeforeStart',
  })
  .refine((a) => a.costAmount === null || a.currency !== null, { path: ['currency'], error: 'roadmap.currencyRequired' })
  .refine((a) => !a.leadEntityId || !a.supportingEntityIds.includes(a.leadEntityId), {
    path: ['supportingEntityIds'],
    error: 'roadmap.leadNotSupporting',
  });
export type ActionFields = z.infer<typeof actionFieldsSchema>;

export const createActionSchema = z.object({ roadmapId: id, fields: actionFieldsSchema });
/** `version`: the one the editor started from; a save on a newer version is a conflict. */
export const updateActionSchema = z.object({ actionId: id, version: z.number().int().min(1), fields: actionFieldsSchema });
export const deleteActionSchema = z.object({ actionId: id });
export const reorderActionsSchema = z.object({ roadmapId: id, actionIds: z.array(id).min(1).max(2000) });

export const roadmapHeaderSchema = z.object({
  roadmapId: id,
  version: z.number().int().min(1),
  title: text(300).min(3, { error: 'form.tooShort' }),
  executiveSummary: text(20_000),
  context: text(20_000),
  methodology: text(20_000),
  sensitivity: z.enum(['PUBLIC', 'RESTRICTED', 'CONFIDENTIAL'], { error: 'form.invalidValue' }),
});

export const objectiveSchema = z.object({
  roadmapId: id,
  objectiveId: id.nullable().default(null),
  title: text(300).min(3, { error: 'form.tooShort' }),
  description: text(5000).default(''),
});
export const recommendationSchema = z.object({
  roadmapId: id,
  recommendationId: id.nullable().default(null),
  objectiveId: id.nullable().default(null),
  text: text(3000).min(3, { error: 'form.tooShort' }),
  priority: z.enum(PRIORITIES, { error: 'form.invalidValue' }),
});

export const createRoadmapSchema = z.object({
  assessmentId: id,
  title: text(300).min(3, { error: 'form.tooShort' }),
  /** Empty: derived from the title (lib/roadmap/slug.ts). */
  slug: z.union([
    z.literal('').transform(() => null),
    z.string().trim().toLowerCase().regex(SLUG_FORMAT, { error: 'roadmap.slugFormat' }).max(SLUG_MAX, { error: 'form.tooLong' }),
  ]).nullable().default(null),
});

export const generateDraftSchema = z.object({ roadmapId: id });
export const submitVersionSchema = z.object({ roadmapId: id });
export const decideVersionSchema = z.object({
  roadmapId: id,
  number: z.number().int().min(1),
  decision: z.enum(['APPROVE', 'REQUEST_CHANGES'], { error: 'form.invalidValue' }),
  note: text(5000).default(''),
});
export const commentSchema = z.object({
  roadmapId: id,
  targetType: z.enum(['ROADMAP', 'OBJECTIVE', 'RECOMMENDATION', 'ACTION'], { error: 'form.invalidValue' }),
  targetId: id.nullable().default(null),
  parentId: id.nullable().default(null),
  body: text(10_000).min(1, { error: 'form.required' }),
  /** The text field the thread is about (a header section, or the item's title or description); checked against the target's kind. */
  field: z.string().max(40).nullable().default(null),
  /** A span of that field, as the reader selected it, and where it starts. */
  quote: z.string().max(2000).nullable().default(null),
  quoteStart: z.number().int().min(0).nullable().default(null),
});
export const resolveCommentSchema = z.object({ commentId: id });
