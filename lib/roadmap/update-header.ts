import { defineAction } from '../actions/define-action';
import { inTransaction } from '../db/client';
import { fail, ok } from '../result';
import { roadmapHeaderSchema } from './schemas';
import { isEditable, roadmapScope } from './scope';

export const updateRoadmapHeader = defineAction({
  name: 'roadmap.header.update',
  input: roadmapHeaderSchema,
  policy: 'roadmap.edit',
  scope: (db, input) => roadmapScope(db, input.roadmapId),
  run: (ctx, input) =>
    inTransaction(ctx.db, async (tx) => {
      const before = await tx.roadmap.findUnique({ where: { id: input.roadmapId }, select: { status: true, title: true, executiveSummary: true, context: true, methodology: true, sensitivity: true } });
      if (!before) return fail('auth.forbidden');
      if (!isEditable(before.status)) return fail('roadmap.notEditable');
      const { roadmapId, version, ...data } = input;
      const saved = await tx.roadmap.updateMany({ where: { id: roadmapId, version }, data: { ...data, version: { increment: 1 } } });
      if (saved.count !== 1) return fail('roadmap.conflict');
      await ctx.audit(tx, 'roadmap.header.update', { type: 'Roadmap', id: roadmapId }, before, data);
      return ok({ version: version + 1 });
    }),
});
