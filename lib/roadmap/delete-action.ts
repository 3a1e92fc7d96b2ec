import { defineAction } from '../actions/define-action';
import { inTransaction } from '../db/client';
import { fail, ok } from '../result';
import { deleteActionSchema } from './schemas';
import { actionScope, isEditable } from './scope';

export const deleteAction = defineAction({
  name: 'roadmap.action.delete',
  input: deleteActionSchema,
  policy: 'roadmap.edit',
  scope: (db, input) => actionScope(db, input.actionId),
  run: (ctx, input) =>
    inTransaction(ctx.db, async (tx) => {
      const before = await tx.action.findUnique({ where: { id: input.actionId }, include: { roadmap: { select: { status: true } } } });
      if (!before) return fail('auth.forbidden');
      if (!isEditable(before.roadmap.status)) return fail('roadmap.notEditable');
      await tx.action.delete({ where: { id: input.actionId } });
      const { roadmap: _r, ...row } = before;
      void _r;
      await ctx.audit(tx, 'roadmap.action.delete', { type: 'Action', id: input.actionId }, { ...row, costAmount: row.costAmount?.toString() ?? null });
      return ok({ id: input.actionId });
    }),
});
