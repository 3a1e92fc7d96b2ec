import { defineAction } from '../actions/define-action';
import { inTransaction } from '../db/client';
import { fail, ok } from '../result';
import { assignSchema } from './schemas';
import { assessmentScope } from './scope';
import { setupOpen } from './status';

/**
 * Assigns whole areas and single questions to several entities at once, or takes them
 * back. An assignment the entity has already answered is kept when taking back: the
 * answer would otherwise vanish from its questionnaire.
 */
export const assignQuestions = defineAction({
  name: 'assessment.assign',
  input: assignSchema,
  policy: 'assessment.manage',
  scope: (db, input) => assessmentScope(db, input.assessmentId),
  run: (ctx, input) =>
    inTransaction(ctx.db, async (tx) => {
      const a = await tx.assessment.findUnique({ where: { id: input.assessmentId }, select: { status: true, frameworkVersionId: true } });
      if (!a) return fail('auth.forbidden');
      if (!setupOpen(a.status)) return fail('assessment.closed');
      const entityIds = [...new Set(input.entityIds)];
      const participants = await tx.assessmentEntity.count({ where: { assessmentId: input.assessmentId, entityId: { in: entityIds } } });
      if (participants !== entityIds.length) return fail('form.invalid', { entityIds: ['assessment.notParticipant'] });
      const areaIds = [...new Set(input.areaIds)];
      const areas = await tx.area.count({ where: { id: { in: areaIds }, frameworkVersionId: a.frameworkVersionId } });
      if (areas !== areaIds.length) return fail('form.invalid', { areaIds: ['form.invalidReference'] });
      const questionIds = [...new Set(input.questionIds)];
      const single = await tx.question.count({ where: { id: { in: questionIds }, frameworkVersionId: a.frameworkVersionId } });
      if (single !== questionIds.length) return fail('form.invalid', { questionIds: ['form.invalidReference'] });
      const inAreas = await tx.question.findMany({ where: { areaId: { in: areaIds } }, select: { id: true } });
      const questions = [...new Set([...questionIds, ...inAreas.map((q) => q.id)])];

      const existing = await tx.assignment.findMany({
        where: { assessmentId: input.assessmentId, entityId: { in: entityIds }, questionId: { in: questions } },
        select: { id: true, entityId: true, questionId: true },
      });
      const has = new Set(existing.map((x) => `${x.entityId}/${x.questionId}`));
      let added = 0;
      let removed = 0;
      let kept = 0;
      if (input.mode === 'add') {
        const rows = entityIds.flatMap((entityId) => questions.filter((q) => !has.has(`${entityId}/${q}`)).map((questionId) => ({ assessmentId: input.assessmentId, entityId, questionId })));
        if (rows.length) added = (await tx.assignment.createMany({ data: rows })).count;
      } else {
        const answered = new Set(
          (await tx.response.findMany({ where: { assessmentId: input.assessmentId, entityId: { in: entityIds }, questionId: { in: questions } }, select: { entityId: true, questionId: true } }))
            .map((r) => `${r.entityId}/${r.questionId}`),
        );
        const removable = existing.filter((x) => !answered.has(`${x.entityId}/${x.questionId}`));
        kept = existing.length - removable.length;
        if (removable.length) removed = (await tx.assignment.deleteMany({ where: { id: { in: removable.map((x) => x.id) } } })).count;
      }
      if (added || removed) {
        await ctx.audit(tx, `assessment.assign.${input.mode}`, { type: 'Assessment', id: input.assessmentId }, undefined, { entityIds, areaIds, questionIds, added, removed, kept });
      }
      return ok({ added, removed, kept });
    }),
});
