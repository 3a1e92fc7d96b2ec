import { defineAction } from '../actions/define-action';
import { inTransaction } from '../db/client';
import { fail, ok, type Result } from '../result';
import { touchFollowUp } from './revision';
import { closePeriodSchema } from './schemas';
import { followUpScope } from './scope';

/** The coordinator closes a period: its updates are then final, nobody writes or reviews them. */
export const closePeriod = defineAction({
  name: 'followup.period.close',
  input: closePeriodSchema,
  policy: 'followup.manage',
  scope: (db, input) => followUpScope(db, input.roadmapId),
  run: (ctx, input) =>
    inTransaction(ctx.db, async (tx): Promise<Result<{ closed: string }>> => {
      const f = await tx.followUp.findUnique({ where: { roadmapId: input.roadmapId }, select: { id: true } });
      if (!f) return fail('followup.notOpened');
      const p = await tx.followUpPeriod.findUnique({ where: { followUpId_key: { followUpId: f.id, key: input.period } } });
      if (!p) return fail('followup.unknownPeriod');
      if (p.closedAt) return fail('followup.periodClosed');
      await tx.followUpPeriod.update({ where: { id: p.id }, data: { closedAt: new Date(), closedById: ctx.user.id } });
      await touchFollowUp(tx, f.id);
      await ctx.audit(tx, 'followup.period.close', { type: 'FollowUpPeriod', id: p.id }, undefined, { period: p.key });
      return ok({ closed: p.key });
    }),
});
