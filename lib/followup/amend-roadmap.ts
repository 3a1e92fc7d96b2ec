import { defineAction } from '../actions/define-action';
import { inTransaction } from '../db/client';
import { fail, ok, type Result } from '../result';
import { amendRoadmapSchema } from './schemas';
import { followUpScope } from './scope';

/**
 * Amending an approved roadmap reopens its draft: the next submission is a new version to
 * review. The draft keeps its actions' ids, and the follow-up keeps tracking the approved
 * version until the amendment is approved (lib/followup/track-actions.ts).
 */
export const amendRoadmap = defineAction({
  name: 'roadmap.amend',
  input: amendRoadmapSchema,
  policy: 'roadmap.edit',
  scope: (db, input) => followUpScope(db, input.roadmapId),
  run: (ctx, input) =>
    inTransaction(ctx.db, async (tx): Promise<Result<{ status: 'DRAFT' }>> => {
      const r = await tx.roadmap.findUnique({ where: { id: input.roadmapId }, select: { status: true } });
      if (!r) return fail('auth.forbidden');
      if (r.status !== 'APPROVED') return fail('followup.notApprovedNow');
      const written = await tx.roadmap.updateMany({ where: { id: input.roadmapId, status: 'APPROVED' }, data: { status: 'DRAFT' } });
      if (written.count !== 1) return fail('followup.notApprovedNow');
      await ctx.audit(tx, 'roadmap.amend', { type: 'Roadmap', id: input.roadmapId }, { status: 'APPROVED' }, { status: 'DRAFT' });
      return ok({ status: 'DRAFT' as const });
    }),
});
