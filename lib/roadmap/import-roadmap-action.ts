import { z } from 'zod';
import { defineAction } from '../actions/define-action';
import { fail } from '../result';
import { importRoadmap, verifyExchange } from './exchange';

export const importRoadmapSchema = z.object({
  slug: z.string().trim().toLowerCase().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'roadmap.slugFormat' }).max(80, { error: 'form.tooLong' }),
  file: z.unknown(),
});

/** Imports an exchange file into the country it names, for someone who may edit that country's roadmaps. */
export const importRoadmapAction = defineAction({
  name: 'roadmap.import',
  input: importRoadmapSchema,
  policy: 'roadmap.edit',
  scope: async (db, input) => {
    const code = (input.file as { draft?: { country?: { code?: unknown } } } | null)?.draft?.country?.code;
    if (typeof code !== 'string') return { countryId: null };
    const country = await db.country.findUnique({ where: { code }, select: { id: true } });
    return { countryId: country?.id ?? null };
  },
  run: async (ctx, input) => {
    const verified = verifyExchange(input.file);
    if (!verified.ok) return verified;
    if (!verified.data.draft.country.code) return fail('roadmap.badFile');
    return importRoadmap(ctx.db, verified.data, { slug: input.slug, audit: ctx.audit });
  },
});
