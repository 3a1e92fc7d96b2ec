// What the explorer, the coverage table and framework:diff compute from a framework's content.
import { expect, test } from 'vitest';
import { computeCoverage } from '@/lib/framework/compute-coverage';
import { diffVersions } from '@/lib/framework/diff-versions';
import { parseExplorerFilters } from '@/lib/framework/explorer-filters';
import { filterQuestions } from '@/lib/framework/filter-questions';
import { traceParagraphs } from '@/lib/framework/trace-paragraphs';
import { loadMini, MINI_1_1 } from '../helpers/framework-fixtures';

const v10 = loadMini();
const v11 = loadMini(MINI_1_1);
const codes = (areas: { questions: { code: string }[] }[]) => areas.flatMap((a) => a.questions.map((q) => q.code));

test('coverage lists the operative paragraphs and flags those no question covers', () => {
  const [res] = computeCoverage(v10);
  expect(res.code).toBe('2341');
  expect(res.rows.map((r) => [r.ref, r.covered, r.questions.map((q) => q.code)])).toEqual([
    ['OP1', true, ['GOV-02']],
    ['OP2', true, ['GOV-01']],
    ['OP3', false, []],
  ]);
  expect(res.covered).toBe(2);
  // The Madrid addendum has sections only: no operative paragraph to cover.
  expect(computeCoverage(v10).map((i) => i.code)).toEqual(['2341']);
  expect(computeCoverage(v10, ['section']).map((i) => [i.code, i.covered])).toEqual([['S/2018/1177', 1]]);
});

test('traceability goes from a paragraph to its questions and their suggested actions', () => {
  const sec = traceParagraphs(v10)[1].paragraphs[0];
  expect(sec.key).toBe('S/2018/1177:SEC-CI');
  expect(sec.questions.map((q) => [q.code, q.areaCode, q.actions.map((a) => a.code)])).toEqual([
    ['GOV-01', 'GOV', ['GOV-01-A1']],
    ['HRG-01', 'HRG', ['HRG-01-A1']],
  ]);
  expect(traceParagraphs(v10)[0].paragraphs.find((p) => p.ref === 'PP-INTERDEP')?.questions).toEqual([]);
});

test('the explorer filters by instrument, paragraph and lens, together', () => {
  expect(codes(filterQuestions(v10, {}))).toEqual(['GOV-01', 'GOV-02', 'HRG-01']);
  expect(codes(filterQuestions(v10, { instrument: '2341' }))).toEqual(['GOV-01', 'GOV-02']);
  expect(codes(filterQuestions(v10, { paragraph: 'S/2018/1177:SEC-CI' }))).toEqual(['GOV-01', 'HRG-01']);
  expect(codes(filterQuestions(v10, { paragraph: 'S/2018/1177:SEC-CI', lens: 'legal' }))).toEqual(['HRG-01']);
  expect(filterQuestions(v10, { instrument: '2341', lens: 'legal' })).toEqual([]);
});

test('filters from the address: malformed values are ignored, not refused', () => {
  expect(parseExplorerFilters({ instrument: '2341', paragraph: '2341:OP2', lens: 'legal' })).toEqual({ instrument: '2341', paragraph: '2341:OP2', lens: 'legal' });
  expect(parseExplorerFilters({ instrument: ['2341', '2396'], paragraph: 'no colon', lens: 'poetic' })).toEqual({ instrument: '2341', paragraph: undefined, lens: undefined });
  expect(parseExplorerFilters({ instrument: '', paragraph: undefined })).toEqual({ instrument: undefined, paragraph: undefined, lens: undefined });
});

test('diff: questions added, removed, reworded, references and actions changed', () => {
  const d = diffVersions(v10, v11);
  expect(d.from).toEqual({ slug: 'mini', version: '1.0' });
  expect(d.to).toEqual({ slug: 'mini', version: '1.1' });
  expect(d.questions.added.map((q) => q.code)).toEqual(['GOV-03']);
  expect(d.questions.removed.map((q) => q.code)).toEqual(['GOV-02']);
  expect(d.questions.changed).toHaveLength(1);
  const [gov01] = d.questions.changed;
  expect(gov01).toMatchObject({ code: 'GOV-01', guidance: [], levels: [], references: { added: ['2341:OP3'], removed: ['S/2018/1177:SEC-CI'] } });
  expect(gov01.text.map((c) => c.lang)).toEqual(['fr']);
  expect(gov01.text[0].words.filter((w) => w.added).map((w) => w.text.trim())).toEqual(['et des cibles vulnérables']);
  expect(d.actions.added.map((a) => a.code)).toEqual(['GOV-01-A2', 'GOV-03-A1', 'HRG-01-A2']);
  expect(d.actions.removed.map((a) => a.code)).toEqual(['GOV-01-A1', 'GOV-02-A1']);
  expect(d.areas).toEqual({ added: [], removed: [] });
  expect(d.same).toBe(false);
});

test('diff of a version with itself: nothing changed', () => {
  const d = diffVersions(v10, v10);
  expect(d.same).toBe(true);
  expect([d.questions.added, d.questions.removed, d.questions.changed, d.actions.added, d.actions.removed, d.actions.changed]).toEqual([[], [], [], [], [], []]);
});
