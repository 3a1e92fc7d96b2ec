import { defineAction } from '../actions/define-action';
import { inTransaction } from '../db/client';
import { notify } from '../roadmap/notify';
import { fail, ok, type Result } from '../result';
import { touchFollowUp } from './revision';
import { submitUpdateSchema } from './schemas';
import { updateScope } from './scope';
import { contentOf, notePayload, updateWithContext } from './update-context';
import { isEditableReview } from './update-rules';

/**
 * The lead entity submits its update (first time, or corrected after a return). The step
 * keeps a copy of what was submitted; the coordinators are told.
 */
export const submitUpdate = defineAction({
  name: 'followup.update.submit',
  input: submitUpdateSchema,
  policy: 'progress.edit',
  scope: (db, input) => updateScope(db, input.updateId, input.entityId),
  run: (ctx, input) =>
    inTransaction(ctx.db, async (tx): Promise<Result<{ review: 'SUBMITTED'; version: number }>> => {
      const u = await updateWithContext(tx, input.updateId);
      if (!u) return fail('auth.forbidden');
      if (u.trackedAction.leadEntityId !== input.entityId) return fail('followup.notLeadEntity');
      if (u.trackedAction.removedAt) return fail('followup.actionRemoved');
      if (u.period.closedAt) return fail('followup.periodClosed');
      if (!isEditableReview(u.review)) return fail(u.review === 'ACCEPTED' ? 'followup.updateAccepted' : 'followup.updateSubmitted');
      if (u.version !== input.version) return fail('followup.staleVersion');
      if (u.percent === null) return fail('form.invalid', { percent: ['followup.percentRequired'] });
      const resubmitted = u.review === 'RETURNED';
      const now = new Date();
      const written = await tx.progressUpdate.updateMany({ where: { id: u.id, version: u.version }, data: { review: 'SUBMITTED', submittedAt: now, submittedById: ctx.user.id, version: { increment: 1 } } });
      if (written.count !== 1) return fail('followup.staleVersion');
      await tx.progressStep.create({ data: { updateId: u.id, countryId: u.countryId, kind: 'SUBMITTED', actorId: ctx.user.id, entityId: input.entityId, content: contentOf(u), at: now } });
      await touchFollowUp(tx, u.followUpId);
      await ctx.audit(tx, resubmitted ? 'progress.resubmit' : 'progress.submit', { type: 'ProgressUpdate', id: u.id }, { review: u.review }, { review: 'SUBMITTED', period: u.period.key, late: now > u.period.dueOn });
      await notify(tx, { countryId: u.countryId, roles: ['COORDINATOR'], kind: 'progressSubmitted', payload: notePayload(u), path: '/follow-up', baseUrl: ctx.baseUrl, exceptUserId: ctx.user.id });
      return ok({ review: 'SUBMITTED' as const, version: u.version + 1 });
    }),
});
