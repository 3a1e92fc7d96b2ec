// The part cache keys each rendered section by the fields it declares it reads
// (lib/pdf/sections/weights.ts). Here every section renders with a document that records what
// is read from it: a field read but not declared would let a stale section be reused.
import { expect, test } from 'vitest';
import { beninDocument } from '@/lib/pdf/fixtures/benin';
import { stressDocument } from '@/lib/pdf/fixtures/stress';
import { renderPart } from '@/lib/pdf/render-section';
import { READ_BY_EVERY_PAGE, SECTION_WEIGHTS, sectionsOf } from '@/lib/pdf/sections/weights';
import type { RoadmapDocument } from '@/lib/pdf/types';
import { trackReads, type ReadLog } from '../helpers/read-paths';

/** Whether reading `path` is covered by a declared read: the path itself or one of its ancestors. */
function covered(path: string, declared: string[], whole: boolean) {
  const under = (d: string) => path === d || path.startsWith(`${d}.`) || path.startsWith(`${d}[]`);
  if (declared.some(under)) return true;
  if (whole) return false;
  // A list's length is printed by any read of its items (readPath maps over every item).
  const list = path.endsWith('.length') ? path.slice(0, -'.length'.length) : null;
  return !!list && declared.some((d) => d.startsWith(`${list}[]`) || d.startsWith(`${list}.`));
}

function undeclared(log: ReadLog, declared: string[]) {
  return [
    ...[...log.leaves].filter((p) => !covered(p, declared, false)),
    ...[...log.wholes].filter((p) => p && !covered(p, declared, true)).map((p) => `${p} (whole)`),
  ];
}

const withDraftTranslation = (doc: RoadmapDocument): RoadmapDocument => ({
  ...doc, translation: { status: 'draft', original: 'en', untranslated: ['Action 1.1.1 – titre'], unreviewed: 2 },
});

const documents: [string, RoadmapDocument][] = [
  ['Benin fr', beninDocument('fr')],
  ['Benin en, draft translation', withDraftTranslation(beninDocument('en'))],
  ['stress', stressDocument('fr', { actions: 30, findings: 5 })],
];

test.each(documents)('every section of %s reads only fields it declares', async (_, doc) => {
  const missing: string[] = [];
  for (const section of sectionsOf(doc)) {
    let log: ReadLog | null = null;
    await renderPart(doc, [section.id], undefined, (d) => {
      const tracked = trackReads(d);
      log = tracked.log;
      return tracked.value;
    });
    const declared = [...READ_BY_EVERY_PAGE, ...SECTION_WEIGHTS.find((s) => s.id === section.id)!.reads];
    expect(log!.leaves.size, section.id).toBeGreaterThan(0);
    missing.push(...undeclared(log!, declared).map((p) => `${section.id}: ${p}`));
  }
  expect(missing).toEqual([]);
}, 60_000);

test('the check itself finds a field read but not declared', async () => {
  const doc = beninDocument('fr');
  let log: ReadLog | null = null;
  await renderPart(doc, ['gantt'], undefined, (d) => {
    const tracked = trackReads(d);
    log = tracked.log;
    return tracked.value;
  });
  const declared = SECTION_WEIGHTS.find((s) => s.id === 'gantt')!.reads.filter((r) => r !== 'actions[].title');
  expect(undeclared(log!, [...READ_BY_EVERY_PAGE, ...declared])).toContain('actions[].title');
}, 60_000);
