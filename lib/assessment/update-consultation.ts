import { defineAction } from '../actions/define-action';
import { inTransaction } from '../db/client';
import { fail, ok } from '../result';
import { consultationSchema } from './schemas';
import { assessmentScope } from './scope';
import { setupOpen } from './status';

const day = (d: string | null) => (d ? new Date(`${d}T00:00:00.000Z`) : null);

/** The consultation's facts: title, place, dates, organisers, officials, coordinating ministry. */
export const updateConsultation = defineAction({
  name: 'assessment.consultation.update',
  input: consultationSchema,
  policy: 'assessment.manage',
  scope: (db, input) => assessmentScope(db, input.assessmentId),
  run: (ctx, input) =>
    inTransaction(ctx.db, async (tx) => {
      const before = await tx.assessment.findUnique({ where: { id: input.assessmentId } });
      if (!before) return fail('auth.forbidden');
      if (!setupOpen(before.status)) return fail('assessment.closed');
      if (input.coordinatingEntityId) {
        const e = await tx.entity.findUnique({ where: { id: input.coordinatingEntityId }, select: { countryId: true } });
        if (!e || e.countryId !== before.countryId) return fail('form.invalid', { coordinatingEntityId: ['form.invalidReference'] });
      }
      const data = {
        title: input.title, place: input.place || null, startsOn: day(input.startsOn), endsOn: day(input.endsOn),
        organisers: [...new Set(input.organisers)], officialsCount: input.officialsCount, coordinatingEntityId: input.coordinatingEntityId,
      };
      await tx.assessment.update({ where: { id: input.assessmentId }, data });
      await ctx.audit(tx, 'assessment.consultation.update', { type: 'Assessment', id: input.assessmentId }, {
          title: before.title, place: before.place, startsOn: before.startsOn, endsOn: before.endsOn, organisers: before.organisers,
          officialsCount: before.officialsCount, coordinatingEntityId: before.coordinatingEntityId,
        }, data);
      return ok({ id: input.assessmentId });
    }),
});
