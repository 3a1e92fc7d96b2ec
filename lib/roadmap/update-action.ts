import { defineAction } from '../actions/define-action';
import { inTransaction } from '../db/client';
import { fail, ok } from '../result';
import { checkReferences, editableRoadmap, scalarData, writeLinks } from './action-fields';
import { updateActionSchema } from './schemas';
import { actionScope, isEditable } from './scope';

/**
 * Saves an action if nobody saved it since the editor loaded it (optimistic concurrency):
 * the update only matches the version the editor started from.
 */
export const updateAction = defineAction({
  name: 'roadmap.action.update',
  input: updateActionSchema,
  policy: 'roadmap.edit',
  scope: (db, input) => actionScope(db, input.actionId),
  run: (ctx, input) =>
    inTransaction(ctx.db, async (tx) => {
      const before = await tx.action.findUnique({ where: { id: input.actionId } });
      if (!before) return fail('auth.forbidden');
      const roadmap = await editableRoadmap(tx, before.roadmapId);
      if (!roadmap || !isEditable(roadmap.status)) return fail('roadmap.notEditable');
      const bad = await checkReferences(tx, { countryId: roadmap.countryId, frameworkVersionId: roadmap.assessment?.frameworkVersionId ?? null }, input.fields);
      if (bad) return fail('form.invalid', bad);
      const saved = await tx.action.updateMany({
        where: { id: input.actionId, version: input.version },
        data: { ...scalarData(input.fields), editedAt: new Date(), version: { increment: 1 } },
      });
      if (saved.count !== 1) return fail('roadmap.conflict');
      await writeLinks(tx, input.actionId, input.fields);
      await ctx.audit(tx, 'roadmap.action.update', { type: 'Action', id: input.actionId }, { ...before, costAmount: before.costAmount?.toString() ?? null }, input.fields);
      return ok({ id: input.actionId, version: input.version + 1 });
    }),
});
