import { defineAction } from '../actions/define-action';
import { inTransaction } from '../db/client';
import { fail, ok } from '../result';
import { createAssessmentSchema } from './schemas';

/**
 * Opens an assessment for a country on a published version of the framework (an admin or
 * a UN reviewer does, then invites the national coordinator). It starts in preparation.
 */
export const createAssessment = defineAction({
  name: 'assessment.create',
  input: createAssessmentSchema,
  policy: 'assessment.create',
  scope: async (db, input) => {
    const c = await db.country.findUnique({ where: { id: input.countryId }, select: { id: true } });
    return c ? { countryId: c.id } : null;
  },
  run: (ctx, input) =>
    inTransaction(ctx.db, async (tx) => {
      const fw = await tx.frameworkVersion.findUnique({ where: { id: input.frameworkVersionId }, select: { status: true } });
      if (!fw || fw.status !== 'PUBLISHED') return fail('form.invalid', { frameworkVersionId: ['assessment.frameworkUnavailable'] });
      const a = await tx.assessment.create({
        data: { countryId: input.countryId, frameworkVersionId: input.frameworkVersionId, title: input.title, organisers: [], createdById: ctx.user.id },
      });
      await ctx.audit(tx, 'assessment.create', { type: 'Assessment', id: a.id }, undefined, { title: input.title, frameworkVersionId: input.frameworkVersionId });
      return ok({ id: a.id });
    }),
});
