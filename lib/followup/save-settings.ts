import { defineAction } from '../actions/define-action';
import { inTransaction, type Prisma } from '../db/client';
import { fail, ok, type Result } from '../result';
import { dueDate, parsePeriod, periodContaining, periodsFrom, type Rhythm } from './periods';
import { NEXT_REVISION } from './revision';
import { followUpSettingsSchema } from './schemas';
import { followUpScope } from './scope';
import { latestApproved, roadmapEndMonth, roadmapStartMonth, syncTrackedActions } from './track-actions';

type Tx = Prisma.TransactionClient;

/** Reporting never runs for ever: a roadmap of several years at a monthly rhythm stays under this. */
const MAX_PERIODS = 120;

/** Writes the periods from the first one to the one holding the roadmap's last month. */
async function writePeriods(tx: Tx, f: { id: string; countryId: string; rhythm: Rhythm; firstPeriod: string; dueDay: number }, lastMonth: number | null) {
  const first = parsePeriod(f.rhythm, f.firstPeriod)!;
  const last = periodContaining(f.rhythm, Math.max(lastMonth ?? first.endMonth, first.endMonth));
  const size = first.endMonth - first.startMonth + 1;
  const count = Math.min(MAX_PERIODS, Math.round((last.startMonth - first.startMonth) / size) + 1);
  const periods = periodsFrom(f.rhythm, first, count);
  await tx.followUpPeriod.createMany({
    data: periods.map((p, i) => ({ followUpId: f.id, countryId: f.countryId, key: p.key, seq: i + 1, startMonth: p.startMonth, endMonth: p.endMonth, dueOn: dueDate(p, f.dueDay) })),
  });
  return periods.length;
}

/**
 * The coordinator opens the follow-up of an approved roadmap (rhythm, first period, due day)
 * or changes its settings. Once an update exists the rhythm and first period stay as they
 * are (the updates are filed under their periods); the due day may still move, for the
 * periods not closed yet.
 */
export const saveFollowUpSettings = defineAction({
  name: 'followup.settings.save',
  input: followUpSettingsSchema,
  policy: 'followup.manage',
  scope: (db, input) => followUpScope(db, input.roadmapId),
  run: (ctx, input, scope) =>
    inTransaction(ctx.db, async (tx): Promise<Result<{ followUpId: string; periods: number }>> => {
      const approved = await latestApproved(tx, input.roadmapId);
      if (!approved) return fail('followup.notApproved');
      const first = parsePeriod(input.rhythm, input.firstPeriod);
      if (!first) return fail('form.invalid', { firstPeriod: ['followup.periodRhythm'] });
      const start = roadmapStartMonth(approved.snapshot);
      if (start !== null && first.startMonth < periodContaining(input.rhythm, start).startMonth) {
        return fail('form.invalid', { firstPeriod: ['followup.beforeRoadmapStart'] });
      }
      const settings = { rhythm: input.rhythm, firstPeriod: first.key, dueDay: input.dueDay };
      const existing = await tx.followUp.findUnique({ where: { roadmapId: input.roadmapId } });
      const countryId = scope.countryId!;
      if (!existing) {
        const f = await tx.followUp.create({ data: { roadmapId: input.roadmapId, countryId, ...settings, versionNumber: approved.number, openedById: ctx.user.id } });
        const periods = await writePeriods(tx, { ...f, rhythm: f.rhythm }, roadmapEndMonth(approved.snapshot));
        const tracked = await syncTrackedActions(tx, f, approved.snapshot, approved.number);
        await ctx.audit(tx, 'followup.open', { type: 'FollowUp', id: f.id }, undefined, { ...settings, version: approved.number, periods, actions: tracked.added });
        return ok({ followUpId: f.id, periods });
      }
      const before = { rhythm: existing.rhythm, firstPeriod: existing.firstPeriod, dueDay: existing.dueDay };
      const reshaped = before.rhythm !== settings.rhythm || before.firstPeriod !== settings.firstPeriod;
      let periods = await tx.followUpPeriod.count({ where: { followUpId: existing.id } });
      if (reshaped) {
        if (await tx.progressUpdate.count({ where: { followUpId: existing.id } })) return fail('followup.settingsLocked');
        await tx.followUpPeriod.deleteMany({ where: { followUpId: existing.id } });
        periods = await writePeriods(tx, { ...existing, ...settings }, roadmapEndMonth(approved.snapshot));
      } else if (before.dueDay !== settings.dueDay) {
        const open = await tx.followUpPeriod.findMany({ where: { followUpId: existing.id, closedAt: null }, select: { id: true, key: true } });
        for (const p of open) await tx.followUpPeriod.update({ where: { id: p.id }, data: { dueOn: dueDate(parsePeriod(settings.rhythm, p.key)!, settings.dueDay) } });
      }
      await tx.followUp.update({ where: { id: existing.id }, data: { ...settings, ...NEXT_REVISION } });
      await ctx.audit(tx, 'followup.settings', { type: 'FollowUp', id: existing.id }, before, settings);
      return ok({ followUpId: existing.id, periods });
    }),
});

