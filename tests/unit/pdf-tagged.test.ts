// The roadmap PDF as assistive technology reads it: tagged (pdfinfo), its structure tree as
// Mozilla's pdf.js sees it (headings, tables, figures with alternative text, the table of
// contents and its links), and a text layer (pdftotext) with whole words in reading order.
import { execFileSync } from 'node:child_process';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { beforeAll, describe, expect, test } from 'vitest';
import { translator } from '@/lib/i18n/translate';
import { beninDocument } from '@/lib/pdf/fixtures/benin';
import { renderRoadmapPdf } from '@/lib/pdf/render';
import type { PdfLocale, RoadmapDocument } from '@/lib/pdf/types';
import { findRoles, readStructure, textOf, type PageStructure, type StructNode } from '../helpers/pdf-structure';
import { fonts, pageTexts, savePdf, squash } from '../helpers/pdf-text';

const SECTIONS = ['summary', 'context', 'findings', 'priorities', 'matrix', 'gantt', 'traceability', 'entities', 'glossary'] as const;

const pdfinfo = (file: string) => execFileSync('pdfinfo', [file], { encoding: 'utf8' });
const allText = (node: StructNode, page: PageStructure) => squash(textOf(node, page));

describe.each(['fr', 'en'] as const)('the tagged Benin roadmap in %s', (locale: PdfLocale) => {
  const t = translator(locale, 'pdf');
  const doc = beninDocument(locale);
  let file: string;
  let bytes: Uint8Array;
  let structure: PageStructure[];
  let texts: string[];

  beforeAll(async () => {
    bytes = (await renderRoadmapPdf(doc)).bytes;
    file = savePdf(`benin-tagged-${locale}.pdf`, bytes);
    structure = await readStructure(file);
    texts = pageTexts(file);
  }, 300_000);

  test('pdfinfo says tagged; the catalog has the language, MarkInfo and the title in the title bar', async () => {
    expect(pdfinfo(file)).toMatch(/^Tagged:\s+yes$/m);
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.catalog.lookup(PDFName.of('Lang'))?.toString()).toContain(locale === 'fr' ? 'fr-FR' : 'en-GB');
    expect(pdf.catalog.lookup(PDFName.of('MarkInfo'), PDFDict).get(PDFName.of('Marked'))?.toString()).toBe('true');
    expect(pdf.catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict).get(PDFName.of('DisplayDocTitle'))?.toString()).toBe('true');
  });

  test('every page has a structure tree, one Document for the whole file', () => {
    for (const page of structure) {
      expect(page.tree, `page ${page.page}`).not.toBeNull();
      expect(findRoles(page.tree, 'Document'), `page ${page.page}`).toHaveLength(1);
    }
  });

  test('each section starts with its heading (H1), in a section of its own', () => {
    for (const id of SECTIONS) {
      const title = squash(t(`sections.${id}`));
      const page = structure.find((p) => findRoles(p.tree, 'H1').some((h) => allText(h, p).endsWith(title)));
      expect(page, id).toBeDefined();
      expect(findRoles(page!.tree, 'Sect').length, id).toBeGreaterThan(0);
    }
    // The cover's title is its H1; the areas of the findings are H2s.
    expect(findRoles(structure[0].tree, 'H1').map((h) => allText(h, structure[0]))).toContain(squash(doc.title));
    const h2 = structure.flatMap((p) => findRoles(p.tree, 'H2').map((h) => allText(h, p)));
    for (const [k, f] of doc.findings.entries()) expect(h2, f.areaCode).toContain(squash(`3.${k + 1} ${f.areaTitle}`));
  });

  test('the action matrix is a table: a header row of column headers, then a row per action', () => {
    const codes = new Set(doc.actions.map((a) => squash(a.code)));
    const isActionRow = (tr: StructNode, p: PageStructure) => codes.has(allText(findRoles(tr, 'TD')[0] ?? {}, p));
    const matrix = structure.filter((p) => findRoles(p.tree, 'Table').some((tb) => findRoles(tb, 'TR').some((tr) => isActionRow(tr, p))));
    expect(matrix.length).toBeGreaterThan(1);
    // Header cells once, on the first page: repeated headers of later pages are artifacts.
    const headers = matrix.flatMap((p) => findRoles(p.tree, 'TH').map((th) => allText(th, p)));
    expect(headers.filter((h) => h === squash(t('matrix.action')))).toHaveLength(1);
    expect(headers).toContain(squash(t('matrix.lead')));
    const cells = matrix.flatMap((p) => findRoles(p.tree, 'TR').map((tr) => findRoles(tr, 'TD').map((td) => allText(td, p))));
    for (const a of doc.actions) {
      const row = cells.find((r) => r[0] === squash(a.code));
      expect(row, a.code).toBeDefined();
      expect(row![1], a.code).toContain(squash(a.title));
      expect(row![2], a.code).toBe(squash(a.leadEntity));
    }
  });

  test('the maturity chart and the timeline are figures whose alternative text says what they show', () => {
    const figures = structure.flatMap((p) => findRoles(p.tree, 'Figure'));
    const chart = figures.find((f) => f.alt?.includes(doc.findings[0].areaTitle));
    expect(chart?.alt).toContain(locale === 'fr' ? 'niveau de maturité' : 'maturity level');
    for (const f of doc.findings) expect(chart!.alt, f.areaCode).toContain(f.areaTitle);
    const gantt = figures.filter((f) => f.alt?.startsWith(locale === 'fr' ? 'Diagramme de Gantt' : 'Gantt chart'));
    expect(gantt.length).toBeGreaterThan(0);
  });

  test('the table of contents is a TOC of entries that link to their pages', async () => {
    const toc = structure.find((p) => findRoles(p.tree, 'TOC').length)!;
    expect(toc.page).toBe(2);
    const items = findRoles(toc.tree, 'TOCI');
    expect(items.length).toBeGreaterThanOrEqual(SECTIONS.length + doc.findings.length);
    expect(findRoles(toc.tree, 'Link').length).toBe(items.length);
    // Each link goes to the page its entry names.
    const pdf = await PDFDocument.load(bytes);
    const refs = pdf.getPages().map((p) => p.ref.toString());
    const annots = pdf.getPage(1).node.Annots();
    const targets = Array.from({ length: annots?.size() ?? 0 }, (_, i) => {
      const d = annots!.lookup(i, PDFDict).lookup(PDFName.of('A'), PDFDict).get(PDFName.of('D'));
      return refs.indexOf(String((d as unknown as { get(i: number): unknown }).get(0))) + 1;
    });
    expect(targets).toHaveLength(items.length);
    const printed = items.map((it) => Number(textOf(it, toc).match(/(\d+)\s*$/)?.[1]));
    expect(targets).toEqual(printed);
  });

  test('font subsets have unique tags', () => {
    const names = fonts(file).split('\n').slice(2).filter(Boolean).map((l) => l.split(/\s+/)[0]);
    expect(names.length).toBeGreaterThan(3);
    expect(new Set(names.map((n) => n.slice(0, 6))).size).toBe(names.length);
  });

  test('pdftotext gives the cover and the headings as whole words, in reading order, without the watermark', () => {
    const cover = texts[0].split('\n');
    expect(cover).toContain(locale === 'fr' ? 'RÉPUBLIQUE DU BÉNIN' : 'REPUBLIC OF BENIN');
    expect(cover).toContain(t('sensitivity.restricted').toUpperCase());
    expect(cover).toContain(t('cover.supportedBy').toUpperCase());
    const title = texts[0].indexOf(doc.title.split(' ').slice(0, 3).join(' '));
    expect(title).toBeGreaterThan(texts[0].indexOf(locale === 'fr' ? 'RÉPUBLIQUE' : 'REPUBLIC'));
    expect(texts[0].indexOf(t('cover.version', { number: doc.versionNumber }))).toBeGreaterThan(title);
    // The draft's watermark is drawn, not written: no letters of it between the lines.
    const mark = t('watermark');
    for (const [i, page] of texts.entries()) {
      for (const line of page.split('\n')) expect(mark.includes(line.trim()) && line.trim().length < mark.length && line.trim().length > 0, `page ${i + 1}: ${line}`).toBe(false);
      expect(page.replace(/\s/g, ''), `page ${i + 1}`).not.toContain(mark);
    }
    // Headings: the kicker in whole words, then the title.
    const summary = texts.findIndex((p) => p.includes(t('sections.summary')) && !p.includes(t('toc.title')));
    expect(texts[summary]).toContain(`${t('kicker.section', { number: '1' }).toUpperCase()} \n${t('sections.summary')}`);
    const order = SECTIONS.map((id) => texts.findIndex((p, i) => i > 1 && p.includes(t(`sections.${id}`))));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});

test('nasty content (a 300-character word, emoji, Arabic, empty sections) renders tagged', async () => {
  const base = beninDocument('fr');
  const doc: RoadmapDocument = {
    ...base,
    executiveSummary: [`${'Infrastructures'.repeat(20)} 😀 الأمن السيبراني`],
    findings: [], objectives: [], actions: [], entities: [], glossary: [],
  };
  const file = savePdf('nasty-tagged.pdf', (await renderRoadmapPdf(doc)).bytes);
  expect(pdfinfo(file)).toMatch(/^Tagged:\s+yes$/m);
  const structure = await readStructure(file);
  expect(structure.every((p) => findRoles(p.tree, 'Document').length === 1)).toBe(true);
  const empty = translator('fr', 'pdf')('empty');
  expect(structure.some((p) => findRoles(p.tree, 'P').some((n) => textOf(n, p) === empty))).toBe(true);
}, 300_000);
