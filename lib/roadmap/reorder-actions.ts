import { defineAction } from '../actions/define-action';
import { inTransaction } from '../db/client';
import { fail, ok } from '../result';
import { reorderActionsSchema } from './schemas';
import { isEditable, roadmapScope } from './scope';

/** The new order of every action of the roadmap (drag and drop, or keyboard moves). */
export const reorderActions = defineAction({
  name: 'roadmap.action.reorder',
  input: reorderActionsSchema,
  policy: 'roadmap.edit',
  scope: (db, input) => roadmapScope(db, input.roadmapId),
  run: (ctx, input) =>
    inTransaction(ctx.db, async (tx) => {
      const roadmap = await tx.roadmap.findUnique({ where: { id: input.roadmapId }, select: { status: true, actions: { select: { id: true, order: true }, orderBy: { order: 'asc' } } } });
      if (!roadmap) return fail('auth.forbidden');
      if (!isEditable(roadmap.status)) return fail('roadmap.notEditable');
      const current = roadmap.actions.map((a) => a.id);
      // The same set of actions, each once: anything else is a stale editor.
      if (current.length !== input.actionIds.length || new Set(input.actionIds).size !== current.length || !current.every((id) => input.actionIds.includes(id))) {
        return fail('roadmap.conflict');
      }
      for (const [i, id] of input.actionIds.entries()) await tx.action.update({ where: { id }, data: { order: i + 1 } });
      await ctx.audit(tx, 'roadmap.action.reorder', { type: 'Roadmap', id: input.roadmapId }, current, input.actionIds);
      return ok({ count: current.length });
    }),
});
