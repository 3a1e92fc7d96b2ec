// An indicator's type, and checking a reported value against it. Roadmap indicators are
// free text (label, baseline, target); the follow-up reads the type from the target the
// coordinator wrote ("80 %" a percentage, "8 secteurs" a number of sectors, "Adoptée" a
// yes/no, "2026-06-30" a date) when it starts tracking the action (docs/decisions/013).
import type { MessageKey } from '../result';
import { z } from 'zod';
import { languageTag } from '@/lib/i18n/pick';

export const INDICATOR_TYPES = ['number', 'percent', 'boolean', 'date'] as const;
export type IndicatorType = (typeof INDICATOR_TYPES)[number];

export type TrackedIndicator = { label: string; baseline: string; target: string; type: IndicatorType; unit: string };
export type IndicatorValue = number | boolean | string | null;

const NUMBER = /^([+-]?\d[\d\s\u00a0\u202f]*(?:[.,]\d+)?)\s*(.*)$/;

/** A number written the French or the English way: "1 200,5", "1200.5". */
export function parseNumber(text: string): number | null {
  const m = NUMBER.exec(text.trim());
  if (!m) return null;
  const n = Number(m[1].replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

export function inferIndicator(i: { label: string; baseline: string; target: string }): TrackedIndicator {
  const target = i.target.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(target)) return { ...i, type: 'date', unit: '' };
  const m = NUMBER.exec(target);
  if (m) {
    const unit = m[2].trim();
    if (unit === '%') return { ...i, type: 'percent', unit: '' };
    return { ...i, type: 'number', unit: unit.slice(0, 40) };
  }
  return { ...i, type: 'boolean', unit: '' };
}

/** The indicators of a roadmap action, as the follow-up tracks them. */
export function trackIndicators(raw: unknown): TrackedIndicator[] {
  const list = Array.isArray(raw) ? raw : [];
  return list
    .filter((x): x is { label: string; baseline: string; target: string } => !!x && typeof x === 'object' && typeof (x as { label?: unknown }).label === 'string')
    .map((x) => inferIndicator({ label: x.label, baseline: String(x.baseline ?? ''), target: String(x.target ?? '') }));
}

/** Baseline and target as values of the indicator's type, for charts (null when not readable). */
export function indicatorBounds(i: TrackedIndicator): { baseline: number | null; target: number | null } {
  if (i.type === 'boolean') return { baseline: 0, target: 1 };
  if (i.type === 'date') return { baseline: null, target: null };
  return { baseline: parseNumber(i.baseline) ?? 0, target: parseNumber(i.target) };
}

/** The message key of what is wrong with `value` for an indicator of `type`, or null. */
export function checkIndicatorValue(type: IndicatorType, value: unknown): MessageKey | null {
  if (value === null) return null;
  switch (type) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1e13 ? null : 'followup.indicatorNumber';
    case 'percent':
      return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100 ? null : 'followup.indicatorPercent';
    case 'boolean':
      return typeof value === 'boolean' ? null : 'followup.indicatorBoolean';
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? null : 'followup.indicatorDate';
  }
}

/** What a form may send for one indicator: the type is checked against the tracked action. */
export const indicatorValueSchema = z.object({
  index: z.number().int().min(0).max(9),
  value: z.union([z.number(), z.boolean(), z.string().max(10), z.null()]),
});

// Building an Intl.NumberFormat costs far more than formatting with it, and a dashboard page
// formats hundreds of values (its profile showed this function first of the app's own).
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: 'fr' | 'en') {
  let f = numberFormats.get(locale);
  if (!f) numberFormats.set(locale, (f = new Intl.NumberFormat(languageTag(locale), { maximumFractionDigits: 2 })));
  return f;
}

/** A value as the reader sees it, in the report's language. */
const YES_NO = /^(yes|no|oui|non)$/i;

/**
 * A baseline or target as a sentence or table says it: for a yes/no indicator, a bare "yes" or
 * "no" (in either language) in the reader's language; any other wording ("Adoptée") as the
 * roadmap states it; "—" when there is none.
 */
export function indicatorBoundText(i: Pick<TrackedIndicator, 'type'>, text: string, yesNo: { yes: string; no: string }): string {
  const word = text.trim();
  if (!word) return '—';
  if (i.type === 'boolean' && YES_NO.test(word)) return /^(yes|oui)$/i.test(word) ? yesNo.yes : yesNo.no;
  return text;
}

export function formatIndicatorValue(i: TrackedIndicator, value: IndicatorValue, locale: 'fr' | 'en', yesNo: { yes: string; no: string }): string {
  if (value === null || value === undefined) return '—';
  if (i.type === 'boolean') return value ? yesNo.yes : yesNo.no;
  if (i.type === 'date') return String(value);
  const n = numberFormat(locale).format(Number(value));
  if (i.type === 'percent') return locale === 'fr' ? `${n} %` : `${n}%`;
  return i.unit ? `${n} ${i.unit}` : n;
}
