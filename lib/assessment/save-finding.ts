import { defineAction } from '../actions/define-action';
import { inTransaction } from '../db/client';
import { prismaErrorKey } from '../db/prisma-errors';
import { fail, ok, type Result } from '../result';
import { mergeFields, type FieldConflict } from './merge';
import { saveFindingSchema, type FindingValues } from './schemas';
import { findingsOpen } from './status';
import { findingData, findingOf } from './values';

export type FindingSaved = {
  status: 'saved' | 'conflict';
  version: number;
  values: FindingValues;
  updatedAt: string | null;
  updatedBy: string | null;
  conflicts: FieldConflict<FindingValues>[];
};

class Raced extends Error {}

/**
 * The coordinator's consolidated finding for one question, what the roadmap is drafted
 * from. Saved like an answer: field by field, merged with a concurrent save of other
 * fields, a conflict with both texts on the same field (two coordinators, or two tabs).
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
  run: async (ctx, input): Promise<Result<FindingSaved>> => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await inTransaction(ctx.db, async (tx) => {
          const assessment = await tx.assessment.findUnique({ where: { id: input.assessmentId }, select: { status: true } });
          if (!assessment) return fail('auth.forbidden');
          if (!findingsOpen(assessment.status)) return fail('consolidation.closed');
          const key = { assessmentId: input.assessmentId, questionId: input.questionId };
          const row = await tx.finding.findUnique({ where: { assessmentId_questionId: key }, include: { updatedBy: { select: { name: true } } } });
          const current = findingOf(row);
          const version = row?.version ?? 0;
          if (input.baseVersion > version) return fail('questionnaire.unknownVersion');
          const answer = (v: FindingValues, n: number, at: Date | null, by: string | null, status: FindingSaved['status'], conflicts: FindingSaved['conflicts'] = []) =>
            ok<FindingSaved>({ status, version: n, values: v, updatedAt: at?.toISOString() ?? null, updatedBy: by, conflicts });

          const merged = mergeFields(current, input);
          if (merged.kind === 'conflict') return answer(current, version, row?.updatedAt ?? null, row?.updatedBy?.name ?? null, 'conflict', merged.conflicts);
          if (merged.changed.length === 0) return answer(current, version, row?.updatedAt ?? null, row?.updatedBy?.name ?? null, 'saved');

          const changes = Object.fromEntries(merged.changed.map((f) => [f, merged.values[f]])) as Partial<FindingValues>;
          const data = { ...findingData(changes), updatedById: ctx.user.id };
          let saved: { id: string; version: number; updatedAt: Date };
          if (!row) {
            saved = await tx.finding.create({ data: { ...key, ...data, version: 1 }, select: { id: true, version: true, updatedAt: true } });
          } else {
            const n = await tx.finding.updateMany({ where: { id: row.id, version }, data: { ...data, version: version + 1 } });
            if (n.count !== 1) throw new Raced();
            saved = { id: row.id, version: version + 1, updatedAt: new Date() };
          }
          await ctx.audit(tx, 'finding.save', { type: 'Finding', id: saved.id }, Object.fromEntries(merged.changed.map((f) => [f, current[f]])), { ...changes, version: saved.version });
          return answer(merged.values, saved.version, saved.updatedAt, ctx.user.name, 'saved');
        });
      } catch (error) {
        const raced = error instanceof Raced || prismaErrorKey(error) === 'form.duplicate';
        if (!raced || attempt >= 4) throw error;
      }
    }
  },
});
