import { defineAction } from '../actions/define-action';
import { inTransaction } from '../db/client';
import { notify } from '../roadmap/notify';
import { fail, ok, type Result } from '../result';
import { touchFollowUp } from './revision';
import { commentUpdateSchema } from './schemas';
import { updateScope } from './scope';
import { notePayload, updateWithContext } from './update-context';

/**
 * A comment on an update: from the coordination or a reviewer, or from a contributor of the
 * lead or a supporting entity, who names the entity they speak for. Kept as a step.
 */
export const commentUpdate = defineAction({
  name: 'followup.update.comment',
  input: commentUpdateSchema,
  policy: 'progress.comment',
  scope: (db, input) => updateScope(db, input.updateId, input.entityId),
  run: (ctx, input) =>
    inTransaction(ctx.db, async (tx): Promise<Result<{ stepId: string }>> => {
      const u = await updateWithContext(tx, input.updateId);
      if (!u) return fail('auth.forbidden');
      if (input.entityId) {
        const involved = [u.trackedAction.leadEntityId, ...((u.trackedAction.supportingEntityIds as string[]) ?? [])];
        if (!involved.includes(input.entityId)) return fail('followup.notInvolved');
      }
      const step = await tx.progressStep.create({ data: { updateId: u.id, countryId: u.countryId, kind: 'COMMENTED', actorId: ctx.user.id, entityId: input.entityId, note: input.body } });
      await touchFollowUp(tx, u.followUpId);
      await ctx.audit(tx, 'progress.comment', { type: 'ProgressUpdate', id: u.id }, undefined, { stepId: step.id, entityId: input.entityId, body: input.body });
      const lead = u.trackedAction.leadEntityId;
      await notify(tx, {
        countryId: u.countryId, roles: ['COORDINATOR'], entityIds: lead && lead !== input.entityId ? [lead] : [],
        kind: 'progressComment', payload: notePayload(u, input.body), path: '/follow-up', baseUrl: ctx.baseUrl, exceptUserId: ctx.user.id,
      });
      return ok({ stepId: step.id });
    }),
});
