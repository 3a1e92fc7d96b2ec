// npm run followup:remind [-- --at 2025-04-08T09:00:00Z]
// Sends the follow-up reminders due now (a week before and on each due date), once each.
// The server does the same every hour; this is for a cron job or to try it by hand.
import { createClient } from '../../lib/db/client';
import { sendDueReminders } from '../../lib/followup/reminders';
import { publicBaseUrl } from '../../lib/http/base-url';
import { runCli } from '../cli';

runCli(async () => {
  const at = process.argv.indexOf('--at');
  const now = at > 0 ? new Date(process.argv[at + 1]) : new Date();
  if (Number.isNaN(now.getTime())) throw new Error('--at takes a date, e.g. 2025-04-08T09:00:00Z');
  const db = createClient();
  const { sent } = await sendDueReminders(db, { now, baseUrl: publicBaseUrl() });
  console.log(`${sent} reminder(s) sent`);
  await db.$disconnect();
});
