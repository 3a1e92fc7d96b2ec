// Renders one section (or the table of contents) to its own PDF with @react-pdf/renderer.
import { cloneElement, Fragment, type ReactElement, type ReactNode } from 'react';
import { Document, renderToBuffer } from '@react-pdf/renderer';
import { translator } from '@/lib/i18n/translate';
import { Anchor, type SectionContext } from './components';
import { clearHyphenationMemo, registerFonts, setHyphenationLocale } from './fonts';
import { drawable, replaceMissingGlyphs } from './glyphs';
import { reuseEmbeddedFonts } from './pdfkit-fonts';
import { clearShapingMemo, memoizeShaping } from './shaping';
import { SECTIONS, type SectionId } from './sections';
import { READ_BY_EVERY_PAGE, sectionsOf } from './sections/weights';
import { renderTagged } from './tagging';
import { Stamps, type StampPage } from './sections/stamps';
import { TableOfContents, type TocEntry } from './sections/toc';
import type { RoadmapDocument, Translate } from './types';
import { languageTag } from '@/lib/i18n/pick';

/** Some sections rendered together as one PDF (fonts are embedded once per PDF). */
export type SectionPart = {
  ids: SectionId[];
  /** Set when the part holds one piece of a long section (its pages split in `of` pieces). */
  chunk?: { index: number; of: number };
  /** Anchored elements ("section:<id>", "area:<code>") are named destinations in it (components.tsx). */
  bytes: Uint8Array;
  ms: number;
};

/** The document's language as the PDF declares it (/Lang). */
export const pdfLanguage = (locale: RoadmapDocument['locale']) => languageTag(locale);

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
export function serial<T>(fn: () => Promise<T>): Promise<T> {
  const run = queue.then(fn, fn);
  queue = run.catch(() => undefined);
  return run;
}

let tagging = true;
/** Untagged output, for the bench only (bench/pdf-tagged.bench.ts measures what tagging costs). */
export function setTagging(on: boolean) {
  tagging = on;
}
export const isTagging = () => tagging;

/** Renders pages to PDF bytes with the fonts, shaping and hyphenation of `doc`'s language. */
export async function toBytes(doc: Pick<RoadmapDocument, 'locale'>, pages: ReactElement | ReactElement[], tagged = tagging) {
  registerFonts();
  reuseEmbeddedFonts();
  setHyphenationLocale(doc.locale);
  await memoizeShaping();
  try {
    const element = <Document language={doc.locale}>{pages}</Document>;
    if (tagged) return await renderTagged(element, pdfLanguage(doc.locale));
    const buffer = await renderToBuffer(element);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } finally {
    clearShapingMemo();
    clearHyphenationMemo();
  }
}

/** The anchor on the first page of a section, or of one of its chunks. */
export const sectionAnchor = (id: SectionId, chunk = 0) => (chunk ? `section:${id}@${chunk}` : `section:${id}`);

/**
 * Renders the given sections, in document order, into one PDF; or, with `chunk`, one piece
 * of a single long section (its <Page>s split evenly), so that no part holds too many pages.
 */
export function renderPart(
  original: RoadmapDocument, ids: SectionId[], chunk?: { index: number; of: number },
  /** Sees the document the sections read (tests record which fields each section reads). */
  view: (doc: RoadmapDocument) => RoadmapDocument = (d) => d,
): Promise<SectionPart> {
  const drawn = drawable(original);
  const doc = view(drawn);
  return serial(async () => {
    const started = performance.now();
    const t = pdfTranslator(doc);
    const ctx: SectionContext = { doc, t };
    // A section this document does not have (annex D of a first cycle) is left out.
    const present = new Set(sectionsOf(drawn).map((s) => s.id));
    const ordered = SECTIONS.filter((s) => ids.includes(s.id) && present.has(s.id));
    let pages: ReactElement[];
    if (chunk && ordered.length === 1) {
      const def = ordered[0];
      const all = [def.pages(ctx, kickerOf(t, def.number, def.annex))].flat();
      const from = Math.floor((chunk.index * all.length) / chunk.of);
      const to = Math.floor(((chunk.index + 1) * all.length) / chunk.of);
      pages = all.slice(from, to);
      if (chunk.index > 0 && pages.length) {
        const first = pages[0] as ReactElement<{ children?: ReactNode }>;
        pages[0] = cloneElement(first, undefined, <Anchor id={sectionAnchor(def.id, chunk.index)} />, first.props.children);
      }
    } else {
      pages = ordered.map((def) => <Fragment key={def.id}>{def.pages(ctx, kickerOf(t, def.number, def.annex))}</Fragment>);
    }
    const bytes = await toBytes(doc, pages);
    return { ids: ordered.map((s) => s.id), chunk, bytes, ms: performance.now() - started };
  });
}

/**
 * The last few tables of contents and overlays rendered in this thread, by exactly what they
 * print. A re-render through the part cache (part-cache.ts) that changed no section title and
 * no page count prints the same ones: they are taken from here rather than laid out again.
 */
const recent = new Map<string, Promise<Uint8Array>>();
const RECENT = 8;
function remembered(key: string | null, render: () => Promise<Uint8Array>): Promise<Uint8Array> {
  if (key === null) return render();
  const known = recent.get(key);
  if (known) {
    recent.delete(key);
    recent.set(key, known);
    return known;
  }
  const job = render();
  recent.set(key, job);
  job.catch(() => recent.delete(key));
  while (recent.size > RECENT) recent.delete(recent.keys().next().value!);
  return job;
}

/** `reuse`: a table of contents printing the same as one rendered lately is taken as it is. */
export function renderToc(original: RoadmapDocument, entries: TocEntry[], reuse = false): Promise<Uint8Array> {
  const doc = drawable(original);
  const frame = READ_BY_EVERY_PAGE.map((k) => doc[k as keyof RoadmapDocument]);
  return remembered(reuse ? JSON.stringify(['toc', tagging, frame, entries]) : null, () => serial(() => {
    const ctx: SectionContext = { doc, t: pdfTranslator(doc) };
    const safe = entries.map((e) => ({ ...e, title: replaceMissingGlyphs(e.title) }));
    return toBytes(doc, <TableOfContents ctx={ctx} entries={safe} />);
  }));
}

export function renderStamps(doc: Pick<RoadmapDocument, 'locale'>, pages: StampPage[], reuse = false): Promise<Uint8Array> {
  // Untagged: the overlay is drawn into the pages as an artifact (assemble.ts).
  return remembered(reuse ? JSON.stringify(['stamps', doc.locale, pages]) : null, () => serial(() => toBytes(doc, Stamps({ pages }), false)));
}
