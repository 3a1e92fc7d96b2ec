// "1 constats rédigés": a number next to a noun must go through an ICU plural, so the noun
// agrees with it. This walks every message of both catalogs, branches included.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { expect, test } from 'vitest';
import { flattenMessages, loadMessages } from '@/lib/i18n/messages';

// Words that end in s or x without being a plural noun.
const NOT_PLURAL = new Set(['vous', 'nous', 'sous', 'dans', 'puis', 'plus', 'sans', 'avant', 'après', 'chez', 'mais', 'this', 'thus', 'was', 'has', 'is', 'as', 'its', 'his', 'dès', 'très', 'alors', 'selon', 'versus', 'vers', 'depuis', 'lors', 'invites']);

/** Arguments followed by a plural-looking noun, outside the plural that would agree with them. */
export function unpluralized(message: string): string[] {
  const found: string[] = [];
  const walk = (elements: MessageFormatElement[], pluralOf: Set<string>) => {
    elements.forEach((el, i) => {
      if (el.type === TYPE.plural) {
        for (const option of Object.values(el.options)) walk(option.value, new Set([...pluralOf, el.value]));
        return;
      }
      if (el.type === TYPE.select) {
        for (const option of Object.values(el.options)) walk(option.value, pluralOf);
        return;
      }
      if (el.type === TYPE.tag) return walk(el.children, pluralOf);
      if ((el.type !== TYPE.argument && el.type !== TYPE.number) || pluralOf.has(el.value)) return;
      // "version {number} stays": a number that names something is no count.
      const before = elements[i - 1];
      if (before?.type === TYPE.literal && /\b(version|page|par\.|al\.|para\.|objecti(f|ve)|action|recommendation|recommandation)\s+$/i.test(before.value)) return;
      const next = elements[i + 1];
      if (next?.type !== TYPE.literal) return;
      const word = /^[\s\u00a0\u202f]+([\p{L}’'-]+)/u.exec(next.value)?.[1];
      if (word && word.length >= 4 && /[sx]$/.test(word) && !NOT_PLURAL.has(word.toLowerCase())) found.push(`{${el.value}} ${word}`);
    });
  };
  walk(parse(message, { ignoreTag: false }), new Set());
  return [...new Set(found)];
}

test('the checker sees a count next to a plural noun, and not one inside its own plural', () => {
  expect(unpluralized('{done} constats rédigés sur {total}')).toEqual(['{done} constats']);
  expect(unpluralized('{done, plural, one {# constat rédigé} other {# constats rédigés}}')).toEqual([]);
  expect(unpluralized('{done, plural, one {{done} constat} other {{done} constats}}')).toEqual([]);
  expect(unpluralized('{n, plural, one {# sur {total} questions} other {# sur {total} questions}}')).toEqual(['{total} questions']);
  expect(unpluralized('{name} vous invite')).toEqual([]);
  expect(unpluralized('Version {number} becomes approved')).toEqual([]);
});

test.each(['fr', 'en'] as const)('every count in the %s catalog agrees with its noun through an ICU plural', (locale) => {
  const slips = Object.entries(flattenMessages(loadMessages(locale))).flatMap(([key, m]) => unpluralized(m).map((s) => `${key}: ${s}`));
  expect(slips).toEqual([]);
});
