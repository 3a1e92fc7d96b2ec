import { expect, test } from 'vitest';
import { entityArgs, entityArticle, guessFrenchArticle } from '@/lib/i18n/entity-name';
import { BENIN_ENTITIES } from '@/lib/seed/benin-entities';

test('the stored article gives the form; a bare name is elided before a vowel', () => {
  expect(entityArticle('LE', 'Ministère de la Santé')).toBe('le');
  expect(entityArticle('ELIDED', 'Agence nationale')).toBe('l');
  expect(entityArticle(null, 'Interpol')).toBe('elided');
  expect(entityArticle(null, 'Cotonou')).toBe('none');
  expect(entityArgs('en', { nameFr: 'Ministère de la Santé', nameEn: 'Ministry of Health', articleFr: 'LE' })).toEqual({ entity: 'Ministry of Health', article: 'le' });
});

test('the guess from the first word agrees with every article of the Benin register', () => {
  for (const e of BENIN_ENTITIES) expect(guessFrenchArticle(e.nameFr), e.nameFr).toBe(e.articleFr);
});
