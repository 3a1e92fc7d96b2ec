import { defineAction } from '../actions/define-action';
import type { Audit } from '../audit/record-event';
import { inTransaction, type Db } from '../db/client';
import { fail, ok, type Result } from '../result';
import { roadmapScope } from '../roadmap/scope';
import { asLanguage } from './languages';
import { originalOf } from './originals';
import { saveTranslationSchema, type SaveTranslationInput } from './schemas';
import { stateOf, type TextState } from './state';
import { maxLengthOf, parseTextKey } from './texts';

/**
 * What a save answers, shaped like an answer's autosave (SaveResponse of the autosave store):
 * the stored translation after it, or, nothing written, the conflict with the stored one.
 */
export type SavedTranslation = {
  status: 'saved' | 'conflict'; version: number; values: { text: string }; updatedAt: string | null; updatedBy: string | null;
  conflicts: { field: 'text'; theirs: string; yours: string }[];
  state: TextState; sourceText: string;
};

type Actor = { userId: string; countryId: string; audit: Audit };

/**
 * Writes one translation made from the text's current original. Saving the same text again
 * writes nothing; a changed text (or one made from a newer original) is a draft again, even
 * if it had been reviewed. A save from an older version than the row's is a conflict unless
 * the stored text is still the one the editor started from.
 */
export async function writeTranslation(
  db: Db, input: SaveTranslationInput, actor: Actor, source?: { original: string; audit: false },
): Promise<Result<SavedTranslation>> {
  const k = parseTextKey(input.key);
  if (!k) return fail('translation.unknownText');
  const roadmap = await db.roadmap.findUnique({ where: { id: input.roadmapId }, select: { language: true } });
  if (!roadmap) return fail('auth.forbidden');
  if (asLanguage(roadmap.language) === input.language) return fail('translation.originalLanguage');
  const original = source?.original ?? (await originalOf(db, input.roadmapId, k));
  if (original === null) return fail('translation.unknownText');
  const text = input.changes.text;
  if (text.length > maxLengthOf(k.field)) return fail('form.invalid', { 'changes.text': ['form.tooLong'] });
  const where = { targetType_targetId_field_language: { ...k, language: input.language } };
  const row = await db.textTranslation.findUnique({ where });
  const answer = (status: SavedTranslation['status'], r: typeof row) =>
    ok<SavedTranslation>({
      status, version: r?.version ?? 0, values: { text: r?.text ?? '' }, updatedAt: r?.updatedAt.toISOString() ?? null, updatedBy: r?.updatedById ?? null,
      conflicts: status === 'conflict' ? [{ field: 'text', theirs: r?.text ?? '', yours: text }] : [],
      state: stateOf({ original }, r ?? undefined), sourceText: r?.sourceText ?? original,
    });
  // A retried save whose text is already stored succeeds without writing.
  if (row && row.text === text && row.sourceText === original) return answer('saved', row);
  const stale = (row?.version ?? 0) !== input.baseVersion;
  if (stale && (input.base.text === undefined || input.base.text !== (row?.text ?? ''))) return answer('conflict', row);
  const data = { text, sourceText: original, state: 'DRAFT' as const, updatedById: actor.userId, reviewedById: null, reviewedAt: null };
  const saved = row
    ? await db.textTranslation.update({ where: { id: row.id, version: row.version }, data: { ...data, version: row.version + 1 } })
    : await db.textTranslation.create({ data: { ...data, ...k, language: input.language, countryId: actor.countryId, version: 1 } });
  if (!source) {
    await actor.audit(db, 'translation.save', { type: 'TextTranslation', id: saved.id, countryId: actor.countryId }, row ? { text: row.text, state: row.state } : null, { key: input.key, language: input.language, text: saved.text, state: saved.state });
  }
  return answer('saved', saved);
}

export const saveTranslation = defineAction({
  name: 'translation.save',
  input: saveTranslationSchema,
  policy: 'roadmap.translate',
  scope: (db, input) => roadmapScope(db, input.roadmapId),
  run: (ctx, input, scope) =>
    inTransaction(ctx.db, (tx) => writeTranslation(tx, input, { userId: ctx.user.id, countryId: scope.countryId!, audit: ctx.audit })),
});
