import { defineAction } from '../actions/define-action';
import { inTransaction } from '../db/client';
import { fail, ok } from '../result';
import { objectiveSchema } from './schemas';
import { isEditable, roadmapScope } from './scope';

/** Creates (no id) or edits an objective; an edit marks it as manual, so generation leaves it alone. */
export const saveObjective = defineAction({
  name: 'roadmap.objective.save',
  input: objectiveSchema,
  policy: 'roadmap.edit',
  scope: (db, input) => roadmapScope(db, input.roadmapId),
  run: (ctx, input) =>
    inTransaction(ctx.db, async (tx) => {
      const roadmap = await tx.roadmap.findUnique({ where: { id: input.roadmapId }, select: { status: true } });
      if (!roadmap) return fail('auth.forbidden');
      if (!isEditable(roadmap.status)) return fail('roadmap.notEditable');
      const data = { title: input.title, description: input.description, editedAt: new Date() };
      let id = input.objectiveId;
      if (id) {
        const n = await tx.objective.updateMany({ where: { id, roadmapId: input.roadmapId }, data });
        if (n.count !== 1) return fail('auth.forbidden');
      } else {
        const last = await tx.objective.aggregate({ where: { roadmapId: input.roadmapId }, _max: { order: true } });
        id = (await tx.objective.create({ data: { ...data, roadmapId: input.roadmapId, order: (last._max.order ?? 0) + 1 } })).id;
      }
      await ctx.audit(tx, 'roadmap.objective.save', { type: 'Objective', id: id }, undefined, data);
      return ok({ id });
    }),
});
