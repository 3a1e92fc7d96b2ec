import { defineAction } from '../actions/define-action';
import { inTransaction } from '../db/client';
import { prerenderInBackground } from '../pdf/prerender';
import { fail, ok } from '../result';
import { trackApprovedVersion } from '../followup/track-actions';
import { notify } from './notify';
import { decideVersionSchema } from './schemas';
import { isDecidable, roadmapScope } from './scope';

/**
 * A reviewer approves the version under review, which freezes the roadmap, or requests
 * changes, which reopens the draft. Only the latest version can be decided.
 */
export const decideVersion = defineAction({
  name: 'roadmap.decide',
  input: decideVersionSchema,
  policy: 'roadmap.decide',
  scope: (db, input) => roadmapScope(db, input.roadmapId),
  run: async (ctx, input, scope) => {
    const result = await inTransaction(ctx.db, async (tx) => {
      const roadmap = await tx.roadmap.findUnique({ where: { id: input.roadmapId }, select: { status: true, slug: true, title: true } });
      const version = await tx.roadmapVersion.findUnique({ where: { roadmapId_number: { roadmapId: input.roadmapId, number: input.number } } });
      if (!roadmap) return fail('auth.forbidden');
      if (!version) return fail('roadmap.notInReview');
      const latest = await tx.roadmapVersion.aggregate({ where: { roadmapId: input.roadmapId }, _max: { number: true } });
      if (!isDecidable(roadmap.status, version, latest._max.number === input.number)) return fail('roadmap.notInReview');
      if (input.decision === 'REQUEST_CHANGES' && !input.note.trim()) return fail('form.invalid', { note: ['roadmap.noteRequired'] });
      const approve = input.decision === 'APPROVE';
      await tx.roadmapVersion.update({
        where: { id: version.id },
        data: { status: approve ? 'APPROVED' : 'CHANGES_REQUESTED', decidedById: ctx.user.id, decidedAt: new Date(), decisionNote: input.note || null },
      });
      await tx.roadmap.update({ where: { id: input.roadmapId }, data: { status: approve ? 'APPROVED' : 'CHANGES_REQUESTED' } });
      // An approved amendment: the follow-up now tracks the new version's actions.
      if (approve) await trackApprovedVersion(tx, input.roadmapId);
      await ctx.audit(tx, approve ? 'roadmap.approve' : 'roadmap.requestChanges', { type: 'RoadmapVersion', id: version.id }, { status: 'SUBMITTED' }, { status: approve ? 'APPROVED' : 'CHANGES_REQUESTED', note: input.note });
      await notify(tx, {
        countryId: scope.countryId!, roles: ['COORDINATOR'], kind: approve ? 'roadmapApproved' : 'roadmapChangesRequested',
        payload: { roadmapId: input.roadmapId, slug: roadmap.slug, title: roadmap.title, number: input.number, excerpt: input.note.slice(0, 500) },
        baseUrl: ctx.baseUrl, exceptUserId: ctx.user.id,
      });
      return ok({ status: approve ? ('APPROVED' as const) : ('CHANGES_REQUESTED' as const) });
    });
    // Once committed: the approved PDFs (no watermark, the approval's date) render ahead of
    // the first download, as at submission (prerender.ts). Not awaited; a failure is logged.
    if (result.ok && result.data.status === 'APPROVED') prerenderInBackground(ctx.db, input.roadmapId, input.number);
    return result;
  },
});
