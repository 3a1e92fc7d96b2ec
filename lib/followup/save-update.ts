import { defineAction } from '../actions/define-action';
import { inTransaction } from '../db/client';
import { fail, ok, type Result } from '../result';
import type { TrackedIndicator } from './indicators';
import { saveUpdateSchema, type UpdateFields } from './schemas';
import { trackedActionScope } from './scope';
import { indicatorErrors, isEditableReview, writableTarget } from './update-rules';

export type SavedUpdate = { status: 'saved'; updateId: string; version: number } | { status: 'conflict'; updateId: string; version: number; server: UpdateFields };

const FIELDS = ['status', 'percent', 'spent', 'indicatorValues', 'done', 'blockers', 'nextSteps'] as const;

function fieldsOf(u: { status: string; percent: number | null; spent: unknown; indicatorValues: unknown; done: string; blockers: string; nextSteps: string }): UpdateFields {
  return {
    status: u.status as UpdateFields['status'], percent: u.percent, spent: u.spent === null || u.spent === undefined ? null : Number(u.spent),
    indicatorValues: (u.indicatorValues as UpdateFields['indicatorValues']) ?? [], done: u.done, blockers: u.blockers, nextSteps: u.nextSteps,
  };
}

/**
 * A lead entity writes its update for a period (a draft until submitted, or a returned update
 * being corrected). The form names the version it started from: a save on a newer version
 * writes nothing and answers the server's text, so that nobody overwrites a colleague.
 */
export const saveUpdate = defineAction({
  name: 'followup.update.save',
  input: saveUpdateSchema,
  policy: 'progress.edit',
  scope: (db, input) => trackedActionScope(db, input.trackedActionId, input.entityId),
  run: (ctx, input) =>
    inTransaction(ctx.db, async (tx): Promise<Result<SavedUpdate>> => {
      const target = await writableTarget(tx, { ...input, now: new Date() });
      if ('error' in target) return fail(target.error!);
      const { action, period } = target;
      const wrong = indicatorErrors(action.indicators as TrackedIndicator[], input.fields.indicatorValues);
      if (wrong) return fail('form.invalid', wrong);
      const f = input.fields;
      const data = { status: f.status, percent: f.percent, spent: f.spent, indicatorValues: f.indicatorValues, done: f.done, blockers: f.blockers, nextSteps: f.nextSteps, updatedById: ctx.user.id };
      const existing = await tx.progressUpdate.findUnique({ where: { periodId_trackedActionId: { periodId: period.id, trackedActionId: action.id } } });
      if (existing && !isEditableReview(existing.review)) return fail(existing.review === 'ACCEPTED' ? 'followup.updateAccepted' : 'followup.updateSubmitted');
      if (!existing) {
        if (input.version !== 0) return fail('followup.conflictGone');
        const created = await tx.progressUpdate.create({
          data: { ...data, followUpId: action.followUpId, periodId: period.id, periodSeq: period.seq, trackedActionId: action.id, countryId: action.countryId, entityId: input.entityId },
        });
        await ctx.audit(tx, 'progress.create', { type: 'ProgressUpdate', id: created.id }, undefined, { period: period.key, actionId: action.id, ...f });
        return ok({ status: 'saved', updateId: created.id, version: created.version });
      }
      const server = fieldsOf(existing);
      if (existing.version !== input.version) return ok({ status: 'conflict', updateId: existing.id, version: existing.version, server });
      const changed = FIELDS.filter((k) => JSON.stringify(server[k]) !== JSON.stringify(f[k]));
      if (!changed.length) return ok({ status: 'saved', updateId: existing.id, version: existing.version });
      const written = await tx.progressUpdate.updateMany({ where: { id: existing.id, version: existing.version }, data: { ...data, version: { increment: 1 } } });
      if (written.count !== 1) return fail('followup.conflictGone');
      await ctx.audit(tx, 'progress.update', { type: 'ProgressUpdate', id: existing.id }, Object.fromEntries(changed.map((k) => [k, server[k]])), Object.fromEntries(changed.map((k) => [k, f[k]])));
      return ok({ status: 'saved', updateId: existing.id, version: existing.version + 1 });
    }),
});

export { fieldsOf as updateFieldsOf };
