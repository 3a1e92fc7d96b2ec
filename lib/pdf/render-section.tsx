// Renders one section (or the table of contents) to its own PDF with @react-pdf/renderer.
import { Fragment } from 'react';
import { Document, renderToBuffer } from '@react-pdf/renderer';
import { translator } from '@/lib/i18n/translate';
import type { SectionContext } from './components';
import { registerFonts, setHyphenationLocale } from './fonts';
import { drawable, replaceMissingGlyphs } from './glyphs';
import { SECTIONS, type SectionId } from './sections';
import { Stamps, type StampPage } from './sections/stamps';
import { TableOfContents, type TocEntry } from './sections/toc';
import type { RoadmapDocument, Translate } from './types';

/** Some sections rendered together as one PDF (fonts are embedded once per PDF). */
export type SectionPart = {
  ids: SectionId[];
  bytes: Uint8Array;
  /** First page (1-based, within the part) of each anchored element: "section:<id>", "area:<code>". */
  anchors: Record<string, number>;
  ms: number;
};

export function pdfTranslator(doc: RoadmapDocument): Translate {
  return translator(doc.locale, 'pdf');
}

export function kickerOf(t: Translate, number: string | null, annex: boolean) {
  if (!number) return '';
  return annex ? t('kicker.annex', { letter: number }) : t('kicker.section', { number });
}

// Rendering is synchronous work behind a promise, and the hyphenation language is
// process-wide (fonts.ts): renders in one thread run one after the other.
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(fn: () => Promise<T>): Promise<T> {
  const run = queue.then(fn, fn);
  queue = run.catch(() => undefined);
  return run;
}

async function toBytes(doc: RoadmapDocument, pages: React.ReactElement | React.ReactElement[]) {
  registerFonts();
  setHyphenationLocale(doc.locale);
  const buffer = await renderToBuffer(<Document language={doc.locale}>{pages}</Document>);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** Renders the given sections, in document order, into one PDF. */
export function renderPart(original: RoadmapDocument, ids: SectionId[]): Promise<SectionPart> {
  const doc = drawable(original);
  return serial(async () => {
    const started = performance.now();
    const t = pdfTranslator(doc);
    const ctx: SectionContext = { doc, t, anchors: new Map() };
    const ordered = SECTIONS.filter((s) => ids.includes(s.id));
    const pages = ordered.map((def) => <Fragment key={def.id}>{def.pages(ctx, kickerOf(t, def.number, def.annex))}</Fragment>);
    const bytes = await toBytes(doc, pages);
    return { ids: ordered.map((s) => s.id), bytes, anchors: Object.fromEntries(ctx.anchors), ms: performance.now() - started };
  });
}

export function renderToc(original: RoadmapDocument, entries: TocEntry[]): Promise<Uint8Array> {
  const doc = drawable(original);
  return serial(() => {
    const ctx: SectionContext = { doc, t: pdfTranslator(doc), anchors: new Map() };
    const safe = entries.map((e) => ({ ...e, title: replaceMissingGlyphs(e.title) }));
    return toBytes(doc, <TableOfContents ctx={ctx} entries={safe} />);
  });
}

export function renderStamps(doc: RoadmapDocument, pages: StampPage[], watermark: string | null): Promise<Uint8Array> {
  return serial(() => toBytes(doc, Stamps({ pages, watermark })));
}
