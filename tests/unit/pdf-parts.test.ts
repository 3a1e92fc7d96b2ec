// A large roadmap renders in several parts (long sections in chunks); the joined document
// reads the same as a one-part render.
import { expect, test } from 'vitest';
import { assemble } from '@/lib/pdf/assemble';
import { stressDocument } from '@/lib/pdf/fixtures/stress';
import { beninDocument } from '@/lib/pdf/fixtures/benin';
import { renderPart } from '@/lib/pdf/render-section';
import { SECTION_IDS } from '@/lib/pdf/sections';
import { planParts, sectionsOf } from '@/lib/pdf/sections/weights';
import { pageTexts, savePdf } from '../helpers/pdf-text';

test('the Benin roadmap is one part; the stress one splits its matrix into chunks', () => {
  // A first cycle: no annex D (the comparison with the previous cycle).
  const benin = beninDocument('fr');
  expect(sectionsOf(benin).map((s) => s.id)).toEqual(SECTION_IDS.filter((id) => id !== 'cycles'));
  expect(planParts(benin)).toEqual([{ ids: sectionsOf(benin).map((s) => s.id) }]);
  const plan = planParts(stressDocument('fr'));
  expect(plan.flatMap((p) => p.ids).filter((id) => id !== 'matrix')).toEqual(SECTION_IDS.filter((id) => id !== 'matrix' && id !== 'cycles'));
  const matrix = plan.filter((p) => p.ids.includes('matrix'));
  expect(matrix.length).toBeGreaterThan(1);
  expect(matrix.map((p) => p.chunk?.index)).toEqual(matrix.map((_, i) => i));
});

test('chunked parts join into the same pages as one part', async () => {
  const doc = stressDocument('en', { actions: 120, findings: 20 });
  const whole = await assemble(doc, [await renderPart(doc, SECTION_IDS)]);
  const parts = [await renderPart(doc, SECTION_IDS.filter((id) => id !== 'matrix'))];
  for (let index = 0; index < 3; index++) parts.push(await renderPart(doc, ['matrix'], { index, of: 3 }));
  const chunked = await assemble(doc, parts.reverse());
  expect(chunked.pages).toBe(whole.pages);
  expect(pageTexts(savePdf('chunked.pdf', chunked.bytes))).toEqual(pageTexts(savePdf('whole.pdf', whole.bytes)));
}, 120_000);
