// The explorer names paragraphs as the roadmap's annex does: lib/framework/paragraph-check.ts,
// with the framework's messages in the page's language.
import { paragraphName } from '@/lib/framework/paragraph-check';
import type { Locale } from '@/lib/i18n/routing';
import { translator } from '@/lib/i18n/translate';

type Paragraph = Parameters<typeof paragraphName>[3];

export const paragraphLabel = (locale: Locale, instrumentCode: string, p: Paragraph) => paragraphName(translator(locale, 'framework'), locale, instrumentCode, p);
