// Renders the progress report in this thread (CLI, tests, workers), with the roadmap PDF's
// fonts, shaping and hyphenation (render-section.tsx). The server goes through pool.ts.
import { PDFDocument } from 'pdf-lib';
import { translator } from '@/lib/i18n/translate';
import { replaceMissingGlyphs } from '../glyphs';
import { renderStamps, serial, toBytes } from '../render-section';
import type { RenderedPdf } from '../render';
import { progressPages } from './sections';
import type { ProgressDocument } from './types';
import { languageTag } from '@/lib/i18n/pick';

/** Every text of the document with the characters the font cannot draw replaced (glyphs.ts). */
function drawable<T>(value: T): T {
  if (typeof value === 'string') return replaceMissingGlyphs(value) as T;
  if (Array.isArray(value)) return value.map(drawable) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, drawable(v)])) as T;
  return value;
}

export function renderProgressPdf(original: ProgressDocument): Promise<RenderedPdf> {
  const doc = drawable(original);
  const t = translator(doc.locale, 'pdfProgress');
  const started = performance.now();
  return serial(() => toBytes(doc, progressPages(doc, t))).then(async (bytes) => {
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    // "Page x sur y" on every page but the cover, drawn from a transparent overlay page as the
    // roadmap PDF does (assemble.ts): react-pdf's render props lay pages out twice.
    const pages = pdf.getPages();
    const overlay = await PDFDocument.load(await renderStamps(doc, pages.slice(1).map((p, i) => ({ ...p.getSize(), number: t('page', { page: i + 2, total: pages.length }) }))));
    const stamps = await pdf.embedPdf(overlay, overlay.getPageIndices());
    pages.slice(1).forEach((p, i) => p.drawPage(stamps[i], { x: 0, y: 0 }));
    pdf.setTitle(`${doc.roadmapTitle} — ${doc.period}`);
    pdf.setLanguage(languageTag(doc.locale));
    const out = await pdf.save();
    return { bytes: out, pages: pdf.getPageCount(), ms: performance.now() - started };
  });
}
