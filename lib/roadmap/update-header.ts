import { defineAction } from '../actions/define-action';
import { recordEvent } from '../audit/record-event';
import { inTransaction } from '../db/client';
import { fail, ok } from '../result';
import { roadmapHeaderSchema } from './schemas';
import { isEditable, roadmapScope } from './scope';

export const updateRoadmapHeader = defineAction({
  name: 'roadmap.header.update',
  input: roadmapHeaderSchema,
  policy: 'roadmap.edit',
  scope: (db, input) => roadmapScope(db, input.roadmapId),
  run: (ctx, input, scope) =>
    inTransaction(ctx.db, async (tx) => {
      const before = await tx.roadmap.findUnique({ where: { id: input.roadmapId }, select: { status: true, title: true, executiveSummary: true, context: true, methodology: true, sensitivity: true } });
      if (!before) return fail('auth.forbidden');
      if (!isEditable(before.status)) return fail('roadmap.notEditable');
      const { roadmapId, version, ...data } = input;
      const saved = await tx.roadmap.updateMany({ where: { id: roadmapId, version }, data: { ...data, version: { increment: 1 } } });
      if (saved.count !== 1) return fail('roadmap.conflict');
      await recordEvent(tx, { actorId: ctx.user.id, countryId: scope.countryId, action: 'roadmap.header.update', targetType: 'Roadmap', targetId: roadmapId, before, after: data, ip: ctx.ip, userAgent: ctx.userAgent });
      return ok({ version: version + 1 });
    }),
});
