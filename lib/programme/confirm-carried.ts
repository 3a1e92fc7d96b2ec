// An entity confirms an answer carried from the previous cycle as it stands: the mark goes,
// the texts stay, the audit trail says who confirmed it. Changing the answer instead (any
// save, lib/assessment/save-response.ts) removes the mark too. Only while answers are
// collected, and only by whoever may change that answer then.
import { defineAction } from '../actions/define-action';
import { answerWriteRefusal } from '../assessment/answer-access';
import { answerScope } from '../assessment/scope';
import { inTransaction } from '../db/client';
import { fail, ok } from '../result';
import { confirmCarriedSchema } from './schemas';

export const confirmCarried = defineAction({
  name: 'response.confirmCarried',
  input: confirmCarriedSchema,
  policy: 'response.edit',
  scope: (db, input) => answerScope(db, input),
  run: (ctx, input, scope) =>
    inTransaction(ctx.db, async (tx) => {
      const r = await tx.response.findUnique({
        where: { assessmentId_entityId_questionId: input },
        select: { id: true, carried: true, assessment: { select: { status: true } } },
      });
      if (!r) return fail('programme.cycle.notCarried');
      const refused = answerWriteRefusal(ctx.user, r.assessment.status, scope);
      if (refused) return fail(refused);
      // Only a still-carried answer: a second confirmation (another tab) changes nothing.
      const { count } = await tx.response.updateMany({ where: { id: r.id, carried: true }, data: { carried: false } });
      if (!count) return fail('programme.cycle.notCarried');
      await ctx.audit(tx, 'response.confirmCarried', { type: 'Response', id: r.id }, { carried: true }, { carried: false });
      return ok({ id: r.id });
    }),
});
