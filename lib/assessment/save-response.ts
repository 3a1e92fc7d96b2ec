import { defineAction } from '../actions/define-action';
import { inTransaction } from '../db/client';
import { prismaErrorKey } from '../db/prisma-errors';
import { fail, ok, type Result } from '../result';
import { mergeFields, type FieldConflict } from './merge';
import { saveResponseSchema, type AnswerValues } from './schemas';
import { answerScope } from './scope';
import { answerWriteRefusal } from './answer-access';
import { recordSave } from './record-save';
import { answerOf, responseData } from './values';

/** What a save answers: the stored answer after it, or (nothing written) the conflict. */
export type AnswerSaved = {
  status: 'saved' | 'conflict';
  version: number;
  values: AnswerValues;
  updatedAt: string | null;
  updatedBy: string | null;
  conflicts: FieldConflict<AnswerValues>[];
};

/** Another save landed between our read and our write: read again and merge again. */
class Raced extends Error {}

/**
 * Saves the fields of one entity's answer that changed, with optimistic concurrency on
 * Response.version: the write only matches the version it merged against, so two saves
 * can never both think they won, and a save on the same field as a newer one is a
 * conflict that returns both texts. A retried save whose text is already stored succeeds
 * without writing (the acknowledgement of the first try may have been lost on the way).
 */
export const saveResponse = defineAction({
  name: 'response.save',
  input: saveResponseSchema,
  policy: 'response.edit',
  scope: (db, input) => answerScope(db, input),
  run: async (ctx, input, scope): Promise<Result<AnswerSaved>> => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await inTransaction(ctx.db, async (tx) => {
          const key = { assessmentId: input.assessmentId, entityId: input.entityId, questionId: input.questionId };
          // The answer and its assessment's step in one read; the assessment alone before a first save.
          const found = await tx.response.findUnique({ where: { assessmentId_entityId_questionId: key }, include: { assessment: { select: { status: true } } } });
          const status = found?.assessment.status ?? (await tx.assessment.findUnique({ where: { id: input.assessmentId }, select: { status: true } }))?.status;
          if (!status) return fail('auth.forbidden');
          const refused = answerWriteRefusal(ctx.user, status, scope);
          if (refused) return fail(refused);
          const row = found;
          // The author's name only matters when nothing is written (a conflict, or a retry).
          const author = async () => (row?.updatedById ? ((await tx.user.findUnique({ where: { id: row.updatedById }, select: { name: true } }))?.name ?? null) : null);
          const current = answerOf(row);
          const version = row?.version ?? 0;
          if (input.baseVersion > version) return fail('questionnaire.unknownVersion');
          const stored = (v: AnswerValues, n: number, at: Date | null, by: string | null, status: AnswerSaved['status'], conflicts: AnswerSaved['conflicts'] = []) =>
            ok<AnswerSaved>({ status, version: n, values: v, updatedAt: at?.toISOString() ?? null, updatedBy: by, conflicts });

          const merged = mergeFields(current, input);
          if (merged.kind === 'conflict') return stored(current, version, row?.updatedAt ?? null, await author(), 'conflict', merged.conflicts);
          if (merged.changed.length === 0) return stored(current, version, row?.updatedAt ?? null, await author(), 'saved');

          const changes = Object.fromEntries(merged.changed.map((f) => [f, merged.values[f]])) as Partial<AnswerValues>;
          const data = { ...responseData(changes), updatedById: ctx.user.id };
          let saved: { id: string; version: number; updatedAt: Date };
          if (!row) {
            saved = await tx.response.create({ data: { ...key, ...data, version: 1 }, select: { id: true, version: true, updatedAt: true } });
          } else {
            const n = await tx.response.updateMany({ where: { id: row.id, version }, data: { ...data, version: version + 1 } });
            if (n.count !== 1) throw new Raced();
            saved = { id: row.id, version: version + 1, updatedAt: new Date() };
          }
          await recordSave(tx, {
            responseId: saved.id, version: saved.version, countryId: scope.countryId!, actorId: ctx.user.id, previousActorId: row?.updatedById ?? null, audit: ctx.audit,
            before: Object.fromEntries(merged.changed.map((f) => [f, current[f]])) as Partial<AnswerValues>, after: changes,
          });
          return stored(merged.values, saved.version, saved.updatedAt, ctx.user.name, 'saved');
        });
      } catch (error) {
        // Two first saves of the same answer race on the unique key; the loser merges again.
        const raced = error instanceof Raced || prismaErrorKey(error) === 'form.duplicate';
        if (!raced || attempt >= 4) throw error;
      }
    }
  },
});
