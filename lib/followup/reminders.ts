// Reminders to the lead entities whose updates are not submitted: a week before the due
// date and on the day itself, in the app and by mail (outbox / SMTP). Each (period, entity,
// kind) is sent once: the unique key of FollowUpReminder decides, even when several app
// instances run this at the same time. Run hourly by the server (instrumentation.ts) and by
// `npm run followup:remind`.
import type { PrismaClient } from '../db/client';
import { prismaErrorKey } from '../db/prisma-errors';
import { notify } from '../roadmap/notify';
import { listPeriodRows } from './period-rows';

const DAY = 86_400_000;

/** Which reminder is due at `now` for a period due on `dueOn`, if any. */
export function reminderKind(dueOn: Date, now: Date): 'WEEK_BEFORE' | 'DUE_DAY' | null {
  const dueDay = Date.UTC(dueOn.getUTCFullYear(), dueOn.getUTCMonth(), dueOn.getUTCDate());
  if (now.getTime() > dueOn.getTime()) return null;
  if (now.getTime() >= dueDay) return 'DUE_DAY';
  if (now.getTime() >= dueDay - 7 * DAY) return 'WEEK_BEFORE';
  return null;
}

export async function sendDueReminders(db: PrismaClient, o: { now: Date; baseUrl: string; countryId?: string }) {
  const periods = await db.followUpPeriod.findMany({
    where: { closedAt: null, dueOn: { gte: o.now, lte: new Date(o.now.getTime() + 8 * DAY) }, ...(o.countryId ? { countryId: o.countryId } : {}) },
    include: { followUp: { select: { id: true, countryId: true, roadmap: { select: { id: true, slug: true, title: true } } } } },
  });
  let sent = 0;
  for (const period of periods) {
    const kind = reminderKind(period.dueOn, o.now);
    if (!kind) continue;
    const rows = await listPeriodRows(db, { countryId: period.countryId, followUpId: period.followUpId, period, now: o.now });
    const entities = [...new Set(rows.filter((r) => !r.update?.submittedAt && r.leadEntityId).map((r) => r.leadEntityId!))];
    for (const entityId of entities) {
      try {
        await db.$transaction(async (tx) => {
          await tx.followUpReminder.create({ data: { periodId: period.id, countryId: period.countryId, entityId, kind } });
          const r = period.followUp.roadmap;
          await notify(tx, {
            countryId: period.countryId, entityIds: [entityId], kind: kind === 'DUE_DAY' ? 'progressDueToday' : 'progressDueSoon',
            payload: { roadmapId: r.id, slug: r.slug, title: r.title, period: period.key, due: period.dueOn.toISOString().slice(0, 10) },
            path: '/follow-up', baseUrl: o.baseUrl,
          });
        });
        sent++;
      } catch (error) {
        if (prismaErrorKey(error) !== 'form.duplicate') throw error; // another instance sent it
      }
    }
  }
  return { sent };
}
