// The languages a roadmap is written and published in (docs/decisions/011).
import { z } from 'zod';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const languageSchema = z.enum(LANGUAGES, { error: 'form.invalidValue' });

export const otherLanguage = (l: Language): Language => (l === 'fr' ? 'en' : 'fr');
export const asLanguage = (l: string): Language => (l === 'en' ? 'en' : 'fr');

/** Roadmap.publishedIn ("fr,en") as a list, the original language always first. */
export function publicationLanguages(original: string, publishedIn: string): Language[] {
  const first = asLanguage(original);
  const rest = publishedIn.split(',').map((s) => s.trim()).filter((s): s is Language => (LANGUAGES as readonly string[]).includes(s) && s !== first);
  return [first, ...new Set(rest)];
}
