import { defineAction } from '../actions/define-action';
import { inTransaction } from '../db/client';
import { translator } from '../i18n/translate';
import { fail, ok } from '../result';
import { createRoadmapSchema } from './schemas';
import { inLocale } from '../i18n/pick';
import { freeSlug, slugify } from './slug';
import { partnerArgs } from '../partners';

/**
 * A roadmap for an assessment, with its context and methodology prefilled from the
 * consultation's facts (place, dates, officials and entities, organisers), in the
 * language of the country's work.
 */
export const createRoadmap = defineAction({
  name: 'roadmap.create',
  input: createRoadmapSchema,
  policy: 'roadmap.edit',
  scope: async (db, input) => {
    const a = await db.assessment.findUnique({ where: { id: input.assessmentId }, select: { countryId: true } });
    return a ? { countryId: a.countryId } : null;
  },
  run: (ctx, input) =>
    inTransaction(ctx.db, async (tx) => {
      const taken = async (slug: string) => !!(await tx.roadmap.findUnique({ where: { slug }, select: { id: true } }));
      // An address typed by hand must be free; one derived from the title takes the next free variant.
      if (input.slug && (await taken(input.slug))) return fail('form.invalid', { slug: ['roadmap.slugTaken'] });
      const slug = input.slug ?? (await freeSlug(slugify(input.title), taken));
      const a = await tx.assessment.findUniqueOrThrow({
        where: { id: input.assessmentId },
        include: { coordinatingEntity: true, _count: { select: { entities: true } } },
      });
      const language = ctx.locale;
      const prefill = consultationTexts(language, {
        place: a.place, startsOn: a.startsOn, endsOn: a.endsOn,
        officials: a.officialsCount, entities: a._count.entities, organisers: (a.organisers as string[]) ?? [],
        coordinator: a.coordinatingEntity ? inLocale(language, a.coordinatingEntity, 'name') : null,
      });
      const roadmap = await tx.roadmap.create({
        data: { slug, title: input.title, countryId: a.countryId, assessmentId: a.id, language, context: prefill.context, methodology: prefill.methodology },
      });
      await ctx.audit(tx, 'roadmap.create', { type: 'Roadmap', id: roadmap.id }, undefined, { slug, title: input.title });
      return ok({ id: roadmap.id, slug: roadmap.slug });
    }),
});

type Facts = {
  place: string | null; startsOn: Date | null; endsOn: Date | null; officials: number | null;
  entities: number; organisers: string[]; coordinator: string | null;
};

export function consultationTexts(locale: 'fr' | 'en', f: Facts) {
  const t = translator(locale, 'roadmapText');
  const date = (d: Date | null) => (d ? new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(d) : '…');
  // Each organiser by its acronym in the language, with its article in French (« du PNUD et de la DECT »).
  const list = new Intl.ListFormat(locale, { type: 'conjunction' }).format(f.organisers.length ? f.organisers.map((o) => t('organiser', partnerArgs(o, locale))) : [t('organiser', { entity: '…', article: 'none' })]);
  return {
    context: t('context'),
    methodology: t('methodology', {
      place: f.place ?? '…', start: date(f.startsOn), end: date(f.endsOn), officials: f.officials ?? 0, entities: f.entities,
      organisers: list, coordinator: f.coordinator ?? '…',
    }),
  };
}
