// Runs once when the server starts. A submitted version's PDFs render in the background in the
// server's worker pool (lib/pdf/prerender.ts; PDF_PRERENDER=0 turns it off). In production the
// pool also starts and warms up now, so that the first download does not pay for loading the
// renderer and its fonts (about a second per worker, more on a busy machine); PDF_WARM=0 turns
// that off.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // Follow-up reminders (a week before and on each due date): now, then every hour. Sending
  // is idempotent across instances (lib/followup/reminders.ts); FOLLOWUP_REMINDERS=0 turns it off.
  if (process.env.FOLLOWUP_REMINDERS !== '0') {
    const { startReminderClock } = await import('./lib/followup/reminder-clock');
    startReminderClock();
  }
  const { getPdfPool } = await import('./lib/pdf/pool');
  if (process.env.PDF_PRERENDER !== '0') {
    const { setPdfPrerenderer } = await import('./lib/pdf/prerender');
    setPdfPrerenderer((doc, options) => getPdfPool().render(doc, options));
  }
  if (process.env.NODE_ENV !== 'production' || process.env.PDF_WARM === '0') return;
  getPdfPool();
}
