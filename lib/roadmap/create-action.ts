import { defineAction } from '../actions/define-action';
import { inTransaction } from '../db/client';
import { fail, ok } from '../result';
import { checkReferences, editableRoadmap, scalarData, writeLinks } from './action-fields';
import { createActionSchema } from './schemas';
import { isEditable, roadmapScope } from './scope';

export const createAction = defineAction({
  name: 'roadmap.action.create',
  input: createActionSchema,
  policy: 'roadmap.edit',
  scope: (db, input) => roadmapScope(db, input.roadmapId),
  run: (ctx, input) =>
    inTransaction(ctx.db, async (tx) => {
      const roadmap = await editableRoadmap(tx, input.roadmapId);
      if (!roadmap) return fail('auth.forbidden');
      if (!isEditable(roadmap.status)) return fail('roadmap.notEditable');
      const bad = await checkReferences(tx, { countryId: roadmap.countryId, frameworkVersionId: roadmap.assessment?.frameworkVersionId ?? null }, input.fields);
      if (bad) return fail('form.invalid', bad);
      const last = await tx.action.aggregate({ where: { roadmapId: roadmap.id }, _max: { order: true } });
      const action = await tx.action.create({
        data: { roadmapId: roadmap.id, order: (last._max.order ?? 0) + 1, origin: 'MANUAL', editedAt: new Date(), ...scalarData(input.fields) },
      });
      await writeLinks(tx, action.id, input.fields);
      await ctx.audit(tx, 'roadmap.action.create', { type: 'Action', id: action.id }, undefined, input.fields);
      return ok({ id: action.id, version: action.version });
    }),
});
