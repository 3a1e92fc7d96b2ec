// Calendar dates typed as people write them: the date fields show day/month/year in both
// languages (a browser's own date picker follows the browser's language, not the page's, and
// shows mm/dd/yyyy on a French page). The server accepts that form and ISO (yyyy-mm-dd, what
// links and older forms send) and keeps ISO.
import { z } from 'zod';

const DMY = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/;

/** `31/12/2025`, `31.12.2025` or `2025-12-31` as `2025-12-31`; anything else unchanged (the schema then refuses it). */
export function toIsoDate(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const m = DMY.exec(value);
  return m ? `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : value.trim();
}

/** `2025-12-31` as `31/12/2025`, for a field's value. */
export const toDayMonthYear = (iso: string | null | undefined) => (iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso.split('-').reverse().join('/') : (iso ?? ''));

/** An ISO calendar date, given as ISO or day/month/year. */
export const calendarDate = (error: string) => z.preprocess(toIsoDate, z.iso.date({ error }));
