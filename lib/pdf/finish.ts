// What the short documents rendered in one piece (progress report, regional brief) do once
// react-pdf has laid them out: "Page x sur y" drawn from a transparent overlay page, as the
// roadmap PDF does (assemble.ts: react-pdf's render props lay pages out twice), then the
// title and the language in the metadata. Every text is first made drawable (glyphs.ts).
import { PDFDocument } from 'pdf-lib';
import { replaceMissingGlyphs } from './glyphs';
import { renderStamps } from './render-section';
import type { RenderedPdf } from './render';
import type { PdfLocale } from './types';
import { languageTag } from '@/lib/i18n/pick';

/** Every text of a view model with the characters the font cannot draw replaced. */
export function drawable<T>(value: T): T {
  if (typeof value === 'string') return replaceMissingGlyphs(value) as T;
  if (Array.isArray(value)) return value.map(drawable) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, drawable(v)])) as T;
  return value;
}

/** Stamps page numbers from page `first` (0-based) on, and sets the title and language. */
export async function finishPdf(
  bytes: Uint8Array, o: { locale: PdfLocale; title: string; first: number; label: (page: number, total: number) => string; started: number },
): Promise<RenderedPdf> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const pages = pdf.getPages();
  const numbered = pages.slice(o.first);
  const overlay = await PDFDocument.load(await renderStamps({ locale: o.locale }, numbered.map((p, i) => ({ ...p.getSize(), number: o.label(i + o.first + 1, pages.length) }))));
  const stamps = await pdf.embedPdf(overlay, overlay.getPageIndices());
  numbered.forEach((p, i) => p.drawPage(stamps[i], { x: 0, y: 0 }));
  pdf.setTitle(o.title);
  pdf.setLanguage(languageTag(o.locale));
  const out = await pdf.save();
  return { bytes: out, pages: pdf.getPageCount(), ms: performance.now() - o.started };
}
