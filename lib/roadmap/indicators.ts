// An action's indicators: structured fields (label, baseline, target, unit, type), stored as
// a JSON array on the action and in snapshots. The type says what the values are and how they
// read: a number, a percentage, yes or no, a date (a day, a month or a quarter), or free text
// (what indicators written before the types existed became, unchanged). No server code here.
import { z } from 'zod';
import { safeText } from '../validation/text';

export const INDICATOR_TYPES = ['NUMBER', 'PERCENTAGE', 'YES_NO', 'DATE', 'TEXT'] as const;
export type IndicatorType = (typeof INDICATOR_TYPES)[number];
export type Indicator = { label: string; baseline: string; target: string; unit: string; type: IndicatorType };

const NUMBER = /^-?\d+(\.\d+)?$/;
/** A day, a month, or a quarter (2025-T2 in French, 2025-Q2 in English). */
const DATE = /^(20\d\d)-(?:(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?|[TQ][1-4])$/;

/** What a person types, as the stored value of `type`; null when it is not one. */
export function normaliseValue(type: IndicatorType, raw: string): string | null {
  const v = raw.trim();
  if (v === '') return '';
  switch (type) {
    case 'NUMBER':
    case 'PERCENTAGE': {
      const n = v.replace(/[\s\u00a0\u202f]/g, '').replace(/%$/, '').replace(',', '.');
      return NUMBER.test(n) ? String(Number(n)) : null;
    }
    case 'YES_NO': {
      const l = v.toLowerCase();
      return ['yes', 'oui'].includes(l) ? 'yes' : ['no', 'non'].includes(l) ? 'no' : null;
    }
    case 'DATE':
      return DATE.test(v.toUpperCase()) ? v.toUpperCase() : null;
    case 'TEXT':
      return v;
  }
}

const value = (max: number) => safeText(max);

export const indicatorSchema = z
  .object({
    label: safeText(300).min(2, { error: 'form.tooShort' }),
    baseline: value(200).default(''),
    target: value(200).min(1, { error: 'roadmap.targetRequired' }),
    unit: safeText(40).default(''),
    type: z.enum(INDICATOR_TYPES, { error: 'form.invalidValue' }).default('NUMBER'),
  })
  .transform((i, ctx) => {
    const out = { ...i };
    for (const k of ['baseline', 'target'] as const) {
      const v = normaliseValue(i.type, i[k]);
      if (v === null) ctx.addIssue({ code: 'custom', path: [k], message: `roadmap.indicatorValue.${i.type}` });
      else out[k] = v;
    }
    // A unit only means something for a number.
    if (i.type !== 'NUMBER') out.unit = '';
    return out as Indicator;
  });

/** The indicators as stored: objects with every field, even in rows older than the types. */
export const storedIndicatorsSchema = z.array(
  z.object({
    label: z.string(), baseline: z.string(), target: z.string(),
    unit: z.string().optional(), type: z.enum(INDICATOR_TYPES).optional(),
  }),
);

export function readIndicators(json: unknown): Indicator[] {
  const parsed = storedIndicatorsSchema.safeParse(json ?? []);
  if (!parsed.success) return [];
  return parsed.data.map((i) => ({ label: i.label, baseline: i.baseline, target: i.target, unit: i.unit ?? '', type: i.type ?? 'TEXT' }));
}

const tag = (locale: string) => (locale === 'en' ? 'en-GB' : 'fr-FR');
const MONTHS = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** A stored value as it reads in `locale` ("1 200 agents", "30 %", "Oui", "T2 2025"). */
export function indicatorValueText(i: Pick<Indicator, 'type' | 'unit'>, v: string, locale: string): string {
  if (v === '') return '';
  switch (i.type) {
    case 'NUMBER': {
      const n = new Intl.NumberFormat(tag(locale), { maximumFractionDigits: 2 }).format(Number(v));
      return i.unit ? `${n}\u00a0${i.unit}` : n;
    }
    case 'PERCENTAGE':
      return new Intl.NumberFormat(tag(locale), { style: 'percent', maximumFractionDigits: 2 }).format(Number(v) / 100);
    case 'YES_NO':
      return v === 'yes' ? (locale === 'en' ? 'Yes' : 'Oui') : locale === 'en' ? 'No' : 'Non';
    case 'DATE': {
      const q = /^(\d{4})-[TQ]([1-4])$/.exec(v);
      if (q) return locale === 'en' ? `Q${q[2]} ${q[1]}` : `T${q[2]} ${q[1]}`;
      const m = MONTHS.exec(v);
      if (!m) return v;
      const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? 1), 12));
      return new Intl.DateTimeFormat(tag(locale), m[3] ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } : { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
    }
    case 'TEXT':
      return v;
  }
}

/** One indicator on one line: "Sites évalués : 0 → 20". */
export function indicatorLine(i: Indicator, locale: string): string {
  const base = indicatorValueText(i, i.baseline, locale);
  const target = indicatorValueText(i, i.target, locale);
  return `${i.label}${locale === 'en' ? ':' : '\u00a0:'} ${base || '–'} → ${target}`;
}
