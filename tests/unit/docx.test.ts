// The Word export read back by mammoth (a third-party .docx reader) and its XML: sections as
// Word headings, the action matrix as a table whose header row repeats, the sensitivity marking
// in the page header, the country's emblem on the cover.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, test } from 'vitest';
import { redrawEmblem } from '@/lib/country/emblem-image';
import { translator } from '@/lib/i18n/translate';
import { renderRoadmapDocx } from '@/lib/docx/roadmap';
import { beninDocument } from '@/lib/pdf/fixtures/benin';
import type { PdfLocale, RoadmapDocument } from '@/lib/pdf/types';
import { savePdf } from '../helpers/pdf-text';

const SECTIONS = ['summary', 'context', 'findings', 'priorities', 'matrix', 'gantt', 'traceability', 'entities', 'glossary'];
const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
const tags = (html: string, tag: string) => [...html.matchAll(new RegExp(`<${tag}>(.*?)</${tag}>`, 'g'))].map((m) => decode(m[1].replace(/<[^>]+>/g, '')));

describe.each(['fr', 'en'] as const)('the Benin roadmap in Word, %s', (locale: PdfLocale) => {
  const t = translator(locale, 'pdf');
  const doc = beninDocument(locale);

  test('has every section as a heading, every area, and every action in the matrix table', async () => {
    const bytes = await renderRoadmapDocx(doc);
    savePdf(`benin-${locale}.docx`, bytes);
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    const h1 = tags(html, 'h1');
    for (const s of SECTIONS) expect(h1.some((h) => h.endsWith(t(`sections.${s}`))), s).toBe(true);
    const h2 = tags(html, 'h2');
    for (const [k, f] of doc.findings.entries()) expect(h2, f.areaCode).toContain(`3.${k + 1} ${f.areaTitle}`);
    // The matrix: a table whose first row holds header cells, then a row per action.
    const tables = [...html.matchAll(/<table>(.*?)<\/table>/g)].map((m) => m[1]);
    const matrix = tables.find((x) => tags(x, 'th').includes(t('matrix.indicators')))!;
    expect(tags(matrix, 'th')).toEqual(['code', 'action', 'lead', 'partners', 'timeline', 'priority', 'indicators', 'cost', 'refs'].map((k) => t(`matrix.${k}`)));
    const rows = [...matrix.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => tags(m[1], 'td'));
    for (const a of doc.actions) {
      const row = rows.find((r) => r[0] === a.code);
      expect(row?.[1], a.code).toContain(a.title);
      expect(row?.[2], a.code).toBe(a.leadEntity);
    }
  }, 60_000);

  test('uses Word heading styles, repeats the table header row, and marks the sensitivity in the page header', async () => {
    const zip = await JSZip.loadAsync(await renderRoadmapDocx(doc));
    const body = await zip.file('word/document.xml')!.async('string');
    expect(body).toContain('<w:pStyle w:val="Heading1"/>');
    expect(body).toContain('<w:tblHeader/>');
    const headers = await Promise.all(Object.keys(zip.files).filter((f) => /^word\/header\d*\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
    expect(headers.join('')).toContain(t('sensitivity.restricted').toUpperCase());
  }, 60_000);
});

test('nasty content (a 300-character word, emoji, Arabic, empty sections) exports', async () => {
  const base = beninDocument('fr');
  const long = 'Infrastructures'.repeat(20);
  const doc: RoadmapDocument = { ...base, executiveSummary: [`${long} 😀 الأمن السيبراني`], findings: [], objectives: [], actions: [], entities: [], glossary: [] };
  const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(await renderRoadmapDocx(doc)) });
  expect(text).toContain(`${long} 😀 الأمن السيبراني`);
  expect(text).toContain(translator('fr', 'pdf')('empty'));
}, 60_000);

test('the emblem stands on the Word cover, the PNG stored as uploaded, with its alternative text; none without one', async () => {
  const r = await redrawEmblem(readFileSync(path.resolve(import.meta.dirname, '../fixtures/emblems/shield.svg')));
  if (!r.ok) throw new Error(r.error);
  const emblem = { png: r.emblem.png, width: r.emblem.width, height: r.emblem.height, sha256: r.emblem.sha256 };
  const doc: RoadmapDocument = { ...beninDocument('fr'), emblem };
  const bytes = await renderRoadmapDocx(doc);
  savePdf('benin-emblem-fr.docx', bytes);
  const alt = translator('fr', 'pdf')('cover.emblemAlt', { country: doc.country });
  const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  // mammoth gives the image its alternative text, before the cover's first line.
  const img = /<img [^>]*alt="([^"]*)"/.exec(html);
  expect(decode(img?.[1] ?? '')).toBe(alt);
  expect(html.indexOf('<img')).toBeLessThan(html.indexOf(doc.country.toUpperCase()));
  const zip = await JSZip.loadAsync(bytes);
  const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
  expect(media).toHaveLength(1);
  expect(Buffer.from(await zip.file(media[0])!.async('uint8array')).equals(Buffer.from(emblem.png))).toBe(true);

  const without = await JSZip.loadAsync(await renderRoadmapDocx(beninDocument('fr')));
  expect(Object.keys(without.files).filter((f) => f.startsWith('word/media/'))).toEqual([]);
}, 60_000);
