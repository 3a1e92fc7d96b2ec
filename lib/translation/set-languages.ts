import { defineAction } from '../actions/define-action';
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
  run: (ctx, input) =>
    inTransaction(ctx.db, async (tx) => {
      const roadmap = await tx.roadmap.findUnique({ where: { id: input.roadmapId }, select: { language: true, publishedIn: true } });
      if (!roadmap) return fail('auth.forbidden');
      const languages = publicationLanguages(roadmap.language, input.languages.join(','));
      const publishedIn = languages.join(',');
      if (publishedIn === roadmap.publishedIn) return ok({ languages });
      await tx.roadmap.update({ where: { id: input.roadmapId }, data: { publishedIn } });
      await ctx.audit(tx, 'roadmap.languages', { type: 'Roadmap', id: input.roadmapId }, { publishedIn: roadmap.publishedIn }, { publishedIn });
      return ok({ languages });
    }),
});
