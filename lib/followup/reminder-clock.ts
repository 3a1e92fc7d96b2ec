// The server's hourly run of the follow-up reminders. A failure is logged, never thrown:
// the next hour tries again, and sending stays idempotent.
import { publicBaseUrl } from '../http/base-url';
import { db } from '../db';
import { sendDueReminders } from './reminders';

const HOUR = 3_600_000;
let started = false;

export function startReminderClock() {
  if (started) return;
  started = true;
  const run = () => sendDueReminders(db, { now: new Date(), baseUrl: publicBaseUrl() }).catch((error) => console.error('follow-up reminders failed', error));
  void run();
  setInterval(run, HOUR).unref();
}
