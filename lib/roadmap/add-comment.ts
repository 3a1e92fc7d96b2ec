import { defineAction } from '../actions/define-action';
import { inTransaction } from '../db/client';
import { fail, ok } from '../result';
import { notify } from './notify';
import { commentSchema } from './schemas';
import { roadmapScope } from './scope';

/** Addresses written as @someone@example.org in a comment. */
export function mentionedEmails(body: string): string[] {
  return [...new Set([...body.matchAll(/(?:^|\s)@([^\s@]+@[^\s@]+\.[^\s@.,;:!?)]+)/g)].map((m) => m[1].toLowerCase()))];
}

export const addComment = defineAction({
  name: 'roadmap.comment.add',
  input: commentSchema,
  policy: 'roadmap.comment',
  scope: (db, input) => roadmapScope(db, input.roadmapId),
  run: (ctx, input, scope) =>
    inTransaction(ctx.db, async (tx) => {
      const roadmap = await tx.roadmap.findUnique({ where: { id: input.roadmapId }, select: { slug: true, title: true, versions: { orderBy: { number: 'desc' }, take: 1, select: { id: true } } } });
      if (!roadmap) return fail('auth.forbidden');
      // The target must be part of this roadmap.
      if (input.targetType !== 'ROADMAP') {
        if (!input.targetId) return fail('form.invalid', { targetId: ['form.required'] });
        const model = { OBJECTIVE: tx.objective, RECOMMENDATION: tx.recommendation, ACTION: tx.action }[input.targetType] as unknown as { count: (a: object) => Promise<number> };
        if ((await model.count({ where: { id: input.targetId, roadmapId: input.roadmapId } })) !== 1) return fail('form.invalid', { targetId: ['form.invalidReference'] });
      }
      if (input.parentId && (await tx.comment.count({ where: { id: input.parentId, roadmapId: input.roadmapId, parentId: null } })) !== 1) {
        return fail('form.invalid', { parentId: ['form.invalidReference'] });
      }
      // Only people who may read this roadmap can be mentioned.
      const mentioned = await tx.user.findMany({
        where: { email: { in: mentionedEmails(input.body) }, memberships: { some: { OR: [{ role: 'ADMIN' }, { countryId: scope.countryId, role: { in: ['REVIEWER', 'COORDINATOR', 'OBSERVER'] } }] } } },
        select: { id: true },
      });
      const comment = await tx.comment.create({
        data: {
          roadmapId: input.roadmapId, versionId: roadmap.versions[0]?.id ?? null, targetType: input.targetType, targetId: input.targetType === 'ROADMAP' ? null : input.targetId,
          parentId: input.parentId, authorId: ctx.user.id, body: input.body, mentions: mentioned.map((m) => m.id),
        },
      });
      await ctx.audit(tx, 'roadmap.comment.add', { type: 'Comment', id: comment.id }, undefined, { targetType: input.targetType, targetId: input.targetId, body: input.body });
      const payload = { roadmapId: input.roadmapId, slug: roadmap.slug, title: roadmap.title, excerpt: input.body.slice(0, 300) };
      if (mentioned.length) await notify(tx, { countryId: scope.countryId!, userIds: mentioned.map((m) => m.id), kind: 'roadmapMention', payload, baseUrl: ctx.baseUrl, exceptUserId: ctx.user.id });
      return ok({ id: comment.id });
    }),
});
