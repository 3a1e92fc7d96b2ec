// The reference framework as data: the zod schema of content/frameworks/<slug>/<version>/
// (framework.yaml, instruments.yaml, areas/*.yaml) assembled into one document
// { framework, instruments, areas }, which is also the shape of an uploaded framework file.
// No Prisma and no Node APIs here: the upload form and the pages import the types.
//
// Error messages are problem codes (lib/framework/problems.ts), not prose: the checker prints
// them in English, the upload page in the user's language.
import { z } from 'zod';
import { crossCheck } from './cross-check';

export const LEVELS = [0, 1, 2, 3, 4] as const;
export const LENSES = ['legal', 'institutional', 'operational'] as const;
export const PARAGRAPH_KINDS = ['operative', 'preambular', 'principle', 'section'] as const;
/** How a question of a version relates to the questions of the version it follows (`previous`). */
export const CARRY_RELATIONS = ['same', 'reworded', 'split', 'merged', 'new'] as const;
export const NUMBER_STATUSES = ['verified', 'unverified'] as const;
export const LEAD_KINDS = ['ministry', 'agency', 'security_force', 'regulator', 'commission', 'judicial', 'soe', 'local_authority', 'intl'] as const;

export type Lens = (typeof LENSES)[number];
export type ParagraphKind = (typeof PARAGRAPH_KINDS)[number];
export type LeadKind = (typeof LEAD_KINDS)[number];
export type CarryRelation = (typeof CARRY_RELATIONS)[number];
export type NumberStatus = (typeof NUMBER_STATUSES)[number];

/** Content kinds as the database spells them (prisma/models.prisma: EntityKind, Lens, ParagraphKind). */
export const ENTITY_KIND = {
  ministry: 'MINISTRY',
  agency: 'AGENCY',
  security_force: 'SECURITY_FORCE',
  regulator: 'REGULATOR',
  commission: 'COMMISSION',
  judicial: 'JUDICIAL',
  soe: 'SOE',
  local_authority: 'LOCAL_AUTHORITY',
  intl: 'INTERNATIONAL',
} as const satisfies Record<LeadKind, string>;

export const LENS = { legal: 'LEGAL', institutional: 'INSTITUTIONAL', operational: 'OPERATIONAL' } as const satisfies Record<Lens, string>;

export const PARAGRAPH_KIND = {
  operative: 'OPERATIVE',
  preambular: 'PREAMBULAR',
  principle: 'PRINCIPLE',
  section: 'SECTION',
} as const satisfies Record<ParagraphKind, string>;

/** A text in both languages; neither may be blank (DESIGN.md: every string exists in both). */
export const bilingualSchema = z.strictObject({
  fr: z.string().trim().min(1),
  en: z.string().trim().min(1),
});

// Codes end up in addresses (?paragraph=2341:OP2) and in the roadmap's traceability annex:
// keep them to visible characters without the separator of references.
const code = z.string().trim().regex(/^[^\s:]+$/, { error: 'codeFormat' });
const level = z.number().int().min(0).max(4);

export const scaleLevelSchema = z.strictObject({ level, label: bilingualSchema, meaning: bilingualSchema });

export const frameworkHeaderSchema = z.strictObject({
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'slugFormat' }),
  version: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { error: 'versionFormat' }),
  title: bilingualSchema,
  description: bilingualSchema,
  scale: z.array(scaleLevelSchema),
  // The version this one follows: each of its questions then says, in `from`, which of the
  // previous version's questions its answers come from (lib/framework/carry-over.ts).
  previous: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { error: 'versionFormat' }).nullish(),
});

export const paragraphSchema = z.strictObject({
  ref: code,
  number: z.number().int().min(0).nullish(),
  kind: z.enum(PARAGRAPH_KINDS),
  // A short name of what the paragraph is about: how a paragraph whose number is not verified
  // is shown (lib/framework/paragraph-check.ts).
  subject: bilingualSchema.nullish(),
  // Whether `number` was checked against a copy of the official text, and which one.
  numberCheck: z.strictObject({ status: z.enum(NUMBER_STATUSES), source: z.string().trim().min(1) }).nullish(),
  summary: bilingualSchema,
});

export const instrumentSchema = z.strictObject({
  code,
  symbol: z.string().trim().min(1),
  title: bilingualSchema,
  date: z.iso.date({ error: 'dateFormat' }).nullish(),
  url: z.url({ protocol: /^https?$/, error: 'urlFormat' }),
  paragraphs: z.array(paragraphSchema).min(1),
});

/** "2341:OP2": an instrument's code, then a paragraph's ref (codes may hold slashes, not colons). */
export const referenceSchema = z.string().trim().regex(/^[^\s:]+:[^\s:]+$/, { error: 'referenceFormat' });

export const suggestedActionSchema = z.strictObject({
  code,
  title: bilingualSchema,
  description: bilingualSchema,
  minLevel: level,
  maxLevel: level,
  leadKind: z.enum(LEAD_KINDS),
  partners: z.array(z.string().trim().min(1)).default([]),
});

export const questionSchema = z.strictObject({
  code,
  lens: z.enum(LENSES),
  text: bilingualSchema,
  guidance: bilingualSchema,
  references: z.array(referenceSchema).min(1),
  // Exactly five descriptors: counted by crossCheck, which runs even when one of them is
  // malformed, so an author sees "4 descriptors" and the broken one at the same time.
  levels: z.array(bilingualSchema),
  actions: z.array(suggestedActionSchema).min(1),
  // Where previous answers come from, in the version named by the header's `previous`.
  from: z.strictObject({ relation: z.enum(CARRY_RELATIONS), questions: z.array(code).default([]) }).nullish(),
});

export const areaSchema = z.strictObject({
  code,
  order: z.number().int().min(0),
  crossCutting: z.boolean().default(false),
  title: bilingualSchema,
  purpose: bilingualSchema,
  questions: z.array(questionSchema).min(1),
});

/** instruments.yaml holds the list under one key, so that the file can carry comments and grow. */
export const instrumentsFileSchema = z.strictObject({ instruments: z.array(instrumentSchema).min(1) });

/**
 * The whole framework as one document. The cross-file checks (references, unique codes,
 * level counts and ranges) run even when the structure has problems elsewhere, so that one
 * run of the checker lists everything to fix.
 */
export const frameworkDocumentSchema = z
  .strictObject({
    framework: frameworkHeaderSchema,
    instruments: z.array(instrumentSchema).min(1),
    areas: z.array(areaSchema).min(1),
  })
  .superRefine((doc, ctx) => crossCheck(doc, ctx), { when: () => true });

export type Bilingual = z.infer<typeof bilingualSchema>;
export type FrameworkContent = z.output<typeof frameworkDocumentSchema>;
export type FrameworkHeader = FrameworkContent['framework'];
export type InstrumentContent = FrameworkContent['instruments'][number];
export type ParagraphContent = InstrumentContent['paragraphs'][number];
export type AreaContent = FrameworkContent['areas'][number];
export type QuestionContent = AreaContent['questions'][number];
export type SuggestedActionContent = QuestionContent['actions'][number];

/** The key of a paragraph in references and addresses: "2341:OP2". */
export function paragraphKey(instrumentCode: string, ref: string) {
  return `${instrumentCode}:${ref}`;
}
