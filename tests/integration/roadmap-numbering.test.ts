// One numbering: the codes the roadmap page shows are the ones the PDF prints, read back
// from the rendered file with pdftotext, and an imported copy numbers its items the same.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { loadRoadmapDocument } from '@/lib/pdf/load';
import { renderRoadmapPdf } from '@/lib/pdf/render';
import { getRoadmapView } from '@/lib/roadmap/get-roadmap-view';
import { exportRoadmap, importRoadmap, signedText } from '@/lib/roadmap/exchange';
import { systemAudit } from '@/lib/audit/record-event';
import { ensureInstallationKey, signerOf } from '@/lib/installation/keys';
import { seedDemo } from '@/lib/seed/seed-demo';
import { seedDemoRoadmap } from '@/lib/seed/seed-demo-roadmap';
import { assessmentWithFindings } from '../helpers/assessment-fixture';
import { freshDb, type TestDb } from '../helpers/fresh-db';
import { pageTexts, savePdf, squash } from '../helpers/pdf-text';

let t: TestDb;
beforeEach(async () => {
  t = await freshDb();
});
afterEach(async () => {
  await t.dispose();
});

test('the action numbers of the page are those pdftotext reads in the PDF matrix, and survive an export and import', async () => {
  const f = await assessmentWithFindings(t.db);
  await seedDemo(t.db);
  await seedDemoRoadmap(t.db, { assessmentId: f.assessment.id, coordinator: 'coordonnateur@demo.jalon.example', reviewer: 'examinatrice@demo.jalon.example' });
  // The draft under review is what version 2 froze: the page and the PDF show the same tree.
  const page = (await getRoadmapView(t.db, 'benin-2024', 'fr'))!;
  expect(page.actions.length).toBeGreaterThan(1);
  expect(page.actions.every((a) => /^\d+\.\d+\.\d+$/.test(a.code))).toBe(true);
  expect(page.objectives.map((o) => o.code)).toEqual(page.objectives.map((_, i) => String(i + 1)));

  const loaded = await loadRoadmapDocument(t.db, 'benin-2024', null, 'fr');
  if (!loaded.ok) throw new Error(loaded.error);
  const pages = pageTexts(savePdf(`numbering-${t.provider}.pdf`, (await renderRoadmapPdf(loaded.data.document)).bytes));
  const matrix = squash(pages.filter((p) => p.includes(page.actions[0].code)).join(''));
  // In the matrix a row reads "code title": each code is printed right before its action.
  for (const a of page.actions) expect(matrix, a.code).toContain(squash(`${a.code}${a.title}`));
  // and each recommendation is printed under its own code, "1.2", on the priorities pages.
  const all = squash(pages.join(''));
  for (const r of page.recommendations) expect(all, r.code).toContain(squash(`${r.code}${r.text.slice(0, 40)}`));

  await ensureInstallationKey(t.db);
  const file = (await exportRoadmap(t.db, page.id))!;
  const signer = (await signerOf(t.db, signedText(file), file.signature))!;
  const imported = await importRoadmap(t.db, file, { slug: 'benin-copie', audit: systemAudit, signer });
  expect(imported.ok).toBe(true);
  const copy = (await getRoadmapView(t.db, 'benin-copie', 'fr'))!;
  expect(copy.actions.map((a) => [a.code, a.title])).toEqual(page.actions.map((a) => [a.code, a.title]));
}, 180_000);
