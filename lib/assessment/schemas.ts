// Shared by the assessment's forms, the questionnaire's autosave and their actions: no
// server code here.
import { z } from 'zod';
import { calendarDate } from '../validation/date';
import { hasForbiddenCharacters, safeText } from '../validation/text';
import { changeSet } from '../versioned-save/schemas';

export const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, { error: 'form.invalidValue' });

export const STATUSES = ['PREPARATION', 'COLLECTION', 'CONSOLIDATION', 'CLOSED'] as const;
export type AssessmentStatus = (typeof STATUSES)[number];
export const PRIORITIES = ['HIGH', 'MEDIUM', 'LOW'] as const;
export type Priority = (typeof PRIORITIES)[number];
/** The questionnaire's one choice per question: a maturity level, not applicable, or don't know. */
export const LEVELS = ['0', '1', '2', '3', '4', 'NA', 'DK'] as const;
export type Level = (typeof LEVELS)[number];
export const MATURITIES = ['0', '1', '2', '3', '4'] as const;
/** The article choices of an entity's French name; NONE for a bare proper name. */
export const ARTICLE_CHOICES = ['LE', 'LA', 'ELIDED', 'LES', 'NONE'] as const;
export const ENTITY_KINDS = ['MINISTRY', 'AGENCY', 'SECURITY_FORCE', 'REGULATOR', 'COMMISSION', 'JUDICIAL', 'SOE', 'LOCAL_AUTHORITY', 'INTERNATIONAL'] as const;

/**
 * Text typed into an autosaved field, kept exactly as typed: trimming on save would make
 * the stored text differ from the field's, and the field would never read as saved.
 */
export function typedText(max: number) {
  return z
    .string({ error: 'form.invalidValue' })
    .max(max, { error: 'form.tooLong' })
    .refine((s) => !hasForbiddenCharacters(s), { error: 'form.invalidCharacters' });
}

const date = calendarDate('assessment.dateFormat').nullable();

export const createAssessmentSchema = z.object({
  countryId: id,
  frameworkVersionId: id,
  title: safeText(300).min(3, { error: 'form.tooShort' }),
});
export type CreateAssessmentInput = z.infer<typeof createAssessmentSchema>;

/** The consultation as the roadmap's "context and methodology" reports it. */
export const consultationSchema = z
  .object({
    assessmentId: id,
    title: safeText(300).min(3, { error: 'form.tooShort' }),
    place: safeText(200).nullable().default(null),
    startsOn: date.default(null),
    endsOn: date.default(null),
    organisers: z.array(safeText(80).min(1, { error: 'form.required' })).max(12, { error: 'form.tooLong' }).default([]),
    officialsCount: z.number({ error: 'assessment.countNumber' }).int({ error: 'assessment.countNumber' }).min(0, { error: 'assessment.countNumber' }).max(10_000, { error: 'assessment.countNumber' }).nullable().default(null),
    coordinatingEntityId: id.nullable().default(null),
  })
  .refine((c) => !c.startsOn || !c.endsOn || c.endsOn >= c.startsOn, { path: ['endsOn'], error: 'assessment.endBeforeStart' });
export type ConsultationInput = z.infer<typeof consultationSchema>;

export const setStatusSchema = z.object({ assessmentId: id, status: z.enum(STATUSES, { error: 'form.invalidValue' }) });

export const addEntitiesSchema = z.object({ assessmentId: id, entityIds: z.array(id).min(1, { error: 'assessment.chooseEntity' }).max(300) });
export const removeEntitySchema = z.object({ assessmentId: id, entityId: id });

/** A body missing from the country's register, added inline while choosing participants. */
export const createEntitySchema = z.object({
  assessmentId: id,
  code: z.string().trim().toUpperCase().regex(/^[A-Z0-9][A-Z0-9_-]{0,19}$/, { error: 'assessment.codeFormat' }),
  acronym: safeText(30).nullable().default(null),
  nameFr: safeText(300).min(3, { error: 'form.tooShort' }),
  nameEn: safeText(300).min(3, { error: 'form.tooShort' }),
  /** the French name's article; left empty, it follows the name's first word */
  articleFr: z.enum(ARTICLE_CHOICES, { error: 'form.invalidValue' }).or(z.literal('').transform(() => undefined)).optional(),
  kind: z.enum(ENTITY_KINDS, { error: 'form.invalidValue' }),
});
export type CreateEntityInput = z.infer<typeof createEntitySchema>;

/** Areas and single questions to (un)assign to several entities at once. */
export const assignSchema = z
  .object({
    assessmentId: id,
    entityIds: z.array(id).min(1, { error: 'assessment.chooseEntity' }).max(300),
    areaIds: z.array(id).max(100).default([]),
    questionIds: z.array(id).max(2000).default([]),
    mode: z.enum(['add', 'remove'], { error: 'form.invalidValue' }).default('add'),
  })
  .refine((a) => a.areaIds.length + a.questionIds.length > 0, { path: ['areaIds'], error: 'assessment.chooseQuestions' });
export type AssignInput = z.infer<typeof assignSchema>;

export const remindSchema = z.object({ assessmentId: id, entityIds: z.array(id).min(1, { error: 'assessment.chooseEntity' }).max(300) });

// ── Answers and findings: saved field by field, with three-way merge ─────────────────

export const TEXT_MAX = 10_000;

export const answerValuesSchema = z.object({
  level: z.enum(LEVELS, { error: 'form.invalidValue' }).nullable(),
  achievements: typedText(TEXT_MAX),
  gaps: typedText(TEXT_MAX),
  needs: typedText(TEXT_MAX),
  assistanceNeeded: typedText(TEXT_MAX),
  priority: z.enum(PRIORITIES, { error: 'form.invalidValue' }).nullable(),
  evidence: typedText(TEXT_MAX),
});
export type AnswerValues = z.infer<typeof answerValuesSchema>;
export type AnswerField = keyof AnswerValues;
export const ANSWER_FIELDS = Object.keys(answerValuesSchema.shape) as AnswerField[];
export const EMPTY_ANSWER: AnswerValues = { level: null, achievements: '', gaps: '', needs: '', assistanceNeeded: '', priority: null, evidence: '' };

export const findingValuesSchema = z.object({
  maturity: z.enum(MATURITIES, { error: 'form.invalidValue' }).nullable(),
  achievements: typedText(TEXT_MAX),
  gaps: typedText(TEXT_MAX),
  needs: typedText(TEXT_MAX),
  priority: z.enum(PRIORITIES, { error: 'form.invalidValue' }).nullable(),
});
export type FindingValues = z.infer<typeof findingValuesSchema>;
export type FindingField = keyof FindingValues;
export const FINDING_FIELDS = Object.keys(findingValuesSchema.shape) as FindingField[];
export const EMPTY_FINDING: FindingValues = { maturity: null, achievements: '', gaps: '', needs: '', priority: null };

export const saveResponseSchema = z.intersection(
  z.object({ assessmentId: id, entityId: id, questionId: id }),
  changeSet(answerValuesSchema),
);
export type SaveResponseInput = z.infer<typeof saveResponseSchema>;

export const saveFindingSchema = z.intersection(z.object({ assessmentId: id, questionId: id }), changeSet(findingValuesSchema));
export type SaveFindingInput = z.infer<typeof saveFindingSchema>;

export const exportSchema = z.object({
  format: z.enum(['csv', 'xlsx']).default('xlsx'),
  kind: z.enum(['responses', 'findings']).default('responses'),
  locale: z.enum(['fr', 'en']).default('fr'),
});

/** An evidence file for one entity's answer; the bytes come from the multipart upload. */
export const uploadAttachmentSchema = z.object({
  assessmentId: id,
  entityId: id,
  questionId: id,
  filename: z.string({ error: 'form.invalidValue' }).min(1, { error: 'form.required' }).max(500, { error: 'form.tooLong' }),
  content: z.instanceof(Uint8Array, { error: 'attachment.missingFile' }),
});
export type UploadAttachmentInput = z.infer<typeof uploadAttachmentSchema>;

export const deleteAttachmentSchema = z.object({ attachmentId: id });
