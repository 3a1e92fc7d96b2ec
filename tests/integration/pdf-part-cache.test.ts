// Re-rendering only what changed (lib/pdf/part-cache.ts): the parts of a roadmap PDF kept in
// the database, reused by the next render whose sections read the same content, shared by
// every instance; the re-rendered PDF draws the same pages as a full render.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createClient } from '@/lib/db/client';
import { beninDocument } from '@/lib/pdf/fixtures/benin';
import { stressDocument } from '@/lib/pdf/fixtures/stress';
import { cachedPlans, dbPartStore, partKey, type PartStore } from '@/lib/pdf/part-cache';
import { PdfPool } from '@/lib/pdf/pool';
import { renderRoadmapPdf } from '@/lib/pdf/render';
import type { RoadmapDocument } from '@/lib/pdf/types';
import { pageImages, pageTexts, savePdf } from '../helpers/pdf-text';
import { freshDb, type TestDb } from '../helpers/fresh-db';

let t: TestDb;
beforeEach(async () => {
  t = await freshDb();
});
afterEach(async () => {
  await t.dispose();
});

const withActionTitle = (doc: RoadmapDocument, i: number, title: string): RoadmapDocument => ({
  ...doc, actions: doc.actions.map((a, k) => (k === i ? { ...a, title } : a)),
});

/** Which parts of `after` have a key `before` does not: the parts a re-render redoes. */
function changedParts(before: RoadmapDocument, after: RoadmapDocument) {
  const keys = new Set(cachedPlans(before).map((p) => partKey(before, p, { tagged: true })));
  return cachedPlans(after).filter((p) => !keys.has(partKey(after, p, { tagged: true }))).map((p) => (p.chunk ? `${p.ids[0]}#${p.chunk.index}` : p.ids[0]));
}

/** The same pages: as many, the same text, the same pixels (poppler at 40 dpi). */
function expectSamePages(name: string, actual: Uint8Array, expected: Uint8Array) {
  const a = savePdf(`${name}-${t.provider}-reused.pdf`, actual);
  const b = savePdf(`${name}-${t.provider}-full.pdf`, expected);
  expect(pageTexts(a)).toEqual(pageTexts(b));
  const [ia, ib] = [pageImages(a), pageImages(b)];
  expect(ia.length).toBe(ib.length);
  const different = ia.map((img, i) => (img.equals(ib[i]) ? null : i + 1)).filter((p) => p !== null);
  expect(different).toEqual([]);
}

test('a re-render after one action title changed reuses every other section and draws the pages of a full render', async () => {
  const store = dbPartStore(t.db);
  const doc = beninDocument('fr');
  const first = await renderRoadmapPdf(doc, { parts: store });
  expect(first.reused).toBe(0);
  const sections = cachedPlans(doc).length;
  expect(await t.db.pdfPartCache.count()).toBe(sections);

  // The same document again: every part reused, the same bytes (fixed dates, same parts).
  const again = await renderRoadmapPdf(doc, { parts: store });
  expect(again.reused).toBe(sections);
  expect(Buffer.from(again.bytes).equals(Buffer.from(first.bytes))).toBe(true);

  const changed = withActionTitle(doc, 3, 'Adopter un plan national de protection des cibles vulnérables révisé avec les collectivités territoriales');
  const reused = await renderRoadmapPdf(changed, { parts: store });
  // The matrix and the timeline print action titles; the other sections are taken as stored.
  expect(reused.reused).toBe(sections - 2);
  expect(await t.db.pdfPartCache.count()).toBe(sections + 2);
  const full = await renderRoadmapPdf(changed);
  expect(reused.pages).toBe(full.pages);
  expectSamePages('rerender-title', reused.bytes, full.bytes);
  expect(pageTexts(savePdf(`rerender-title-${t.provider}.pdf`, reused.bytes)).join('\n')).toContain('collectivités territoriales');
}, 240_000);

test('a longer text that moves the following pages keeps the table of contents and page numbers right', async () => {
  const store = dbPartStore(t.db);
  const doc = beninDocument('en');
  await renderRoadmapPdf(doc, { parts: store });
  // Two more pages of findings: every later section starts further, as the contents must say.
  const long = Array.from({ length: 40 }, (_, i) => `Additional gap ${i + 1}: the inter-agency information sharing protocol is not yet applied at the regional level.`);
  const changed: RoadmapDocument = { ...doc, findings: doc.findings.map((f, i) => (i === 0 ? { ...f, gaps: [...f.gaps, ...long] } : f)) };
  expect(changedParts(doc, changed)).toEqual(['findings']);
  const reused = await renderRoadmapPdf(changed, { parts: store });
  expect(reused.reused).toBe(cachedPlans(doc).length - 1);
  const full = await renderRoadmapPdf(changed);
  expect(reused.pages).toBeGreaterThan((await renderRoadmapPdf(doc)).pages);
  expectSamePages('rerender-pages', reused.bytes, full.bytes);
}, 240_000);

test('a changed action invalidates only the sections that print what changed; a chunk\'s key covers its whole section', () => {
  const doc = beninDocument('fr');
  expect(changedParts(doc, doc)).toEqual([]);
  expect(changedParts(doc, withActionTitle(doc, 0, 'Un autre titre'))).toEqual(['matrix', 'gantt']);
  const a = doc.actions[2];
  expect(changedParts(doc, { ...doc, actions: doc.actions.map((x) => (x === a ? { ...x, description: 'Une autre description.' } : x)) })).toEqual(['matrix']);
  expect(changedParts(doc, { ...doc, actions: doc.actions.map((x) => (x === a ? { ...x, paragraphRefs: [] } : x)) })).toEqual(['matrix', 'traceability']);
  expect(changedParts(doc, { ...doc, glossary: doc.glossary.slice(1) })).toEqual(['glossary']);
  // What every page's header and footer print: every part.
  expect(changedParts(doc, { ...doc, status: 'approved' })).toHaveLength(cachedPlans(doc).length);
  // Another language never shares a part.
  const en = beninDocument('en');
  expect(changedParts(doc, { ...en, locale: 'fr' }).length).toBeGreaterThan(0);

  // 500 actions: the matrix renders in chunks; one action changed redoes all of them (pages
  // move between chunks), and the chunks of one section differ by their index.
  const stress = stressDocument('fr');
  const chunks = cachedPlans(stress).filter((p) => p.ids[0] === 'matrix');
  expect(chunks.length).toBeGreaterThan(1);
  expect(new Set(chunks.map((p) => partKey(stress, p, { tagged: true }))).size).toBe(chunks.length);
  const timeline = cachedPlans(stress).filter((p) => p.ids[0] === 'gantt').map((p) => (p.chunk ? `gantt#${p.chunk.index}` : 'gantt'));
  expect(changedParts(stress, withActionTitle(stress, 200, 'Un autre titre'))).toEqual([...chunks.map((p) => `matrix#${p.chunk!.index}`), ...timeline]);
  // Tagged and untagged parts are never mixed.
  expect(partKey(doc, cachedPlans(doc)[0], { tagged: false })).not.toBe(partKey(doc, cachedPlans(doc)[0], { tagged: true }));
});

test('parts stored by one instance are read by another, and two instances storing one part both succeed', async () => {
  const other = createClient(t.url);
  try {
    const doc = beninDocument('fr');
    await renderRoadmapPdf(doc, { parts: dbPartStore(t.db) });
    const there = await renderRoadmapPdf(doc, { parts: dbPartStore(other) });
    expect(there.reused).toBe(cachedPlans(doc).length);

    const part = { key: 'same-part', section: 'glossary@', language: 'fr' as const, bytes: new Uint8Array([1, 2, 3]), renderMs: 5 };
    await Promise.all([dbPartStore(t.db).put([part]), dbPartStore(other).put([part])]);
    expect(await t.db.pdfPartCache.count({ where: { cacheKey: 'same-part' } })).toBe(1);
    expect((await dbPartStore(other).get(['same-part'])).get('same-part')).toEqual(new Uint8Array([1, 2, 3]));
  } finally {
    await other.$disconnect();
  }
}, 240_000);

test('past its bound the table forgets the least recently used parts first', async () => {
  const store: PartStore = dbPartStore(t.db, { maxBytes: 250 });
  const part = (key: string) => ({ key, section: 'cover@', language: 'fr' as const, bytes: new Uint8Array(100), renderMs: 1 });
  await store.put([part('a')]);
  await store.put([part('b')]);
  await new Promise((r) => setTimeout(r, 5));
  await store.get(['a']); // a is used again: b is now the oldest
  await new Promise((r) => setTimeout(r, 5));
  await store.put([part('c')]);
  const left = (await t.db.pdfPartCache.findMany({ select: { cacheKey: true } })).map((r) => r.cacheKey).sort();
  expect(left).toEqual(['a', 'c']);
});

test('the worker pool reuses the stored parts, in one worker or dealt to both', async () => {
  const pool = new PdfPool({ size: 2 });
  try {
    const store = dbPartStore(t.db);
    const doc = beninDocument('fr');
    const first = await pool.render(doc, { parts: store, parallel: true });
    expect(first.reused).toBe(0);
    const changed = withActionTitle(doc, 5, 'Renforcer la sécurité des grands rassemblements publics à Cotonou et Porto-Novo');
    const reused = await pool.render(changed, { parts: store });
    expect(reused.reused).toBe(cachedPlans(doc).length - 2);
    const full = await pool.render(changed);
    expectSamePages('rerender-pool', reused.bytes, full.bytes);
  } finally {
    await pool.close();
  }
}, 240_000);
