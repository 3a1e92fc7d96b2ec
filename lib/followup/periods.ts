// Reporting periods, framework-free (the settings form imports them too). A period's key is
// French, as the roadmap's calendar already is: "2025-T3" (trimestre), "2025-S1" (semestre),
// "2025-07" (month). Months are numbered year * 12 + month (1-12), so that periods and the
// actions' calendars compare as plain numbers.
import { z } from 'zod';

export const RHYTHMS = ['MONTHLY', 'QUARTERLY', 'HALF_YEARLY'] as const;
export type Rhythm = (typeof RHYTHMS)[number];

const MONTHS_PER: Record<Rhythm, number> = { MONTHLY: 1, QUARTERLY: 3, HALF_YEARLY: 6 };
const KEY: Record<Rhythm, RegExp> = {
  MONTHLY: /^(20\d\d)-(0[1-9]|1[0-2])$/,
  QUARTERLY: /^(20\d\d)-[TQ]([1-4])$/,
  HALF_YEARLY: /^(20\d\d)-[SH]([12])$/,
};

export type Period = { key: string; startMonth: number; endMonth: number };

export const monthNumber = (year: number, month: number) => year * 12 + month;
export const yearOf = (m: number) => Math.floor((m - 1) / 12);
export const monthOf = (m: number) => ((m - 1) % 12) + 1;

/** The period of `rhythm` named by `key`, or null when the key does not fit the rhythm. */
export function parsePeriod(rhythm: Rhythm, key: string): Period | null {
  const m = KEY[rhythm].exec(key.trim().toUpperCase());
  if (!m) return null;
  const size = MONTHS_PER[rhythm];
  const startMonth = monthNumber(Number(m[1]), (Number(m[2]) - 1) * (rhythm === 'MONTHLY' ? 1 : size) + 1);
  return { key: periodKey(rhythm, startMonth), startMonth, endMonth: startMonth + size - 1 };
}

/** The key of the period of `rhythm` that contains month `m`. */
export function periodKey(rhythm: Rhythm, m: number): string {
  const year = yearOf(m);
  const month = monthOf(m);
  if (rhythm === 'MONTHLY') return `${year}-${String(month).padStart(2, '0')}`;
  if (rhythm === 'QUARTERLY') return `${year}-T${Math.ceil(month / 3)}`;
  return `${year}-S${Math.ceil(month / 6)}`;
}

export function periodContaining(rhythm: Rhythm, m: number): Period {
  return parsePeriod(rhythm, periodKey(rhythm, m))!;
}

/** `count` consecutive periods from `first`. */
export function periodsFrom(rhythm: Rhythm, first: Period, count: number): Period[] {
  const size = MONTHS_PER[rhythm];
  return Array.from({ length: count }, (_, i) => {
    const startMonth = first.startMonth + i * size;
    return { key: periodKey(rhythm, startMonth), startMonth, endMonth: startMonth + size - 1 };
  });
}

/** The day updates of a period are due: `dueDay` of the month after it ends, at 23:59:59 UTC. */
export function dueDate(period: Period, dueDay: number): Date {
  const next = period.endMonth + 1;
  const lastDay = new Date(Date.UTC(yearOf(next), monthOf(next), 0)).getUTCDate();
  return new Date(Date.UTC(yearOf(next), monthOf(next) - 1, Math.min(dueDay, lastDay), 23, 59, 59));
}

export const monthOfDate = (d: Date) => monthNumber(d.getUTCFullYear(), d.getUTCMonth() + 1);

/** A roadmap calendar value ("2025-T1", "2025-Q1" or "2025-03") as its first and last month. */
export function calendarMonths(value: string | null | undefined): { start: number; end: number } | null {
  if (!value) return null;
  const q = /^(20\d\d)-[TQ]([1-4])$/.exec(value);
  if (q) { const s = monthNumber(Number(q[1]), (Number(q[2]) - 1) * 3 + 1); return { start: s, end: s + 2 }; }
  const m = /^(20\d\d)-(0[1-9]|1[0-2])$/.exec(value);
  if (m) { const s = monthNumber(Number(m[1]), Number(m[2])); return { start: s, end: s }; }
  return null;
}

const MONTH_NAMES = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
} as const;

/** "3e trimestre 2025" / "Q3 2025"; "1er semestre 2025" / "H1 2025"; "juillet 2025" / "July 2025". */
export function periodLabel(key: string, locale: 'fr' | 'en'): string {
  const q = /^(20\d\d)-[TQ]([1-4])$/.exec(key);
  if (q) return locale === 'fr' ? `${q[2] === '1' ? '1er' : `${q[2]}e`} trimestre ${q[1]}` : `Q${q[2]} ${q[1]}`;
  const s = /^(20\d\d)-[SH]([12])$/.exec(key);
  if (s) return locale === 'fr' ? `${s[2] === '1' ? '1er' : '2e'} semestre ${s[1]}` : `H${s[2]} ${s[1]}`;
  const m = /^(20\d\d)-(0[1-9]|1[0-2])$/.exec(key);
  if (m) return `${MONTH_NAMES[locale][Number(m[2]) - 1]} ${m[1]}`;
  return key;
}

/** For a chart's axis: "T3 2025" / "Q3 2025", "S1 2025" / "H1 2025", "07/2025". */
export function shortPeriodLabel(key: string, locale: 'fr' | 'en'): string {
  const q = /^(20\d\d)-[TQ]([1-4])$/.exec(key);
  if (q) return `${locale === 'fr' ? 'T' : 'Q'}${q[2]} ${q[1]}`;
  const s = /^(20\d\d)-[SH]([12])$/.exec(key);
  if (s) return `${locale === 'fr' ? 'S' : 'H'}${s[2]} ${s[1]}`;
  const m = /^(20\d\d)-(0[1-9]|1[0-2])$/.exec(key);
  if (m) return `${m[2]}/${m[1]}`;
  return key;
}

/** The short English form of a key: "2025-Q3", "2025-H1", months unchanged. */
export function englishKey(key: string): string {
  return key.replace(/-T(\d)$/, '-Q$1').replace(/-S(\d)$/, '-H$1');
}

export const periodKeySchema = z.string().trim().toUpperCase().regex(/^20\d\d-(?:[TQ][1-4]|[SH][12]|0[1-9]|1[0-2])$/, { error: 'followup.periodFormat' })
  // English keys name the same periods: store the French one.
  .transform((k) => k.replace(/-Q(\d)$/, '-T$1').replace(/-H(\d)$/, '-S$1'));
