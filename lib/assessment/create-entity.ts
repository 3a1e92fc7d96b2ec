import { defineAction } from '../actions/define-action';
import { inTransaction } from '../db/client';
import { guessFrenchArticle } from '../i18n/entity-name';
import { fail, ok } from '../result';
import { createEntitySchema } from './schemas';
import { assessmentScope } from './scope';
import { setupOpen } from './status';

/**
 * Adds a body missing from the country's register (names are data, edited later in the
 * register) and makes it a participant of the assessment in the same step.
 */
export const createEntity = defineAction({
  name: 'assessment.entities.create',
  input: createEntitySchema,
  policy: 'entity.manage',
  scope: (db, input) => assessmentScope(db, input.assessmentId),
  run: (ctx, input) =>
    inTransaction(ctx.db, async (tx) => {
      const a = await tx.assessment.findUnique({ where: { id: input.assessmentId }, select: { status: true, countryId: true } });
      if (!a) return fail('auth.forbidden');
      if (!setupOpen(a.status)) return fail('assessment.closed');
      const taken = await tx.entity.findUnique({ where: { countryId_code: { countryId: a.countryId, code: input.code } }, select: { id: true } });
      if (taken) return fail('form.invalid', { code: ['assessment.codeTaken'] });
      const articleFr = input.articleFr === 'NONE' ? null : (input.articleFr ?? guessFrenchArticle(input.nameFr));
      const entity = await tx.entity.create({
        data: { countryId: a.countryId, code: input.code, acronym: input.acronym || null, nameFr: input.nameFr, nameEn: input.nameEn, articleFr, kind: input.kind },
      });
      await tx.assessmentEntity.create({ data: { assessmentId: input.assessmentId, entityId: entity.id } });
      await ctx.audit(tx, 'entity.create', { type: 'Entity', id: entity.id }, undefined, { code: input.code, nameFr: input.nameFr, nameEn: input.nameEn, articleFr, kind: input.kind, assessmentId: input.assessmentId });
      return ok({ id: entity.id });
    }),
});
