import { expect, test } from 'vitest';
import { anchorQuote, CONTEXT_LENGTH, quoteAt, segments } from '@/lib/roadmap/anchor';
import { buildThreads, filterThreads, openCounts, targetKey, type CommentRow } from '@/lib/roadmap/comment-threads';

const summary = 'Le Bénin a tenu trois jours de consultations à Cotonou. Les consultations ont réuni 30 responsables de 22 entités.';

test('a quote is stored with the text either side, and only where it stands', () => {
  const start = summary.indexOf('trois jours');
  const q = quoteAt(summary, 'trois jours', start)!;
  expect(q).toEqual({ quote: 'trois jours', start, prefix: 'Le Bénin a tenu ', suffix: ' de consultations à Cotonou. Les' });
  expect(q.suffix.length).toBe(CONTEXT_LENGTH);
  expect(quoteAt(summary, 'trois jours', start + 1)).toBeNull();
  expect(quoteAt(summary, '', 0)).toBeNull();
  expect(quoteAt(summary, 'Bénin', -1)).toBeNull();
});

test('a quote stays anchored when text is added before it in a later version', () => {
  const q = quoteAt(summary, '30 responsables', summary.indexOf('30 responsables'))!;
  const later = `En septembre 2024, ${summary}`;
  const a = anchorQuote(later, q);
  expect(a).toEqual({ state: 'anchored', start: later.indexOf('30 responsables'), end: later.indexOf('30 responsables') + '30 responsables'.length });
});

test('of two occurrences, the one with the same surroundings wins, even when it moved further than the other', () => {
  // "consultations" twice: the second one (after "Les ") is quoted.
  const start = summary.lastIndexOf('consultations');
  const q = quoteAt(summary, 'consultations', start)!;
  expect(anchorQuote(summary, q)).toMatchObject({ state: 'anchored', start });
  const later = summary.replace('Le Bénin a tenu trois jours de', 'Le Bénin a tenu, du 10 au 12 septembre 2024, trois jours de');
  expect(anchorQuote(later, q)).toMatchObject({ state: 'anchored', start: later.lastIndexOf('consultations') });
  // The first occurrence is chosen when its context is the one stored.
  const first = quoteAt(summary, 'consultations', summary.indexOf('consultations'))!;
  expect(anchorQuote(later, first)).toMatchObject({ state: 'anchored', start: later.indexOf('consultations') });
});

test('with no context to tell occurrences apart, the nearest to the old place wins', () => {
  const q = { quote: 'ab', start: 6, prefix: '', suffix: '' };
  expect(anchorQuote('ab ab ab ab', q)).toEqual({ state: 'anchored', start: 6, end: 8 });
});

test('a quote whose words changed is outdated', () => {
  const q = quoteAt(summary, 'trois jours', summary.indexOf('trois jours'))!;
  expect(anchorQuote(summary.replace('trois jours', 'deux jours'), q)).toEqual({ state: 'outdated' });
  expect(anchorQuote('', q)).toEqual({ state: 'outdated' });
});

test('a text cut at the marks, overlapping marks covering the same piece', () => {
  expect(segments('abcdefgh', [{ start: 2, end: 5, id: 'x' }, { start: 4, end: 8, id: 'y' }])).toEqual([
    { text: 'ab', ids: [] }, { text: 'cd', ids: ['x'] }, { text: 'e', ids: ['x', 'y'] }, { text: 'fgh', ids: ['y'] },
  ]);
  expect(segments('abc', [])).toEqual([{ text: 'abc', ids: [] }]);
  expect(segments('abc', [{ start: 1, end: 9, id: 'z' }])).toEqual([{ text: 'a', ids: [] }, { text: 'bc', ids: ['z'] }]);
});

const row = (over: Partial<CommentRow>): CommentRow => ({
  id: 'c', targetType: 'ROADMAP', targetId: null, parentId: null, field: null, quote: null, quoteStart: null, quotePrefix: null, quoteSuffix: null,
  authorId: 'u1', author: 'Awa', body: 'b', createdAt: '2026-12-01T10:00:00.000Z', resolved: false, ...over,
});

test('threads come in the page order of the shared numbering, with their replies and quotes found again', () => {
  const codes: Record<string, string> = { o1: '1', r11: '1.1', a111: '1.1.1', a121: '1.2.1', o2: '2', a211: '2.1.1' };
  const texts: Record<string, string> = { 'ROADMAP:executiveSummary': 'Un résumé révisé.', 'ACTION:a121:description': 'Former les agents.' };
  const comments = [
    row({ id: 'act2', targetType: 'ACTION', targetId: 'a211' }),
    row({ id: 'act1b', targetType: 'ACTION', targetId: 'a121', field: 'description', quote: 'agents', quoteStart: 0, quotePrefix: 'Former les ', quoteSuffix: '.', createdAt: '2026-12-01T11:00:00.000Z' }),
    row({ id: 'act1a', targetType: 'ACTION', targetId: 'a121' }),
    row({ id: 'gone', targetType: 'ACTION', targetId: 'deleted' }),
    row({ id: 'rec', targetType: 'RECOMMENDATION', targetId: 'r11' }),
    row({ id: 'obj2', targetType: 'OBJECTIVE', targetId: 'o2' }),
    row({ id: 'method', field: 'methodology' }),
    row({ id: 'sum', field: 'executiveSummary', quote: 'résumé initial', quoteStart: 3, quotePrefix: 'Un ', quoteSuffix: '.' }),
    row({ id: 'whole' }),
    row({ id: 'reply', parentId: 'act1a', authorId: 'u2', targetType: 'ACTION', targetId: 'a121' }),
  ];
  const threads = buildThreads(comments, { code: (id) => (id ? codes[id] : undefined), text: (type, id, field) => texts[`${type}:${id ? `${id}:` : ''}${field}`] ?? null });
  expect(threads.map((t) => t.id)).toEqual(['whole', 'sum', 'method', 'rec', 'obj2', 'act1a', 'act1b', 'act2', 'gone']);
  expect(threads.find((t) => t.id === 'act1a')!.replies.map((r) => r.id)).toEqual(['reply']);
  expect(threads.find((t) => t.id === 'act1b')!.anchor).toEqual({ state: 'anchored', start: 11, end: 17 });
  expect(threads.find((t) => t.id === 'sum')!.anchor).toEqual({ state: 'outdated' });
  expect(threads.find((t) => t.id === 'act2')!.anchor).toBeNull();
  expect(threads.find((t) => t.id === 'gone')!.code).toBeNull();
  expect(targetKey(threads[1])).toBe('ROADMAP:executiveSummary');

  threads.find((t) => t.id === 'act2')!.resolved = true;
  expect(openCounts(threads)).toMatchObject({ 'ACTION:a121': 2, 'ROADMAP:executiveSummary': 1 });
  expect(openCounts(threads)['ACTION:a211']).toBeUndefined();
  expect(filterThreads(threads, { status: 'resolved', mine: null }).map((t) => t.id)).toEqual(['act2']);
  expect(filterThreads(threads, { status: 'open', mine: 'u2' }).map((t) => t.id)).toEqual(['act1a']);
  expect(filterThreads(threads, { status: 'all', mine: null })).toHaveLength(9);
});
