// A submitted version's snapshot -> the PDF document; the shared PDF cache; serving.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { beninDocument, beninSnapshot } from '@/lib/pdf/fixtures/benin';
import { seedBeninRoadmapVersion } from '@/lib/pdf/fixtures/seed-version';
import { getCachedPdf, pdfCacheKey, putCachedPdf } from '@/lib/pdf/cache';
import { TEMPLATE_VERSION } from '@/lib/pdf/template';
import { loadRoadmapDocument } from '@/lib/pdf/load';
import { getRoadmapPdf } from '@/lib/pdf/serve';
import { PdfPool } from '@/lib/pdf/pool';
import { setPdfPrerenderer, settlePrerenders } from '@/lib/pdf/prerender';
import { snapshotSchema } from '@/lib/roadmap/snapshot';
import { seedDemo } from '@/lib/seed/seed-demo';
import { seedDemoRoadmap } from '@/lib/seed/seed-demo-roadmap';
import { renderRoadmapPdf } from '@/lib/pdf/render';
import { assessmentWithFindings } from '../helpers/assessment-fixture';
import { pageTexts, savePdf, squash } from '../helpers/pdf-text';
import type { RoadmapDocument } from '@/lib/pdf/types';
import { freshDb, type TestDb } from '../helpers/fresh-db';

let t: TestDb;
beforeEach(async () => {
  t = await freshDb();
});
afterEach(async () => {
  await t.dispose();
});

test('the Benin fixture is a valid snapshot in both languages', () => {
  expect(snapshotSchema.safeParse(beninSnapshot('fr')).success).toBe(true);
  expect(snapshotSchema.safeParse(beninSnapshot('en')).success).toBe(true);
});

test('the demo roadmap, drafted and submitted by the roadmap domain, prints every action of its latest version', async () => {
  const f = await assessmentWithFindings(t.db);
  await seedDemo(t.db);
  await seedDemoRoadmap(t.db, { assessmentId: f.assessment.id, coordinator: 'coordonnateur@demo.jalon.example', reviewer: 'examinatrice@demo.jalon.example' });
  const r = await loadRoadmapDocument(t.db, 'benin-2024', null, 'fr');
  if (!r.ok) throw new Error(r.error);
  const doc = r.data.document;
  expect(r.data.version.number).toBe(2);
  expect(doc.actions.length).toBeGreaterThan(0);
  const pages = pageTexts(savePdf(`demo-${t.provider}.pdf`, (await renderRoadmapPdf(doc)).bytes));
  const all = squash(pages.join(''));
  for (const a of doc.actions) expect(all, a.code).toContain(squash(a.title));
  expect(pages.length).toBeGreaterThan(8);
}, 120_000);

test('a version loads by slug or id, the latest when no number is given, and maps to the document', async () => {
  const { roadmap } = await seedBeninRoadmapVersion(t.db, { language: 'en' });
  const bySlug = await loadRoadmapDocument(t.db, 'benin-2024', null, 'en');
  const byId = await loadRoadmapDocument(t.db, roadmap.id, 1, 'en');
  if (!bySlug.ok || !byId.ok) throw new Error('not loaded');
  expect(byId.data.document).toEqual(bySlug.data.document);
  const doc = bySlug.data.document;
  const fixture = beninDocument('en');
  expect(doc.status).toBe('draft');
  expect(doc.versionNumber).toBe(1);
  expect(doc.actions.map((a) => [a.code, a.title, a.leadEntity, a.paragraphRefs])).toEqual(fixture.actions.map((a) => [a.code, a.title, a.leadEntity, a.paragraphRefs]));
  expect(doc.actions.find((a) => a.code === '10.1.2')?.cost).toEqual({ amount: 85_000, currency: 'EUR' });
  expect(doc.findings.map((f) => [f.areaCode, f.maturity, f.gaps])).toEqual(fixture.findings.map((f) => [f.areaCode, f.maturity, f.gaps]));
  expect(doc.entities).toHaveLength(22);
  expect(doc.consultation).toMatchObject({ officialsCount: 30, entitiesCount: 22, coordinatingEntity: 'Ministry of the Interior and Public Security' });
  expect(doc).toMatchObject({ country: 'Benin', period: '2025–2027', supportedBy: ['UNOCT', 'CTED'], illustrative: true });
  // National priorities: the high-priority areas, least mature first.
  expect(doc.priorities.map((p) => p.title).slice(0, 2)).toEqual(['Governance and coordination', 'Identification and risk assessment of critical infrastructure']);
});

test('a French roadmap printed in English marks its untranslated texts and translates the framework’s', async () => {
  await seedBeninRoadmapVersion(t.db, { language: 'fr' });
  const r = await loadRoadmapDocument(t.db, 'benin-2024', 1, 'en');
  if (!r.ok) throw new Error(r.error);
  // No English text for this action yet (docs/decisions/011): its French, marked as such.
  expect(r.data.document.actions[0].title).toMatch(/^\[FR\] Élaborer/);
  expect(r.data.document.findings[0].areaTitle).toBe('Governance and coordination');
  expect(r.data.document.country).toBe('Benin');
});

test('unknown roadmaps, missing versions and unreadable snapshots are typed errors', async () => {
  const { version } = await seedBeninRoadmapVersion(t.db, { approved: true });
  expect(await loadRoadmapDocument(t.db, 'nowhere', null, 'fr')).toEqual({ ok: false, error: 'pdf.errors.roadmapNotFound' });
  expect(await loadRoadmapDocument(t.db, 'benin-2024', 2, 'fr')).toEqual({ ok: false, error: 'pdf.errors.versionNotFound' });
  const approved = await loadRoadmapDocument(t.db, 'benin-2024', 1, 'fr');
  expect(approved.ok && approved.data.document.status).toBe('approved');
  await t.db.roadmapVersion.update({ where: { id: version.id }, data: { snapshot: { schemaVersion: 99 } } });
  expect(await loadRoadmapDocument(t.db, 'benin-2024', 1, 'fr')).toEqual({ ok: false, error: 'pdf.errors.invalidSnapshot' });
});

test('the cache is keyed by content hash, language, template and what the PDF shows of the version, and shared through the database', async () => {
  const { version } = await seedBeninRoadmapVersion(t.db);
  const facts = { contentHash: version.contentHash, number: 1, approved: false, date: '2024-09-30' };
  const key = pdfCacheKey(facts, 'fr');
  expect(key).toBe(`${version.contentHash}:fr:${TEMPLATE_VERSION}:v1:draft:2024-09-30`);
  expect(pdfCacheKey(facts, 'en')).not.toBe(key);
  expect(pdfCacheKey({ ...facts, approved: true }, 'fr')).not.toBe(key);
  expect(pdfCacheKey({ ...facts, number: 2 }, 'fr')).not.toBe(key);
  expect(await getCachedPdf(t.db, key)).toBeNull();
  const bytes = new Uint8Array([37, 80, 68, 70, 45, 49, 46, 55]);
  await putCachedPdf(t.db, { key, roadmapVersionId: version.id, language: 'fr', bytes, renderMs: 812.4 });
  await putCachedPdf(t.db, { key, roadmapVersionId: version.id, language: 'fr', bytes, renderMs: 900 }); // a second instance's render
  expect(await getCachedPdf(t.db, key)).toEqual(bytes);
  expect(await t.db.pdfRender.count()).toBe(1);
});

test('serving renders once, then answers from the cache; concurrent requests share one render', async () => {
  await seedBeninRoadmapVersion(t.db);
  const rendered: RoadmapDocument[] = [];
  const render = async (doc: RoadmapDocument) => {
    rendered.push(doc);
    await new Promise((r) => setTimeout(r, 50));
    return { bytes: new TextEncoder().encode(`%PDF fake ${doc.locale}`), pages: 1, ms: 50 };
  };
  const [a, b] = await Promise.all([getRoadmapPdf(t.db, 'benin-2024', 1, 'fr', render), getRoadmapPdf(t.db, 'benin-2024', 1, 'fr', render)]);
  expect(rendered).toHaveLength(1);
  expect(a.ok && a.data.cached).toBe(false);
  // The second request either waited for the first render or, if it came later, found its PDF in the cache.
  expect(b.ok && b.data.bytes).toEqual(a.ok && a.data.bytes);
  const c = await getRoadmapPdf(t.db, 'benin-2024', 1, 'fr', render);
  expect(c.ok && c.data).toMatchObject({ cached: true, filename: 'benin-2024-v1-fr.pdf' });
  expect(rendered).toHaveLength(1);
  await getRoadmapPdf(t.db, 'benin-2024', 1, 'en', render);
  expect(rendered.map((d) => d.locale)).toEqual(['fr', 'en']);
  expect(await getRoadmapPdf(t.db, 'benin-2024', 7, 'fr', render)).toEqual({ ok: false, error: 'pdf.errors.versionNotFound' });
});

test('a version approved after its PDF was cached gets a new PDF, without the watermark', async () => {
  const { version } = await seedBeninRoadmapVersion(t.db);
  const rendered: RoadmapDocument[] = [];
  const render = async (doc: RoadmapDocument) => {
    rendered.push(doc);
    return { bytes: new TextEncoder().encode(`%PDF fake ${doc.status}`), pages: 1, ms: 1 };
  };
  expect((await getRoadmapPdf(t.db, 'benin-2024', 1, 'fr', render)).ok).toBe(true);
  await t.db.roadmapVersion.update({ where: { id: version.id }, data: { status: 'APPROVED', decidedAt: new Date('2024-11-05T10:00:00Z') } });
  const approved = await getRoadmapPdf(t.db, 'benin-2024', 1, 'fr', render);
  expect(approved.ok && approved.data.cached).toBe(false);
  expect(rendered.map((d) => [d.status, d.date])).toEqual([['draft', expect.any(String)], ['approved', '2024-11-05']]);
});

test('submitting a version renders its PDF in French and English in the background, through a worker pool', async () => {
  const f = await assessmentWithFindings(t.db);
  await seedDemo(t.db);
  const pool = new PdfPool({ size: 1 });
  setPdfPrerenderer(async (doc) => {
    if (doc.locale === 'en' && doc.versionNumber === 1) throw new Error('a render that fails');
    return pool.render(doc);
  });
  const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    // The demo roadmap is drafted, submitted (version 1), sent back and submitted again (version 2).
    await seedDemoRoadmap(t.db, { assessmentId: f.assessment.id, coordinator: 'coordonnateur@demo.jalon.example', reviewer: 'examinatrice@demo.jalon.example' });
    await settlePrerenders();
    const versions = await t.db.roadmapVersion.findMany({ where: { roadmap: { slug: 'benin-2024' } }, orderBy: { number: 'asc' }, include: { pdfs: { select: { language: true, size: true } } } });
    expect(versions.map((v) => v.number)).toEqual([1, 2]);
    // Version 1: French rendered, English failed (logged; the submission went through).
    expect(versions[0].pdfs.map((r) => r.language)).toEqual(['fr']);
    expect(errors).toHaveBeenCalledTimes(1);
    expect(versions[1].pdfs.map((r) => r.language).sort()).toEqual(['en', 'fr']);
    for (const r of versions[1].pdfs) expect(r.size).toBeGreaterThan(10_000);
    // The first download is a cache hit.
    const served = await getRoadmapPdf(t.db, 'benin-2024', 2, 'en', () => Promise.reject(new Error('should be cached')));
    expect(served.ok && served.data.cached).toBe(true);
  } finally {
    setPdfPrerenderer(null);
    errors.mockRestore();
    await pool.close();
  }
}, 180_000);
