// Country names in French and English from i18n-iso-countries (maintained ISO 3166 data),
// never from a hand-written list.
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import type { Locale } from '../i18n/routing';

countries.registerLocale(fr);
countries.registerLocale(en);

export function countryName(code: string, locale: Locale): string {
  return countries.getName(code, locale) ?? code;
}

export function isCountryCode(code: string): boolean {
  return countries.isValid(code);
}

/** Every ISO 3166-1 country, named in `locale` and sorted as a reader of that language expects. */
export function isoCountries(locale: Locale): { code: string; name: string }[] {
  return Object.entries(countries.getNames(locale, { select: 'official' }))
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}
