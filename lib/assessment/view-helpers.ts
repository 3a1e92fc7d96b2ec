// Small helpers shared by the assessment's view models (plain data for the pages).
import { entityArticle, type EntityArticle, type FrenchArticleForm } from '../i18n/entity-name';
import { inLocale } from '../i18n/pick';
import type { Locale } from '../i18n/routing';

/** `article` goes with `name` into the messages that name the entity (lib/i18n/entity-name.ts). */
export type EntityLabel = { id: string; code: string; acronym: string | null; name: string; article: EntityArticle };

export function entityLabel(e: { id: string; code: string; acronym: string | null; nameFr: string; nameEn: string; articleFr: FrenchArticleForm | null }, locale: Locale): EntityLabel {
  return { id: e.id, code: e.code, acronym: e.acronym, name: inLocale(locale, e, 'name'), article: entityArticle(e.articleFr, e.nameFr) };
}

/** A short label for tight places (grid headers): the acronym, else the code. */
export const shortLabel = (e: EntityLabel) => e.acronym ?? e.code;

export function percent(part: number, whole: number) {
  return whole === 0 ? 0 : Math.round((100 * part) / whole);
}

/** The median of some numbers, or null; what the consolidation suggests as a starting point. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function mean(values: number[]): number | null {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

const ISO_DAY = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
export { ISO_DAY as isoDay };
