import { defineAction } from '../actions/define-action';
import { inTransaction } from '../db/client';
import { notify } from '../roadmap/notify';
import { fail, ok, type Result } from '../result';
import { touchFollowUp } from './revision';
import { reviewUpdateSchema } from './schemas';
import { updateScope } from './scope';
import { contentOf, notePayload, updateWithContext } from './update-context';

/**
 * The coordinator accepts a submitted update, or returns it with a comment saying what to
 * correct. Either way the step is kept and the lead entity's contributors are told.
 */
export const reviewUpdate = defineAction({
  name: 'followup.update.review',
  input: reviewUpdateSchema,
  policy: 'progress.review',
  scope: (db, input) => updateScope(db, input.updateId, null),
  run: (ctx, input) =>
    inTransaction(ctx.db, async (tx): Promise<Result<{ review: 'ACCEPTED' | 'RETURNED' }>> => {
      const u = await updateWithContext(tx, input.updateId);
      if (!u) return fail('auth.forbidden');
      if (u.period.closedAt) return fail('followup.periodClosed');
      if (u.review !== 'SUBMITTED') return fail('followup.notSubmitted');
      if (u.version !== input.version) return fail('followup.staleVersion');
      const accept = input.decision === 'ACCEPT';
      if (!accept && !input.note) return fail('form.invalid', { note: ['followup.noteRequired'] });
      const review = accept ? 'ACCEPTED' as const : 'RETURNED' as const;
      const now = new Date();
      const written = await tx.progressUpdate.updateMany({
        where: { id: u.id, version: u.version, review: 'SUBMITTED' },
        data: { review, reviewedAt: now, reviewedById: ctx.user.id, reviewNote: input.note || null, version: { increment: 1 } },
      });
      if (written.count !== 1) return fail('followup.staleVersion');
      await tx.progressStep.create({ data: { updateId: u.id, countryId: u.countryId, kind: review, actorId: ctx.user.id, note: input.note, content: contentOf(u), at: now } });
      await touchFollowUp(tx, u.followUpId);
      await ctx.audit(tx, accept ? 'progress.accept' : 'progress.return', { type: 'ProgressUpdate', id: u.id }, { review: 'SUBMITTED' }, { review, note: input.note, period: u.period.key });
      if (u.trackedAction.leadEntityId) {
        await notify(tx, { countryId: u.countryId, entityIds: [u.trackedAction.leadEntityId], kind: accept ? 'progressAccepted' : 'progressReturned', payload: notePayload(u, input.note), path: '/follow-up', baseUrl: ctx.baseUrl, exceptUserId: ctx.user.id });
      }
      return ok({ review });
    }),
});
