// The worker pool renders off the main thread, in one worker or in parallel parts.
import { afterAll, expect, test } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { beninDocument } from '@/lib/pdf/fixtures/benin';
import { stressDocument } from '@/lib/pdf/fixtures/stress';
import { PdfPool, splitSections } from '@/lib/pdf/pool';
import { SECTION_ORDER_MATCHES } from '@/lib/pdf/sections';
import { pageTexts, savePdf } from '../helpers/pdf-text';

const pool = new PdfPool({ size: 2 });
afterAll(() => pool.close());

test('a document renders in a worker, whole or as parallel parts, to the same pages', async () => {
  const doc = beninDocument('en');
  const [whole, parts] = await Promise.all([pool.render(doc), pool.render(doc, { parallel: true })]);
  expect(whole.pages).toBe(parts.pages);
  expect((await PDFDocument.load(parts.bytes)).getPageCount()).toBe(whole.pages);
  const a = pageTexts(savePdf('pool-whole.pdf', whole.bytes));
  const b = pageTexts(savePdf('pool-parts.pdf', parts.bytes));
  expect(b).toEqual(a);
}, 120_000);

test('the split balances the sections across workers and keeps every section once', () => {
  expect(SECTION_ORDER_MATCHES).toBe(true);
  const groups = splitSections(stressDocument('fr'), 2);
  expect(groups).toHaveLength(2);
  expect(groups.flat().sort()).toEqual(['context', 'cover', 'entities', 'findings', 'gantt', 'glossary', 'matrix', 'priorities', 'summary', 'traceability']);
  expect(groups.find((g) => g.includes('matrix'))).not.toContain('gantt');
});

test('a render that fails rejects its promise and leaves the pool working', async () => {
  const broken = { ...beninDocument('fr'), actions: null } as unknown as ReturnType<typeof beninDocument>;
  await expect(pool.render(broken)).rejects.toThrow(/PDF worker/);
  expect((await pool.render(beninDocument('fr'))).pages).toBeGreaterThan(10);
}, 120_000);
