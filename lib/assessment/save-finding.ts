import { defineAction } from '../actions/define-action';
import { formRevisions } from '../versioned-save/form-revisions';
import { versionedSave, type VersionedForm, type VersionedSaved } from '../versioned-save/versioned-save';
import { EMPTY_FINDING, saveFindingSchema, type FindingValues } from './schemas';
import { findingsOpen } from './status';
import { findingData, findingOf } from './values';

export type FindingSaved = VersionedSaved<FindingValues>;

/**
 * The coordinator's consolidated finding for one question, what the roadmap is drafted
 * from. Saved like an answer, by the versioned-save engine: field by field, merged with a
 * concurrent save of other fields, a conflict with both texts on the same field (two
 * coordinators, or two tabs). Every save is a FormRevision and an audit event.
 */
export const saveFinding = defineAction({
  name: 'finding.save',
  input: saveFindingSchema,
  policy: 'finding.edit',
  scope: async (db, input) => {
    const q = await db.question.findUnique({ where: { id: input.questionId }, select: { frameworkVersionId: true } });
    const a = await db.assessment.findUnique({ where: { id: input.assessmentId }, select: { countryId: true, frameworkVersionId: true } });
    return q && a && q.frameworkVersionId === a.frameworkVersionId ? { countryId: a.countryId, assessmentId: input.assessmentId } : null;
  },
  run: (ctx, input, scope) => {
    const revisions = formRevisions<FindingValues>('Finding', scope.countryId!);
    const form: VersionedForm<{ assessmentId: string; questionId: string }, FindingValues> = {
      async read(tx, key) {
        const assessment = await tx.assessment.findUnique({ where: { id: key.assessmentId }, select: { status: true } });
        if (!assessment) return { refused: 'auth.forbidden' };
        if (!findingsOpen(assessment.status)) return { refused: 'consolidation.closed' };
        const row = await tx.finding.findUnique({ where: { assessmentId_questionId: key }, include: { updatedBy: { select: { name: true } } } });
        return { row: row && { id: row.id, version: row.version, values: findingOf(row), updatedAt: row.updatedAt, updatedById: row.updatedById, updatedBy: row.updatedBy?.name ?? null } };
      },
      create: (tx, key, d) => tx.finding.create({ data: { ...key, ...findingData(d.changes), updatedById: d.actorId, version: 1 }, select: { id: true, updatedAt: true } }),
      update: async (tx, id, version, d) =>
        (await tx.finding.updateMany({ where: { id, version }, data: { ...findingData(d.changes), updatedById: d.actorId, version: version + 1 } })).count === 1,
      async record(tx, w) {
        await revisions.record(tx, w);
        await ctx.audit(tx, 'finding.save', { type: 'Finding', id: w.id }, w.before, { ...w.after, version: w.version });
      },
      findSave: revisions.findSave,
    };
    return versionedSave(ctx, form, { assessmentId: input.assessmentId, questionId: input.questionId }, input, EMPTY_FINDING);
  },
});
