import { defineAction } from '../actions/define-action';
import { inTransaction } from '../db/client';
import { fail, ok } from '../result';
import { removeEntitySchema } from './schemas';
import { assessmentScope } from './scope';
import { setupOpen } from './status';

/**
 * Takes an entity out of the assessment with its assignments. An entity that has already
 * answered stays: its answers are part of the record, and removing it would hide them.
 */
export const removeEntity = defineAction({
  name: 'assessment.entities.remove',
  input: removeEntitySchema,
  policy: 'assessment.manage',
  scope: (db, input) => assessmentScope(db, input.assessmentId),
  run: (ctx, input) =>
    inTransaction(ctx.db, async (tx) => {
      const a = await tx.assessment.findUnique({ where: { id: input.assessmentId }, select: { status: true } });
      if (!a) return fail('auth.forbidden');
      if (!setupOpen(a.status)) return fail('assessment.closed');
      const key = { assessmentId: input.assessmentId, entityId: input.entityId };
      if (!(await tx.assessmentEntity.findUnique({ where: { assessmentId_entityId: key } }))) return fail('errors.notFound');
      if ((await tx.response.count({ where: key })) > 0) return fail('assessment.entityHasAnswers');
      const removed = await tx.assignment.deleteMany({ where: key });
      await tx.assessmentEntity.delete({ where: { assessmentId_entityId: key } });
      await ctx.audit(tx, 'assessment.entities.remove', { type: 'Assessment', id: input.assessmentId }, { entityId: input.entityId, assignments: removed.count });
      return ok({ removed: 1 });
    }),
});
