import { defineAction } from '../actions/define-action';
import { recordEvent } from '../audit/record-event';
import { inTransaction } from '../db/client';
import { fail, ok } from '../result';
import { roadmapScope } from '../roadmap/scope';
import { publicationLanguages } from './languages';
import { publicationLanguagesSchema } from './schemas';

/** The languages a roadmap is published in; its original language always is one. */
export const setPublicationLanguages = defineAction({
  name: 'translation.languages.set',
  input: publicationLanguagesSchema,
  policy: 'roadmap.edit',
  scope: (db, input) => roadmapScope(db, input.roadmapId),
  run: (ctx, input, scope) =>
    inTransaction(ctx.db, async (tx) => {
      const roadmap = await tx.roadmap.findUnique({ where: { id: input.roadmapId }, select: { language: true, publishedIn: true } });
      if (!roadmap) return fail('auth.forbidden');
      const languages = publicationLanguages(roadmap.language, input.languages.join(','));
      const publishedIn = languages.join(',');
      if (publishedIn === roadmap.publishedIn) return ok({ languages });
      await tx.roadmap.update({ where: { id: input.roadmapId }, data: { publishedIn } });
      await recordEvent(tx, {
        actorId: ctx.user.id, countryId: scope.countryId, action: 'roadmap.languages', targetType: 'Roadmap', targetId: input.roadmapId,
        before: { publishedIn: roadmap.publishedIn }, after: { publishedIn }, ip: ctx.ip, userAgent: ctx.userAgent,
      });
      return ok({ languages });
    }),
});
