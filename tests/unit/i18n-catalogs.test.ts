import { readdirSync } from 'node:fs';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { expect, test } from 'vitest';
import { flattenMessages, loadMessages } from '@/lib/i18n/messages';
import { ROOT } from '../helpers/paths';

const catalogs = { fr: flattenMessages(loadMessages('fr')), en: flattenMessages(loadMessages('en')) };

test('French and English have the same namespaces and message keys', () => {
  expect(readdirSync(path.join(ROOT, 'messages', 'en')).sort()).toEqual(readdirSync(path.join(ROOT, 'messages', 'fr')).sort());
  expect(Object.keys(catalogs.en).sort()).toEqual(Object.keys(catalogs.fr).sort());
});

test.each(['fr', 'en'] as const)('every %s message is non-empty and valid ICU', (locale) => {
  for (const [key, message] of Object.entries(catalogs[locale])) {
    expect(message.trim(), key).not.toBe('');
    expect(() => new IntlMessageFormat(message, locale), key).not.toThrow();
  }
});

test('French typography: the typographic apostrophe, never a straight one between letters', () => {
  const slips = Object.entries(catalogs.fr).filter(([, m]) => /[A-Za-zÀ-ÿ]'[A-Za-zÀ-ÿ]/.test(m));
  expect(slips).toEqual([]);
});

test('no message key contains a dot (next-intl reads dots as nesting)', () => {
  const bad = (tree: object, path: string[] = []): string[] =>
    Object.entries(tree).flatMap(([k, v]) => (k.includes('.') ? [[...path, k].join(' > ')] : typeof v === 'object' ? bad(v, [...path, k]) : []));
  expect(bad(loadMessages('fr'))).toEqual([]);
});
