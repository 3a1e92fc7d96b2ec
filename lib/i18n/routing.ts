import { defineRouting } from 'next-intl/routing';

export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

// French first: the first users are francophone West African ministries. The address
// always carries the language, so a link shared by a colleague opens in the same one;
// `/` opens in French whatever the browser's language (an official's browser is often
// set to English while the work is in French), and the switcher is one click away.
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: 'fr',
  localePrefix: 'always',
  localeDetection: false,
});

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}
