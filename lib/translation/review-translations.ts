import { defineAction } from '../actions/define-action';
import { inTransaction } from '../db/client';
import { fail, ok, type MessageKey } from '../result';
import { roadmapScope } from '../roadmap/scope';
import { asLanguage } from './languages';
import { originalOf } from './originals';
import { reviewTranslationsSchema } from './schemas';
import { stateOf } from './state';
import { parseTextKey } from './texts';

/**
 * A reviewer confirms translations. Only a draft made from the current original can be
 * reviewed: a missing or outdated one is named back, and nothing of it is written.
 */
export const reviewTranslations = defineAction({
  name: 'translation.review',
  input: reviewTranslationsSchema,
  policy: 'roadmap.reviewTranslation',
  scope: (db, input) => roadmapScope(db, input.roadmapId),
  run: (ctx, input) =>
    inTransaction(ctx.db, async (tx) => {
      const roadmap = await tx.roadmap.findUnique({ where: { id: input.roadmapId }, select: { language: true } });
      if (!roadmap) return fail('auth.forbidden');
      if (asLanguage(roadmap.language) === input.language) return fail('translation.originalLanguage');
      const refused: Record<string, MessageKey[]> = {};
      const reviewable: string[] = [];
      for (const key of new Set(input.keys)) {
        const k = parseTextKey(key);
        const original = k ? await originalOf(tx, input.roadmapId, k) : null;
        if (!k || original === null) {
          refused[key] = ['translation.unknownText'];
          continue;
        }
        const row = await tx.textTranslation.findUnique({ where: { targetType_targetId_field_language: { ...k, language: input.language } } });
        const st = stateOf({ original }, row ?? undefined);
        if (st === 'missing' || st === 'outdated') refused[key] = [`translation.state.${st}`];
        else if (st === 'draft') reviewable.push(row!.id);
      }
      if (Object.keys(refused).length) return fail('translation.notReviewable', refused);
      const now = new Date();
      if (reviewable.length) {
        await tx.textTranslation.updateMany({ where: { id: { in: reviewable } }, data: { state: 'REVIEWED', reviewedById: ctx.user.id, reviewedAt: now } });
        await ctx.audit(tx, 'translation.review', { type: 'Roadmap', id: input.roadmapId }, undefined, { language: input.language, keys: input.keys, reviewed: reviewable.length });
      }
      return ok({ reviewed: reviewable.length });
    }),
});
