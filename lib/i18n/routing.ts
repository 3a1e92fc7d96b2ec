import { defineRouting } from 'next-intl/routing';

export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

// French first: the first users are francophone West African ministries.
export const routing = defineRouting({ locales: LOCALES, defaultLocale: 'fr', localePrefix: 'always' });

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}
