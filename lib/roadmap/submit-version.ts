import { defineAction } from '../actions/define-action';
import { inTransaction, type Prisma } from '../db/client';
import { prerenderInBackground } from '../pdf/prerender';
import { fail, ok } from '../result';
import { notify } from './notify';
import { submitVersionSchema } from './schemas';
import { isEditable, roadmapScope } from './scope';
import { buildSnapshot, contentHash } from './snapshot';

/** Freezes the draft as the next numbered version and sends it to the reviewers. */
export const submitVersion = defineAction({
  name: 'roadmap.submit',
  input: submitVersionSchema,
  policy: 'roadmap.submit',
  scope: (db, input) => roadmapScope(db, input.roadmapId),
  run: async (ctx, input, scope) => {
    const result = await inTransaction(ctx.db, async (tx) => {
      const roadmap = await tx.roadmap.findUnique({ where: { id: input.roadmapId }, select: { status: true, title: true, slug: true } });
      if (!roadmap) return fail('auth.forbidden');
      if (!isEditable(roadmap.status)) return fail('roadmap.notEditable');
      // Read the tree inside the transaction: a save landing between the read and the insert
      // would otherwise be missing from a version we call immutable.
      const snapshot = await buildSnapshot(tx, input.roadmapId);
      if (!snapshot) return fail('auth.forbidden');
      if (snapshot.actions.length === 0) return fail('roadmap.noActions');
      const missingLead = snapshot.actions.find((a) => !a.leadEntityId);
      if (missingLead) return fail('roadmap.actionWithoutLead');
      const last = await tx.roadmapVersion.aggregate({ where: { roadmapId: input.roadmapId }, _max: { number: true } });
      const number = (last._max.number ?? 0) + 1;
      const hash = contentHash(snapshot);
      await tx.roadmapVersion.create({
        data: { roadmapId: input.roadmapId, number, snapshot: snapshot as unknown as Prisma.InputJsonValue, contentHash: hash, submittedById: ctx.user.id },
      });
      await tx.roadmap.update({ where: { id: input.roadmapId }, data: { status: 'IN_REVIEW' } });
      await ctx.audit(tx, 'roadmap.submit', { type: 'Roadmap', id: input.roadmapId }, undefined, { number, contentHash: hash });
      await notify(tx, { countryId: scope.countryId!, roles: ['REVIEWER'], kind: 'roadmapSubmitted', payload: { roadmapId: input.roadmapId, slug: roadmap.slug, title: roadmap.title, number }, baseUrl: ctx.baseUrl, exceptUserId: ctx.user.id });
      return ok({ number, contentHash: hash });
    });
    // Once committed: the reviewers' first download then finds the PDF ready. Not awaited, and
    // a failure is only logged (prerender.ts).
    if (result.ok) prerenderInBackground(ctx.db, input.roadmapId, result.data.number);
    return result;
  },
});
