// Translation outside React (mails, CSV exports, scripts): the same catalogs as the pages.
import { IntlMessageFormat } from 'intl-messageformat';
import { flattenMessages, loadMessages } from './messages';
import type { Locale } from './routing';

export type Translate = (key: string, values?: Record<string, string | number | Date>) => string;

const flat = new Map<Locale, Record<string, string>>();
const compiled = new Map<string, IntlMessageFormat>();

export function translator(locale: Locale, namespace?: string): Translate {
  if (!flat.has(locale)) flat.set(locale, flattenMessages(loadMessages(locale)));
  const messages = flat.get(locale)!;
  return (key, values) => {
    const full = namespace ? `${namespace}.${key}` : key;
    const message = messages[full];
    if (message === undefined) return full;
    const id = `${locale}:${full}`;
    if (!compiled.has(id)) compiled.set(id, new IntlMessageFormat(message, locale));
    return String(compiled.get(id)!.format(values));
  };
}
