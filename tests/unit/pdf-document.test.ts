// The Benin roadmap rendered in French and English, read back with pdftotext.
import { PDFDocument, PDFName, PDFDict, PDFNumber } from 'pdf-lib';
import { beforeAll, describe, expect, test } from 'vitest';
import { translator } from '@/lib/i18n/translate';
import { beninDocument } from '@/lib/pdf/fixtures/benin';
import { renderRoadmapPdf } from '@/lib/pdf/render';
import type { PdfLocale } from '@/lib/pdf/types';
import { fonts, pageTexts, savePdf, squash, watermarkShare } from '../helpers/pdf-text';

const SECTIONS = ['summary', 'context', 'findings', 'priorities', 'matrix', 'gantt', 'traceability', 'entities', 'glossary'];

describe.each(['fr', 'en'] as const)('the Benin roadmap in %s', (locale: PdfLocale) => {
  const t = translator(locale, 'pdf');
  const doc = beninDocument(locale);
  let pages: string[];
  let file: string;
  let bytes: Uint8Array;

  beforeAll(async () => {
    bytes = (await renderRoadmapPdf(doc)).bytes;
    file = savePdf(`benin-${locale}.pdf`, bytes);
    pages = pageTexts(file);
  }, 60_000);

  test('has the cover, the table of contents and every section heading', () => {
    const all = pages.join('\n');
    // Letter-spaced capitals come back from pdftotext with spaces between the letters.
    expect(squash(pages[0])).toContain(squash(locale === 'fr' ? 'RÉPUBLIQUE DU BÉNIN' : 'REPUBLIC OF BENIN'));
    expect(squash(pages[0])).toContain(squash(doc.title));
    expect(squash(pages[0])).toContain(squash(t('sensitivity.restricted').toUpperCase()));
    expect(pages[1]).toContain(t('toc.title'));
    for (const s of SECTIONS) expect(all, s).toContain(t(`sections.${s}`));
    for (const f of doc.findings) expect(squash(all), f.areaTitle).toContain(squash(f.areaTitle));
  });

  test('prints every action title in full', () => {
    const all = squash(pages.join(''));
    for (const a of doc.actions) expect(all, a.code).toContain(squash(a.title));
  });

  test('numbers every page but the cover "Page x of y", and the contents point at the right pages', () => {
    const total = pages.length;
    expect(pages[0]).not.toMatch(/Page 1 /);
    for (let i = 1; i < total; i++) expect(pages[i], `page ${i + 1}`).toContain(t('pageOf', { page: i + 1, total }));
    // Each section's entry in the table of contents names the page its heading is on.
    for (const s of SECTIONS) {
      const heading = t(`sections.${s}`);
      const line = pages[1].split('\n').find((l) => l.includes(heading));
      const page = Number(line?.match(/(\d+)\s*$/)?.[1] ?? pages[1].split('\n')[pages[1].split('\n').findIndex((l) => l.includes(heading)) + 1]);
      expect(pages[page - 1], `${s} on page ${page}`).toContain(heading);
    }
  });

  test('carries the DRAFT watermark on every page of a draft', () => {
    // Drawn as outlines (no text fragments in the text layer, pdf-tagged.test.ts): seen in the pixels.
    pages.forEach((_, i) => expect(watermarkShare(file, i + 1), `page ${i + 1}`).toBeGreaterThan(0.01));
  });

  test('has bookmarks, metadata and embedded fonts only', async () => {
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    const outlines = pdf.catalog.lookup(PDFName.of('Outlines'), PDFDict);
    expect(outlines.lookup(PDFName.of('Count'), PDFNumber).asNumber()).toBeGreaterThanOrEqual(SECTIONS.length + 2);
    expect(pdf.getTitle()).toContain(doc.title);
    const rows = fonts(file).split('\n').slice(2).filter(Boolean);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row, row).toMatch(/NotoSans.*\byes\b/);
  });
});

test('an approved version has no watermark', async () => {
  for (const locale of ['fr', 'en'] as const) {
    const file = savePdf(`benin-${locale}-approved.pdf`, (await renderRoadmapPdf(beninDocument(locale, { status: 'approved' }))).bytes);
    const text = squash(pageTexts(file).join(''));
    expect(text).not.toContain(translator(locale, 'pdf')('watermark'));
    expect(watermarkShare(file, 2)).toBeLessThan(0.002);
    expect(text).toContain(squash(translator(locale, 'pdf')('status.approved')));
  }
}, 60_000);
