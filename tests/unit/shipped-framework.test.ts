// The framework shipped in content/frameworks: valid, and as complete as issue 4 asks
// (at least 8 areas and 50 questions, a cross-cutting area, every operative paragraph of
// resolution 2341 covered by at least one question); and, per issue 19, vt 2026.1 beside an
// unchanged 2025.1, with its carry-over mapping, the review's gaps and a level-3 action everywhere.
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { carryOver, checkCarryOver } from '@/lib/framework/carry-over';
import { computeCoverage } from '@/lib/framework/compute-coverage';
import { contentHash } from '@/lib/framework/content-hash';
import { describeProblem } from '@/lib/framework/describe-problem';
import { CONTENT_ROOT, findFrameworkFolders } from '@/lib/framework/find-framework-folders';
import { loadFramework } from '@/lib/framework/load-framework';
import { unverifiedNumbers } from '@/lib/framework/paragraph-check';
import type { FrameworkContent } from '@/lib/framework/schema';
import { translator } from '@/lib/i18n/translate';

const folders = findFrameworkFolders(CONTENT_ROOT);
const en = translator('en', 'framework');

test('content/frameworks holds vt 2025.1 and 2026.1', () => {
  expect(folders.map((f) => path.relative(CONTENT_ROOT, f))).toEqual(expect.arrayContaining([path.join('vt', '2025.1'), path.join('vt', '2026.1')]));
});

const load = (version: string) => {
  const r = loadFramework(path.join(CONTENT_ROOT, 'vt', version));
  if (!r.ok) throw new Error(`vt ${version} is invalid`);
  return r.content;
};
const questionsOf = (c: FrameworkContent) => c.areas.flatMap((a) => a.questions);

describe('vt 2025.1, which assessments use', () => {
  test('keeps its content: 12 areas, 70 questions and the hash it was first imported with', () => {
    const c = load('2025.1');
    expect([c.areas.length, questionsOf(c).length]).toEqual([12, 70]);
    // A changed hash would make the import refuse it wherever an assessment uses it.
    expect(contentHash(c).slice(0, 12)).toBe('49c8fc0d49d5');
  });
});

describe('vt 2026.1', () => {
  const older = load('2025.1');
  const c = load('2026.1');
  const questions = questionsOf(c);
  const codes = questions.map((q) => q.code);

  test('follows 2025.1: 12 areas, 80 questions, and a carry-over mapping the previous version confirms', () => {
    expect(c.framework.previous).toBe('2025.1');
    expect([c.areas.length, questions.length]).toEqual([12, 80]);
    expect(checkCarryOver(c, older)).toEqual([]);
    const mapping = carryOver(c, older)!;
    const count = (r: string) => mapping.questions.filter((q) => q.relation === r).length;
    expect({ same: count('same'), reworded: count('reworded'), split: count('split'), merged: count('merged'), new: count('new') })
      .toEqual({ same: 37, reworded: 31, split: 4, merged: 0, new: 8 });
    expect(mapping.retired).toEqual([]);
  });

  test('asks about the first seven gaps of the review (§2)', () => {
    // armed intervention, EOD and counter-IED, explosives and small arms, crowded-place duty,
    // insider threat, alert levels, supply chain, sensitive site information
    expect(codes).toEqual(expect.arrayContaining(['PREP-07', 'EMER-06', 'EMER-07', 'SOFT-07', 'RISK-07', 'COORD-08', 'CIP-07', 'LEG-07']));
    for (const code of ['PREP-07', 'EMER-06', 'EMER-07', 'SOFT-07', 'RISK-07', 'COORD-08', 'CIP-07', 'LEG-07']) {
      const q = questions.find((x) => x.code === code)!;
      expect(q.from?.relation, code).toBe('new');
      expect(q.actions.some((a) => a.partners.some((p) => ['ECOWAS', 'AU CTC', 'UNOWAS', 'UNMAS', 'UN Tourism', 'INTERPOL', 'UNICRI'].includes(p))), code).toBe(true);
    }
  });

  test('suggests an action to a State already at level 3 for every question', () => {
    expect(questions.filter((q) => !q.actions.some((a) => a.minLevel <= 3 && 3 <= a.maxLevel)).map((q) => q.code)).toEqual([]);
  });

  test('writes the rating rule into the scale', () => {
    expect(c.framework.description.en).toContain('a level is reached only when all its conditions are met; otherwise rate the level below');
    expect(c.framework.description.fr).toContain('un niveau n’est atteint que lorsque toutes ses conditions sont remplies ; à défaut, retenir le niveau inférieur');
  });

  test('cites the soft-target paragraphs of 2396 and guiding principles 15 and 16 from the soft-target questions', () => {
    const citing = (ref: string) => questions.filter((q) => q.references.includes(ref)).map((q) => q.code);
    expect(citing('2396:SOFT-RISK')).toEqual(expect.arrayContaining(['RISK-04', 'SOFT-01', 'SOFT-04', 'SOFT-07', 'PREP-07']));
    expect(citing('2396:SOFT-PPP')).toEqual(expect.arrayContaining(['PPP-03', 'SOFT-02', 'SOFT-07']));
    expect(citing('S/2018/1177:GP15').length).toBeGreaterThan(3);
    expect(citing('S/2018/1177:GP16').length).toBeGreaterThan(3);
  });

  test('says of every numbered paragraph whether its number was verified, and lists those that were not', () => {
    const numbered = c.instruments.flatMap((i) => i.paragraphs.filter((p) => p.number != null).map((p) => ({ key: `${i.code}:${p.ref}`, check: p.numberCheck })));
    expect(numbered.filter((p) => !p.check).map((p) => p.key)).toEqual([]);
    expect(unverifiedNumbers(c).map((u) => u.key)).toEqual([
      '2341:OP1', '2341:OP2', '2341:OP9', '2341:OP10', '2341:OP11', '2341:OP12', '2341:OP13',
      '2396:OP11', '2396:OP12', '2396:OP13', '2396:OP15', '2396:SOFT-RISK', '2396:SOFT-PPP',
    ]);
  });
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
