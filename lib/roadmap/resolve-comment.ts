import { defineAction } from '../actions/define-action';
import { inTransaction } from '../db/client';
import { fail, ok } from '../result';
import { resolveCommentSchema } from './schemas';
import { commentScope } from './scope';

export const resolveComment = defineAction({
  name: 'roadmap.comment.resolve',
  input: resolveCommentSchema,
  policy: 'roadmap.comment',
  scope: (db, input) => commentScope(db, input.commentId),
  run: (ctx, input) =>
    inTransaction(ctx.db, async (tx) => {
      const c = await tx.comment.findUnique({ where: { id: input.commentId }, select: { resolvedAt: true, parentId: true } });
      if (!c) return fail('auth.forbidden');
      if (c.parentId) return fail('roadmap.resolveThread');
      if (!c.resolvedAt) {
        await tx.comment.update({ where: { id: input.commentId }, data: { resolvedAt: new Date(), resolvedById: ctx.user.id } });
        await ctx.audit(tx, 'roadmap.comment.resolve', { type: 'Comment', id: input.commentId });
      }
      return ok({ id: input.commentId });
    }),
});
