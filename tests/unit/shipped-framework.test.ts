// The framework shipped in content/frameworks: valid, and as complete as issue 4 asks
// (at least 8 areas and 50 questions, a cross-cutting area, every operative paragraph of
// resolution 2341 covered by at least one question).
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { computeCoverage } from '@/lib/framework/compute-coverage';
import { describeProblem } from '@/lib/framework/describe-problem';
import { CONTENT_ROOT, findFrameworkFolders } from '@/lib/framework/find-framework-folders';
import { loadFramework } from '@/lib/framework/load-framework';
import { translator } from '@/lib/i18n/translate';

const folders = findFrameworkFolders(CONTENT_ROOT);
const en = translator('en', 'framework');

test('content/frameworks holds at least one framework version', () => {
  expect(folders.map((f) => path.relative(CONTENT_ROOT, f))).toContain(path.join('vt', '2025.1'));
});

describe.each(folders.map((f) => [path.relative(CONTENT_ROOT, f), f]))('%s', (_name, dir) => {
  const r = loadFramework(dir);

  test('passes framework:check', () => {
    expect(r.ok ? [] : r.problems.map((p) => describeProblem(p, en))).toEqual([]);
  });

  test('has at least 8 areas, 50 questions and a cross-cutting area', () => {
    if (!r.ok) return;
    expect(r.content.areas.length).toBeGreaterThanOrEqual(8);
    expect(r.content.areas.flatMap((a) => a.questions).length).toBeGreaterThanOrEqual(50);
    expect(r.content.areas.some((a) => a.crossCutting)).toBe(true);
  });

  test('every operative paragraph of resolution 2341 is covered by at least one question', () => {
    if (!r.ok) return;
    const res2341 = computeCoverage(r.content).find((i) => i.code === '2341');
    expect(res2341?.rows.map((row) => row.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(res2341?.rows.filter((row) => !row.covered).map((row) => row.key)).toEqual([]);
  });
});
