import { defineAction } from '../actions/define-action';
import type { Db } from '../db/client';
import { fail, ok, type Result } from '../result';
import { roadmapScope } from '../roadmap/scope';
import { formRevisions } from '../versioned-save/form-revisions';
import { versionedSave, type VersionedForm, type VersionedSaved } from '../versioned-save/versioned-save';
import { asLanguage, type Language } from './languages';
import { originalOf } from './originals';
import { saveTranslationSchema } from './schemas';
import { stateOf, type TextState } from './state';
import { maxLengthOf, parseTextKey } from './texts';

type TranslationValues = { text: string };
const EMPTY: TranslationValues = { text: '' };

/**
 * What a save answers, shaped like an answer's autosave (SaveResponse of the autosave store):
 * the stored translation after it, or, nothing written, the conflict with the stored one;
 * with the translation's state and the original it was made from.
 */
export type SavedTranslation = VersionedSaved<TranslationValues> & { state: TextState; sourceText: string };

type Target = { key: NonNullable<ReturnType<typeof parseTextKey>>; original: string };

/**
 * The text a translation is written for, read again in the writing transaction: a known key
 * of this roadmap, in a language that is not the roadmap's own, within its field's length.
 */
async function translationTarget(db: Db, input: { roadmapId: string; key: string; language: Language; text?: string }): Promise<Result<Target>> {
  const key = parseTextKey(input.key);
  if (!key) return fail('translation.unknownText');
  const roadmap = await db.roadmap.findUnique({ where: { id: input.roadmapId }, select: { language: true } });
  if (!roadmap) return fail('auth.forbidden');
  if (asLanguage(roadmap.language) === input.language) return fail('translation.originalLanguage');
  if (input.text !== undefined && input.text.length > maxLengthOf(key.field)) return fail('form.invalid', { 'changes.text': ['form.tooLong'] });
  const original = await originalOf(db, input.roadmapId, key);
  return original === null ? fail('translation.unknownText') : ok({ key, original });
}

/** A changed translation is a draft again, made from the original as it reads now. */
const written = (text: string, original: string, actorId: string) =>
  ({ text, sourceText: original, state: 'DRAFT' as const, updatedById: actorId, reviewedById: null, reviewedAt: null });

/**
 * The translator's autosave of one text, on the versioned-save engine like the answers and
 * the findings: merged with a colleague's save made meanwhile when the two edits do not
 * overlap, a conflict with both texts when they do, never a silent overwrite. Every save is a
 * FormRevision and an audit event.
 */
export const saveTranslation = defineAction({
  name: 'translation.save',
  input: saveTranslationSchema,
  policy: 'roadmap.translate',
  scope: (db, input) => roadmapScope(db, input.roadmapId),
  run: async (ctx, input, scope): Promise<Result<SavedTranslation>> => {
    const countryId = scope.countryId!;
    const revisions = formRevisions<TranslationValues>('TextTranslation', countryId);
    let target: Target | null = null;
    const where = (t: Target) => ({ targetType_targetId_field_language: { ...t.key, language: input.language } });
    const form: VersionedForm<null, TranslationValues> = {
      async read(tx) {
        const t = await translationTarget(tx, { ...input, text: input.changes.text });
        if (!t.ok) return { refused: t.error };
        target = t.data;
        const row = await tx.textTranslation.findUnique({ where: where(t.data) });
        return { row: row && { id: row.id, version: row.version, values: { text: row.text }, updatedAt: row.updatedAt, updatedById: row.updatedById } };
      },
      create: (tx, _key, d) =>
        tx.textTranslation.create({
          data: { ...written(d.changes.text ?? '', target!.original, d.actorId), ...target!.key, language: input.language, countryId, version: 1 },
          select: { id: true, updatedAt: true },
        }),
      update: async (tx, id, version, d) =>
        (await tx.textTranslation.updateMany({ where: { id, version }, data: { ...written(d.changes.text ?? '', target!.original, d.actorId), version: version + 1 } })).count === 1,
      async record(tx, w) {
        await revisions.record(tx, w);
        await ctx.audit(tx, 'translation.save', { type: 'TextTranslation', id: w.id, countryId }, w.before, { ...w.after, key: input.key, language: input.language, version: w.version });
      },
      findSave: revisions.findSave,
      async authorName(tx, row) {
        return row.updatedById ? ((await tx.user.findUnique({ where: { id: row.updatedById }, select: { name: true } }))?.name ?? null) : null;
      },
    };
    const saved = await versionedSave(ctx, form, null, input, EMPTY);
    if (!saved.ok || !target) return saved as Result<SavedTranslation>;
    const t: Target = target;
    const row = await ctx.db.textTranslation.findUnique({ where: where(t), select: { text: true, state: true, sourceText: true } });
    return ok({ ...saved.data, state: stateOf({ original: t.original }, row ?? undefined), sourceText: row?.sourceText ?? t.original });
  },
});

type Actor = { userId: string; countryId: string };

/**
 * One unit of an imported XLIFF file, inside the import's transaction (which checked the unit
 * against the version and audits the file once): the file's text, made from `original`,
 * replaces the stored one as a draft.
 */
export async function writeImportedTranslation(
  db: Db, unit: { key: string; language: Language; text: string; original: string }, actor: Actor,
): Promise<Result<null>> {
  const key = parseTextKey(unit.key);
  if (!key) return fail('translation.unknownText');
  if (unit.text.length > maxLengthOf(key.field)) return fail('xliff.tooLong');
  const data = written(unit.text, unit.original, actor.userId);
  const row = await db.textTranslation.findUnique({ where: { targetType_targetId_field_language: { ...key, language: unit.language } }, select: { id: true, version: true } });
  if (row) await db.textTranslation.update({ where: { id: row.id }, data: { ...data, version: row.version + 1 } });
  else await db.textTranslation.create({ data: { ...data, ...key, language: unit.language, countryId: actor.countryId, version: 1 } });
  return ok(null);
}
