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
