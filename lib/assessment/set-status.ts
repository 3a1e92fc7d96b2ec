import { defineAction } from '../actions/define-action';
import { inTransaction } from '../db/client';
import { fail, ok } from '../result';
import { setStatusSchema, type AssessmentStatus } from './schemas';
import { assessmentScope } from './scope';
import { canMove } from './status';

/**
 * Preparation -> collection -> consolidation -> closed, one step at a time; one step back
 * reopens (late answers, a finding to correct). Collection needs something to answer.
 */
export const setStatus = defineAction({
  name: 'assessment.status.set',
  input: setStatusSchema,
  policy: 'assessment.manage',
  scope: (db, input) => assessmentScope(db, input.assessmentId),
  run: (ctx, input) =>
    inTransaction(ctx.db, async (tx) => {
      const a = await tx.assessment.findUnique({ where: { id: input.assessmentId }, select: { status: true } });
      if (!a) return fail('auth.forbidden');
      const from = a.status as AssessmentStatus;
      if (from === input.status) return ok({ status: from });
      if (!canMove(from, input.status)) return fail('assessment.badTransition');
      if (input.status === 'COLLECTION' && (await tx.assignment.count({ where: { assessmentId: input.assessmentId } })) === 0) {
        return fail('assessment.nothingAssigned');
      }
      await tx.assessment.update({ where: { id: input.assessmentId }, data: { status: input.status } });
      await ctx.audit(tx, 'assessment.status.set', { type: 'Assessment', id: input.assessmentId }, { status: from }, { status: input.status });
      return ok({ status: input.status });
    }),
});
