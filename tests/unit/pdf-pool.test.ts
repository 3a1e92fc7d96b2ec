// The worker pool renders off the main thread, in one worker or in parallel parts.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, expect, test, vi } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { beninDocument } from '@/lib/pdf/fixtures/benin';
import { stressDocument } from '@/lib/pdf/fixtures/stress';
import { dealParts, PdfPool } from '@/lib/pdf/pool';
import { SECTION_ORDER_MATCHES } from '@/lib/pdf/sections';
import { pageTexts, savePdf } from '../helpers/pdf-text';

const pool = new PdfPool({ size: 2 });
afterAll(() => pool.close());

test('a document renders in a worker, whole or as parallel parts, to the same pages', async () => {
  const doc = beninDocument('en');
  const [whole, parts] = await Promise.all([pool.render(doc, { parallel: false }), pool.render(doc, { parallel: true })]);
  expect(whole.pages).toBe(parts.pages);
  expect((await PDFDocument.load(parts.bytes)).getPageCount()).toBe(whole.pages);
  const a = pageTexts(savePdf('pool-whole.pdf', whole.bytes));
  const b = pageTexts(savePdf('pool-parts.pdf', parts.bytes));
  expect(b).toEqual(a);
}, 120_000);

test('parallel rendering deals every part to a worker once, balanced', () => {
  expect(SECTION_ORDER_MATCHES).toBe(true);
  for (const doc of [beninDocument('fr'), stressDocument('fr')]) {
    const groups = dealParts(doc, 2);
    expect(groups).toHaveLength(2);
    const ids = [...new Set(groups.flat().flatMap((p) => p.ids))].sort();
    expect(ids).toEqual(['context', 'cover', 'entities', 'findings', 'gantt', 'glossary', 'matrix', 'priorities', 'summary', 'traceability']);
  }
  // The matrix of 500 actions is chunked, and its chunks are spread over both workers.
  const matrix = dealParts(stressDocument('fr'), 2).map((g) => g.filter((p) => p.ids.includes('matrix')).length);
  expect(matrix.every((n) => n > 0)).toBe(true);
});

test('a render that fails rejects its promise and leaves the pool working', async () => {
  const broken = { ...beninDocument('fr'), actions: null } as unknown as ReturnType<typeof beninDocument>;
  await expect(pool.render(broken, { parallel: false })).rejects.toThrow(/PDF worker/);
  await expect(pool.render(broken)).rejects.toThrow();
  expect((await pool.render(beninDocument('fr'))).pages).toBeGreaterThan(10);
}, 120_000);

test('the worker bundled by the build renders the same pages as the sources through tsx', async () => {
  const file = path.resolve('test-results', 'pdf', 'pdf-worker.mjs');
  execFileSync(process.execPath, ['scripts/build/pdf-worker.mjs', file], { stdio: 'pipe' });
  const bundled = new PdfPool({ size: 1, workerFile: file });
  try {
    expect(bundled.workerFile).toBe(file);
    const doc = beninDocument('fr');
    const [a, b] = await Promise.all([bundled.render(doc), pool.render(doc)]);
    expect(pageTexts(savePdf('pool-bundled.pdf', a.bytes))).toEqual(pageTexts(savePdf('pool-sources.pdf', b.bytes)));
  } finally {
    await bundled.close();
  }
  // Outside production the pool runs the sources, even when a bundle is there.
  const dev = new PdfPool({ size: 1 });
  expect(dev.workerFile).toBeNull();
  await dev.close();
}, 120_000);

test('a worker that cannot start fails the renders waiting for it instead of hanging', async () => {
  const file = path.resolve('test-results', 'pdf', 'broken-worker.mjs');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, "throw new Error('a broken bundle');\n");
  const broken = new PdfPool({ size: 1, workerFile: file });
  const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    await expect(broken.render(beninDocument('fr'))).rejects.toThrow(/failed to start: a broken bundle/);
  } finally {
    errors.mockRestore();
    await broken.close();
  }
}, 30_000);
