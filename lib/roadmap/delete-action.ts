import { defineAction } from '../actions/define-action';
import { recordEvent } from '../audit/record-event';
import { inTransaction } from '../db/client';
import { fail, ok } from '../result';
import { deleteActionSchema } from './schemas';
import { actionScope, isEditable } from './scope';

export const deleteAction = defineAction({
  name: 'roadmap.action.delete',
  input: deleteActionSchema,
  policy: 'roadmap.edit',
  scope: (db, input) => actionScope(db, input.actionId),
  run: (ctx, input, scope) =>
    inTransaction(ctx.db, async (tx) => {
      const before = await tx.action.findUnique({ where: { id: input.actionId }, include: { roadmap: { select: { status: true } } } });
      if (!before) return fail('auth.forbidden');
      if (!isEditable(before.roadmap.status)) return fail('roadmap.notEditable');
      await tx.action.delete({ where: { id: input.actionId } });
      const { roadmap: _r, ...row } = before;
      void _r;
      await recordEvent(tx, { actorId: ctx.user.id, countryId: scope.countryId, action: 'roadmap.action.delete', targetType: 'Action', targetId: input.actionId, before: { ...row, costAmount: row.costAmount?.toString() ?? null }, ip: ctx.ip, userAgent: ctx.userAgent });
      return ok({ id: input.actionId });
    }),
});
