import { defineAction } from '../actions/define-action';
import { recordEvent } from '../audit/record-event';
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
  run: (ctx, input, scope) =>
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
      await recordEvent(tx, {
        actorId: ctx.user.id, countryId: scope.countryId, action: 'assessment.status.set', targetType: 'Assessment', targetId: input.assessmentId,
        before: { status: from }, after: { status: input.status }, ip: ctx.ip, userAgent: ctx.userAgent,
      });
      return ok({ status: input.status });
    }),
});
