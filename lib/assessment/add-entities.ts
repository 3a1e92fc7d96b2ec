import { defineAction } from '../actions/define-action';
import { inTransaction } from '../db/client';
import { fail, ok } from '../result';
import { addEntitiesSchema } from './schemas';
import { assessmentScope } from './scope';
import { setupOpen } from './status';

/** Adds participating entities from the country's register; those already in stay as they are. */
export const addEntities = defineAction({
  name: 'assessment.entities.add',
  input: addEntitiesSchema,
  policy: 'assessment.manage',
  scope: (db, input) => assessmentScope(db, input.assessmentId),
  run: (ctx, input) =>
    inTransaction(ctx.db, async (tx) => {
      const a = await tx.assessment.findUnique({ where: { id: input.assessmentId }, select: { status: true, countryId: true } });
      if (!a) return fail('auth.forbidden');
      if (!setupOpen(a.status)) return fail('assessment.closed');
      const ids = [...new Set(input.entityIds)];
      const found = await tx.entity.findMany({ where: { id: { in: ids }, countryId: a.countryId, active: true }, select: { id: true } });
      if (found.length !== ids.length) return fail('form.invalid', { entityIds: ['form.invalidReference'] });
      const present = new Set((await tx.assessmentEntity.findMany({ where: { assessmentId: input.assessmentId }, select: { entityId: true } })).map((p) => p.entityId));
      const added = ids.filter((e) => !present.has(e));
      for (const entityId of added) await tx.assessmentEntity.create({ data: { assessmentId: input.assessmentId, entityId } });
      if (added.length) {
        await ctx.audit(tx, 'assessment.entities.add', { type: 'Assessment', id: input.assessmentId }, undefined, { entityIds: added });
      }
      return ok({ added: added.length });
    }),
});
