// Shared by the follow-up forms and their actions: no server code here.
import { z } from 'zod';
import { safeText } from '../validation/text';
import { changeSet } from '../versioned-save/schemas';
import { indicatorValueSchema, type IndicatorValue } from './indicators';
import { periodKeySchema, RHYTHMS } from './periods';

const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, { error: 'form.invalidValue' });

export const PROGRESS_STATUSES = ['NOT_STARTED', 'ON_TRACK', 'DELAYED', 'BLOCKED', 'COMPLETED', 'CANCELLED'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];
export const REVIEW_STATES = ['DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];
/**
 * Which of a period's actions the follow-up page lists: those needing attention (not
 * reported, late when past due, or reported blocked), those waiting for validation, those
 * returned, or every one.
 */
export const ROW_FILTERS = ['attention', 'review', 'returned', 'all'] as const;
export type RowFilter = (typeof ROW_FILTERS)[number];
export const isRowFilter = (v: unknown): v is RowFilter => typeof v === 'string' && (ROW_FILTERS as readonly string[]).includes(v);

export const followUpSettingsSchema = z.object({
  roadmapId: id,
  rhythm: z.enum(RHYTHMS, { error: 'form.invalidValue' }).default('QUARTERLY'),
  firstPeriod: periodKeySchema,
  dueDay: z.number({ error: 'followup.dueDayRange' }).int({ error: 'followup.dueDayRange' }).min(1, { error: 'followup.dueDayRange' }).max(28, { error: 'followup.dueDayRange' }).default(15),
});
export type FollowUpSettingsInput = z.infer<typeof followUpSettingsSchema>;

/** The fields of an update a lead entity writes; the indicators' types are checked against the action. */
export const updateFieldsSchema = z.object({
  status: z.enum(PROGRESS_STATUSES, { error: 'form.invalidValue' }),
  percent: z.number({ error: 'followup.percentRange' }).int({ error: 'followup.percentRange' }).min(0, { error: 'followup.percentRange' }).max(100, { error: 'followup.percentRange' }).nullable(),
  spent: z.number({ error: 'followup.spentNumber' }).min(0, { error: 'followup.spentNegative' }).max(1e13, { error: 'form.tooLong' }).nullable(),
  indicatorValues: z.array(indicatorValueSchema).max(10).default([]),
  done: safeText(5000).default(''),
  blockers: safeText(5000).default(''),
  nextSteps: safeText(5000).default(''),
});
export type UpdateFields = z.infer<typeof updateFieldsSchema>;

/** An action has at most this many indicators a period reports on (indicatorValueSchema). */
export const INDICATOR_SLOTS = 10;
export const indicatorField = (i: number) => `indicator${i}` as `indicator${number}`;
const indicatorSlot = indicatorValueSchema.shape.value;

/**
 * The update as the autosave sends it, field by field (lib/versioned-save/): each indicator
 * is its own field, so that two people changing two indicators are merged, not a conflict.
 */
export const updateValuesSchema = z.object({
  status: updateFieldsSchema.shape.status,
  percent: updateFieldsSchema.shape.percent,
  spent: updateFieldsSchema.shape.spent,
  done: safeText(5000),
  blockers: safeText(5000),
  nextSteps: safeText(5000),
  ...Object.fromEntries(Array.from({ length: INDICATOR_SLOTS }, (_, i) => [indicatorField(i), indicatorSlot])) as Record<`indicator${number}`, typeof indicatorSlot>,
});
export type UpdateValues = {
  status: ProgressStatus; percent: number | null; spent: number | null; done: string; blockers: string; nextSteps: string;
} & Record<`indicator${number}`, IndicatorValue>;

export const EMPTY_UPDATE: UpdateValues = {
  status: 'NOT_STARTED', percent: null, spent: null, done: '', blockers: '', nextSteps: '',
  ...Object.fromEntries(Array.from({ length: INDICATOR_SLOTS }, (_, i) => [indicatorField(i), null])),
} as UpdateValues;

/** The stored list of indicator values as flat fields, and back (only the values set are kept). */
export function valuesOfFields(f: UpdateFields): UpdateValues {
  const v: UpdateValues = { ...EMPTY_UPDATE, status: f.status, percent: f.percent, spent: f.spent, done: f.done, blockers: f.blockers, nextSteps: f.nextSteps };
  for (const x of f.indicatorValues) v[indicatorField(x.index)] = x.value;
  return v;
}
export function indicatorList(v: Partial<UpdateValues>): { index: number; value: IndicatorValue }[] {
  return Array.from({ length: INDICATOR_SLOTS }, (_, index) => ({ index, value: v[indicatorField(index)] ?? null })).filter((x) => x.value !== null);
}

export const saveUpdateSchema = z.intersection(
  z.object({
    trackedActionId: id,
    /** the entity the writer reports for: it must lead the action */
    entityId: id,
    period: periodKeySchema,
  }),
  changeSet(updateValuesSchema),
);
export type SaveUpdateInput = z.infer<typeof saveUpdateSchema>;

export const submitUpdateSchema = z.object({ updateId: id, entityId: id, version: z.number().int().min(1) });
export const reviewUpdateSchema = z.object({
  updateId: id,
  version: z.number().int().min(1),
  decision: z.enum(['ACCEPT', 'RETURN'], { error: 'form.invalidValue' }),
  note: safeText(3000).default(''),
});
export const commentUpdateSchema = z.object({ updateId: id, entityId: id.nullable().default(null), body: safeText(3000).min(2, { error: 'form.tooShort' }) });
export const uploadEvidenceSchema = z.object({
  updateId: id,
  entityId: id,
  filename: z.string().min(1).max(500),
  content: z.instanceof(Uint8Array, { error: 'attachment.missingFile' }),
});
export const deleteEvidenceSchema = z.object({ attachmentId: id, entityId: id });
export const closePeriodSchema = z.object({ roadmapId: id, period: periodKeySchema });
export const amendRoadmapSchema = z.object({ roadmapId: id });
