import { defineAction } from '../actions/define-action';
import type { Prisma } from '../db/client';
import { fail, ok, type Result } from '../result';
import { formRevisions } from '../versioned-save/form-revisions';
import { versionedSave, type VersionedForm, type VersionedSaved } from '../versioned-save/versioned-save';
import type { IndicatorValue, TrackedIndicator } from './indicators';
import { touchFollowUp } from './revision';
import { EMPTY_UPDATE, indicatorList, saveUpdateSchema, valuesOfFields, type UpdateFields, type UpdateValues } from './schemas';
import { trackedActionScope } from './scope';
import { indicatorErrors, isEditableReview, writableTarget } from './update-rules';

export type SavedUpdate = VersionedSaved<UpdateValues> & { updateId: string | null };

type Stored = { status: string; percent: number | null; spent: unknown; indicatorValues: unknown; done: string; blockers: string; nextSteps: string };

/** An update's row as the form's values. */
export function updateValuesOf(u: Stored): UpdateValues {
  return valuesOfFields({
    status: u.status as UpdateFields['status'], percent: u.percent, spent: u.spent === null || u.spent === undefined ? null : Number(u.spent),
    indicatorValues: (u.indicatorValues as { index: number; value: IndicatorValue }[] | null) ?? [], done: u.done, blockers: u.blockers, nextSteps: u.nextSteps,
  });
}

const COLUMNS = ['status', 'percent', 'spent', 'done', 'blockers', 'nextSteps'] as const;

/** The columns a save writes: the plain fields, and the indicator list when an indicator changed. */
function columns(changes: Partial<UpdateValues>, current: UpdateValues) {
  const data: Record<string, unknown> = Object.fromEntries(COLUMNS.filter((k) => k in changes).map((k) => [k, changes[k]]));
  if (Object.keys(changes).some((k) => k.startsWith('indicator'))) data.indicatorValues = indicatorList({ ...current, ...changes });
  return data as Prisma.ProgressUpdateUncheckedUpdateInput;
}

/**
 * A lead entity writes its update for a period (a draft until submitted, or a returned update
 * being corrected), saved as the person types by the versioned-save engine: field by field,
 * merged with a colleague's save of other fields, a conflict with both texts on the same
 * field, never a silent overwrite. Every save is a FormRevision and an audit event.
 */
export const saveUpdate = defineAction({
  name: 'followup.update.save',
  input: saveUpdateSchema,
  policy: 'progress.edit',
  scope: (db, input) => trackedActionScope(db, input.trackedActionId, input.entityId),
  run: async (ctx, input, scope): Promise<Result<SavedUpdate>> => {
    const revisions = formRevisions<UpdateValues>('ProgressUpdate', scope.countryId!);
    let target: { action: { id: string; followUpId: string; countryId: string }; period: { id: string; key: string; seq: number } } | null = null;
    let current: UpdateValues = EMPTY_UPDATE;
    let updateId: string | null = null;
    let wrote = false;
    const form: VersionedForm<null, UpdateValues> = {
      async read(tx) {
        const t = await writableTarget(tx, { action: scope.action, entityId: input.entityId, period: input.period, now: new Date() });
        if ('error' in t) return { refused: t.error! };
        target = t;
        const row = await tx.progressUpdate.findUnique({
          where: { periodId_trackedActionId: { periodId: t.period.id, trackedActionId: t.action.id } },
        });
        if (row && !isEditableReview(row.review)) return { refused: row.review === 'ACCEPTED' ? 'followup.updateAccepted' : 'followup.updateSubmitted' };
        current = row ? updateValuesOf(row) : EMPTY_UPDATE;
        updateId = row?.id ?? null;
        return { row: row && { id: row.id, version: row.version, values: current, updatedAt: row.updatedAt, updatedById: row.updatedById } };
      },
      async create(tx, _key, d) {
        const { action, period } = target!;
        const created = await tx.progressUpdate.create({
          data: {
            ...(columns({ ...EMPTY_UPDATE, ...d.changes }, EMPTY_UPDATE) as Prisma.ProgressUpdateUncheckedCreateInput),
            indicatorValues: indicatorList({ ...EMPTY_UPDATE, ...d.changes }),
            followUpId: action.followUpId, periodId: period.id, periodSeq: period.seq, trackedActionId: action.id, countryId: action.countryId,
            entityId: input.entityId, updatedById: d.actorId, version: 1,
          },
          select: { id: true, updatedAt: true },
        });
        updateId = created.id;
        return created;
      },
      update: async (tx, id, version, d) =>
        (await tx.progressUpdate.updateMany({ where: { id, version, review: { in: ['DRAFT', 'RETURNED'] } }, data: { ...columns(d.changes, current), updatedById: d.actorId, version: version + 1 } })).count === 1,
      async record(tx, w) {
        await revisions.record(tx, w);
        const p = target!;
        wrote = true;
        await ctx.audit(tx, w.version === 1 ? 'progress.create' : 'progress.update', { type: 'ProgressUpdate', id: w.id }, w.version === 1 ? undefined : w.before, { ...w.after, period: p.period.key, actionId: p.action.id, version: w.version });
      },
      findSave: revisions.findSave,
      authorName: async (tx, row) => (row.updatedById ? ((await tx.user.findUnique({ where: { id: row.updatedById }, select: { name: true } }))?.name ?? null) : null),
    };
    // A value of the wrong type for its indicator is the writer's to correct: said per field.
    const wrong = indicatorErrors(scope.action.indicators as TrackedIndicator[], input.changes);
    if (wrong) return fail('form.invalid', wrong);
    const r = await versionedSave(ctx, form, null, input, EMPTY_UPDATE);
    // Right after the commit, not in the transaction: the contributors of a whole country save
    // their drafts every few seconds, and in the transaction each would hold the follow-up's
    // row (and, on SQLite, the database) across one more round trip (docs/decisions/018).
    if (wrote) await touchFollowUp(ctx.db, scope.action.followUpId);
    return r.ok ? ok({ ...r.data, updateId }) : r;
  },
});
