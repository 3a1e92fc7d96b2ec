import { defineAction } from '../actions/define-action';
import { inTransaction } from '../db/client';
import { fail, ok } from '../result';
import { quoteAt, type Quote } from './anchor';
import { QUOTABLE_FIELDS } from './comment-threads';
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
      const roadmap = await tx.roadmap.findUnique({
        where: { id: input.roadmapId },
        select: { slug: true, title: true, executiveSummary: true, context: true, methodology: true, versions: { orderBy: { number: 'desc' }, take: 1, select: { id: true } } },
      });
      if (!roadmap) return fail('auth.forbidden');
      // A reply belongs to its thread: its target, field and quote are the thread's.
      if (input.parentId) {
        const parent = await tx.comment.findFirst({ where: { id: input.parentId, roadmapId: input.roadmapId, parentId: null }, select: { targetType: true, targetId: true, field: true } });
        if (!parent) return fail('form.invalid', { parentId: ['form.invalidReference'] });
        Object.assign(input, { targetType: parent.targetType, targetId: parent.targetId, field: parent.field, quote: null, quoteStart: null });
      }
      // The target must be part of this roadmap; the field one of its texts.
      let item: Record<string, unknown> = roadmap;
      if (input.targetType !== 'ROADMAP') {
        if (!input.targetId) return fail('form.invalid', { targetId: ['form.required'] });
        const model = { OBJECTIVE: tx.objective, RECOMMENDATION: tx.recommendation, ACTION: tx.action }[input.targetType] as unknown as { findFirst: (a: object) => Promise<Record<string, unknown> | null> };
        const found = await model.findFirst({ where: { id: input.targetId, roadmapId: input.roadmapId } });
        if (!found) return fail('form.invalid', { targetId: ['form.invalidReference'] });
        item = found;
      }
      if (input.field !== null && !QUOTABLE_FIELDS[input.targetType].includes(input.field)) return fail('form.invalid', { field: ['form.invalidValue'] });
      // A quoted span is checked against the text as it reads now; its context is taken from there.
      let quoted: Quote | null = null;
      if (input.quote !== null) {
        const value = input.field ? item[input.field] : null;
        quoted = typeof value === 'string' ? quoteAt(value, input.quote, input.quoteStart ?? -1) : null;
        if (!quoted) return fail('roadmap.quoteChanged');
      }
      // Only people who may read this roadmap can be mentioned.
      const mentioned = await tx.user.findMany({
        where: { email: { in: mentionedEmails(input.body) }, memberships: { some: { OR: [{ role: 'ADMIN' }, { countryId: scope.countryId, role: { in: ['REVIEWER', 'COORDINATOR', 'OBSERVER'] } }] } } },
        select: { id: true },
      });
      const comment = await tx.comment.create({
        data: {
          roadmapId: input.roadmapId, versionId: roadmap.versions[0]?.id ?? null, targetType: input.targetType, targetId: input.targetType === 'ROADMAP' ? null : input.targetId,
          parentId: input.parentId, authorId: ctx.user.id, body: input.body, mentions: mentioned.map((m) => m.id), field: input.field,
          quote: quoted?.quote ?? null, quoteStart: quoted?.start ?? null, quotePrefix: quoted?.prefix ?? null, quoteSuffix: quoted?.suffix ?? null,
        },
      });
      await ctx.audit(tx, 'roadmap.comment.add', { type: 'Comment', id: comment.id }, undefined, { targetType: input.targetType, targetId: input.targetId, field: input.field, quote: quoted?.quote ?? null, body: input.body });
      const payload = { roadmapId: input.roadmapId, slug: roadmap.slug, title: roadmap.title, excerpt: input.body.slice(0, 300) };
      if (mentioned.length) await notify(tx, { countryId: scope.countryId!, userIds: mentioned.map((m) => m.id), kind: 'roadmapMention', payload, baseUrl: ctx.baseUrl, exceptUserId: ctx.user.id });
      return ok({ id: comment.id });
    }),
});
