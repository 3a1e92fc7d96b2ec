// The text of a record in the reader's language. Framework content, entities and
// countries carry both languages side by side (`nameFr` / `nameEn`); every view reads
// them through these two helpers, never through a `locale === 'fr'` ternary of its own.
import type { Locale } from './routing';

/** A label of a record with `fr`/`en`, `nameFr`/`nameEn` or `titleFr`/`titleEn`; '' when absent. */
export const pick = (locale: Locale, o: { fr?: string; en?: string; nameFr?: string; nameEn?: string; titleFr?: string; titleEn?: string }) =>
  locale === 'fr' ? (o.fr ?? o.nameFr ?? o.titleFr ?? '') : (o.en ?? o.nameEn ?? o.titleEn ?? '');

/** The BCP 47 tag of the language, for Intl formats and a document's /Lang. */
export const languageTag = (locale: Locale) => (locale === 'fr' ? 'fr-FR' : 'en-GB');

/** The field `field` of `o` in the language: `inLocale('fr', question, 'text')` is `question.textFr`. */
export function inLocale<F extends string, O extends Record<`${F}Fr` | `${F}En`, unknown>>(locale: Locale, o: O, field: F): O[`${F}Fr`] | O[`${F}En`] {
  return locale === 'fr' ? o[`${field}Fr`] : o[`${field}En`];
}
