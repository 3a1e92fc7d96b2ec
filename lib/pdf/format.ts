// Number, date and period formats of the document's language.
import type { Currency, InstrumentRef, PdfLocale } from './types';
import { languageTag } from '@/lib/i18n/pick';

const tag = languageTag;

export function formatDate(iso: string, locale: PdfLocale) {
  const d = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
  return new Intl.DateTimeFormat(tag(locale), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
}

export function formatDateRange(from: string, to: string, locale: PdfLocale) {
  const a = new Date(`${from.slice(0, 10)}T12:00:00Z`);
  const b = new Date(`${to.slice(0, 10)}T12:00:00Z`);
  return new Intl.DateTimeFormat(tag(locale), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).formatRange(a, b);
}

// XOF has no minor unit in practice; EUR and USD amounts here are estimates too.
export function formatMoney(amount: number, currency: Currency, locale: PdfLocale) {
  const n = new Intl.NumberFormat(tag(locale), { maximumFractionDigits: 0 }).format(amount);
  return `${n}\u00a0${currency}`;
}

export function formatNumber(n: number, locale: PdfLocale) {
  return new Intl.NumberFormat(tag(locale), { maximumFractionDigits: 0 }).format(n);
}

export type Quarter = { year: number; quarter: number }; // quarter 1-4

/** "2025-T1", "2025-Q1" or a month "2025-03" -> its quarter; null when unreadable. */
export function parsePeriod(value: string | null): Quarter | null {
  if (!value) return null;
  const q = /^(\d{4})-[TQ]([1-4])$/i.exec(value.trim());
  if (q) return { year: Number(q[1]), quarter: Number(q[2]) };
  const m = /^(\d{4})-(\d{2})$/.exec(value.trim());
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return { year: Number(m[1]), quarter: Math.ceil(Number(m[2]) / 3) };
  return null;
}

export const quarterIndex = (q: Quarter) => q.year * 4 + (q.quarter - 1);
export const quarterOf = (index: number): Quarter => ({ year: Math.floor(index / 4), quarter: (index % 4) + 1 });

/** "T1 2025" in French, "Q1 2025" in English. */
export function formatQuarter(q: Quarter, locale: PdfLocale) {
  return `${locale === 'fr' ? 'T' : 'Q'}${q.quarter}\u00a0${q.year}`;
}

export function formatPeriod(start: string | null, end: string | null, locale: PdfLocale) {
  const s = parsePeriod(start);
  const e = parsePeriod(end);
  if (!s && !e) return '–';
  if (s && e && quarterIndex(s) === quarterIndex(e)) return formatQuarter(s, locale);
  return `${s ? formatQuarter(s, locale) : '…'} – ${e ? formatQuarter(e, locale) : '…'}`;
}

/**
 * The paragraphs an action serves as a reader cites them ("2341 par. 3"), from the document's
 * instruments, so that a number not yet verified reads "n° 27 à confirmer", never as checked.
 * `refs` are the keys "2341:OP3"; a key the document does not know is printed as it is.
 */
export function paragraphRefLabels(instruments: InstrumentRef[], refs: string[]): string {
  const byKey = new Map<string, string>(instruments.flatMap((i) => i.paragraphs.map((p) => [`${i.code}:${p.ref}`, `${i.code}\u00a0${p.number}`] as [string, string])));
  return refs.map((r) => byKey.get(r) ?? r.replace(':', '\u00a0')).join(', ');
}

/** A mean maturity level (0-4) with one decimal at most; "–" when not assessed. */
export function formatLevel(n: number | null, locale: PdfLocale) {
  return n === null ? '–' : new Intl.NumberFormat(tag(locale), { maximumFractionDigits: 1 }).format(n);
}

/** How a level moved between two cycles: "+0,5", "−1", "=" or "–" (one not assessed). */
export function levelChange(before: number | null, after: number | null, locale: PdfLocale): { text: string; direction: 'up' | 'down' | 'same' | 'unknown' } {
  if (before === null || after === null) return { text: '–', direction: 'unknown' };
  const d = Math.round((after - before) * 10) / 10;
  if (d === 0) return { text: '=', direction: 'same' };
  const text = new Intl.NumberFormat(tag(locale), { maximumFractionDigits: 1, signDisplay: 'always' }).format(d).replace('-', '\u2212');
  return { text, direction: d > 0 ? 'up' : 'down' };
}
