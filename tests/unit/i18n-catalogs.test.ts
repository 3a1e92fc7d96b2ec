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

test('French names an entity with its article: « du ministère », « de l’Agence », « au ministère », never « de {entity} »', () => {
  const bare = Object.entries(catalogs.fr).filter(([, m]) => m.includes('{entity}') && !m.includes('{article, select,') && /\b(de|à|du|pour|par) \{entity\}/.test(m));
  expect(bare).toEqual([]);
  const mail = (entity: string, article: string) => new IntlMessageFormat(catalogs.fr['assessmentMail.reminderText'], 'fr').format({ entity, article, count: 1, name: 'A', title: 'T', url: 'u', sender: 'S' });
  const title = new IntlMessageFormat(catalogs.fr['questionnaire.title'], 'fr');
  expect(title.format({ entity: 'Ministère de l’Intérieur', article: 'le' })).toBe('Questionnaire du Ministère de l’Intérieur');
  expect(title.format({ entity: 'Agence nationale', article: 'l' })).toBe('Questionnaire de l’Agence nationale');
  expect(title.format({ entity: 'Direction générale', article: 'la' })).toBe('Questionnaire de la Direction générale');
  expect(title.format({ entity: 'Forces armées', article: 'les' })).toBe('Questionnaire des Forces armées');
  expect(title.format({ entity: 'Interpol', article: 'elided' })).toBe('Questionnaire d’Interpol');
  expect(mail('Ministère de la Santé', 'le')).toContain('Une question attribuée au Ministère de la Santé dans');
  expect(mail('Agence nationale', 'l')).toContain('Une question attribuée à l’Agence nationale dans');
  expect(new IntlMessageFormat(catalogs.en['questionnaire.title'], 'en').format({ entity: 'Ministry of Health', article: 'le' })).toBe('Questionnaire of the Ministry of Health');
});
