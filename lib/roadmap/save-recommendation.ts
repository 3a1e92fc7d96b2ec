import { defineAction } from '../actions/define-action';
import { inTransaction } from '../db/client';
import { fail, ok } from '../result';
import { recommendationSchema } from './schemas';
import { isEditable, roadmapScope } from './scope';

export const saveRecommendation = defineAction({
  name: 'roadmap.recommendation.save',
  input: recommendationSchema,
  policy: 'roadmap.edit',
  scope: (db, input) => roadmapScope(db, input.roadmapId),
  run: (ctx, input) =>
    inTransaction(ctx.db, async (tx) => {
      const roadmap = await tx.roadmap.findUnique({ where: { id: input.roadmapId }, select: { status: true } });
      if (!roadmap) return fail('auth.forbidden');
      if (!isEditable(roadmap.status)) return fail('roadmap.notEditable');
      if (input.objectiveId && (await tx.objective.count({ where: { id: input.objectiveId, roadmapId: input.roadmapId } })) !== 1) {
        return fail('form.invalid', { objectiveId: ['form.invalidReference'] });
      }
      const data = { text: input.text, priority: input.priority, objectiveId: input.objectiveId, editedAt: new Date() };
      let id = input.recommendationId;
      if (id) {
        const n = await tx.recommendation.updateMany({ where: { id, roadmapId: input.roadmapId }, data });
        if (n.count !== 1) return fail('auth.forbidden');
      } else {
        const last = await tx.recommendation.aggregate({ where: { roadmapId: input.roadmapId }, _max: { order: true } });
        id = (await tx.recommendation.create({ data: { ...data, roadmapId: input.roadmapId, order: (last._max.order ?? 0) + 1 } })).id;
      }
      await ctx.audit(tx, 'roadmap.recommendation.save', { type: 'Recommendation', id: id }, undefined, data);
      return ok({ id });
    }),
});
