import { defineAction } from '../actions/define-action';
import { versionedSave, writtenBySave, type VersionedForm, type VersionedSaved } from '../versioned-save/versioned-save';
import { EMPTY_ANSWER, saveResponseSchema, type AnswerValues } from './schemas';
import { answerScope } from './scope';
import { answerWriteRefusal } from './answer-access';
import { recordSave } from './record-save';
import { answerOf, responseData } from './values';

/** What a save answers: the stored answer after it, or (nothing written) the conflict. */
export type AnswerSaved = VersionedSaved<AnswerValues>;

type AnswerKey = { assessmentId: string; entityId: string; questionId: string };

/**
 * Saves the fields of one entity's answer that changed, through the versioned-save engine
 * (lib/versioned-save/versioned-save.ts): optimistic concurrency on Response.version, a
 * conflict with both texts on a field someone else changed, a retry recognised by its save
 * id. Every save is a ResponseRevision; the audit trail gets one event per editing window
 * (lib/assessment/record-save.ts, docs/decisions/006).
 */
export const saveResponse = defineAction({
  name: 'response.save',
  input: saveResponseSchema,
  policy: 'response.edit',
  scope: (db, input) => answerScope(db, input),
  run: (ctx, input, scope) => {
    const form: VersionedForm<AnswerKey, AnswerValues> = {
      async read(tx, key) {
        // The answer and its assessment's step in one read; the assessment alone before a first save.
        const found = await tx.response.findUnique({ where: { assessmentId_entityId_questionId: key }, include: { assessment: { select: { status: true } } } });
        const status = found?.assessment.status ?? (await tx.assessment.findUnique({ where: { id: key.assessmentId }, select: { status: true } }))?.status;
        if (!status) return { refused: 'auth.forbidden' };
        const refused = answerWriteRefusal(ctx.user, status, scope);
        if (refused) return { refused };
        return { row: found && { id: found.id, version: found.version, values: answerOf(found), updatedAt: found.updatedAt, updatedById: found.updatedById } };
      },
      // The author's name only matters when nothing is written (a conflict, or a retry).
      authorName: async (tx, row) => (row.updatedById ? ((await tx.user.findUnique({ where: { id: row.updatedById }, select: { name: true } }))?.name ?? null) : null),
      create: (tx, key, d) => tx.response.create({ data: { ...key, ...responseData(d.changes), updatedById: d.actorId, version: 1 }, select: { id: true, updatedAt: true } }),
      update: async (tx, id, version, d) =>
        (await tx.response.updateMany({ where: { id, version }, data: { ...responseData(d.changes), carried: false, updatedById: d.actorId, version: version + 1 } })).count === 1,
      async record(tx, w) {
        await recordSave(tx, {
          responseId: w.id, version: w.version, countryId: scope.countryId!, actorId: w.actorId, previousActorId: w.previousActorId,
          before: w.before, after: w.after, saveId: w.saveId, audit: ctx.audit,
        });
      },
      async findSave(tx, responseId, saveId, actorId) {
        const rows = await tx.responseRevision.findMany({ where: { responseId, saveId, actorId }, orderBy: { version: 'asc' }, select: { after: true } });
        return rows.length ? writtenBySave(rows.map((r) => r.after as Partial<AnswerValues>)) : null;
      },
    };
    return versionedSave(ctx, form, { assessmentId: input.assessmentId, entityId: input.entityId, questionId: input.questionId }, input, EMPTY_ANSWER);
  },
});
