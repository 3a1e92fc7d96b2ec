// Joins the sections' PDFs into the document with pdf-lib, then stamps what only the whole
// document knows: the table of contents' page numbers (by rendering it last), "Page x sur y"
// and the DRAFT watermark (an overlay page drawn over each page), bookmarks and metadata.
import { beginMarkedContent, endMarkedContent, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString, type PDFPage } from 'pdf-lib';
import { pdfLanguage, pdfTranslator, renderStamps, renderToc, sectionAnchor, type SectionPart } from './render-section';
import { SECTIONS, type SectionId } from './sections';
import type { StampPage } from './sections/stamps';
import { TOC_LINK, type TocEntry } from './sections/toc';
import { resolveLinks, StructureJoin, uniqueSubsetTags } from './structure';
import type { RoadmapDocument, Translate } from './types';

type Outline = { title: string; page: number; children?: Outline[] }; // page: 0-based index

function tocTitle(t: Translate, number: string | null, annex: boolean, title: string) {
  if (!number) return title;
  return annex ? t('tocEntry.annex', { letter: number, title }) : t('tocEntry.section', { number, title });
}

/** Where one section (or one chunk of a long section) lies in the part that rendered it. */
// from: 0-based; sect: the index of the slice's Sect element under its part's Document (tagging.ts)
type Slice = { id: SectionId; chunk: number; src: PDFDocument; from: number; count: number; anchors: Map<string, number>; sect: number };

/**
 * The page (1-based) of each named destination of a part: the anchors its sections set
 * (components.tsx). pdfkit writes them as one flat name tree in the catalog.
 */
function readAnchors(pdf: PDFDocument): Map<string, number> {
  const anchors = new Map<string, number>();
  const page = new Map(pdf.getPages().map((p, i) => [p.ref.toString(), i + 1]));
  const names = pdf.catalog.lookupMaybe(PDFName.of('Names'), PDFDict)?.lookupMaybe(PDFName.of('Dests'), PDFDict);
  const visit = (node: PDFDict) => {
    const flat = node.lookupMaybe(PDFName.of('Names'), PDFArray);
    for (let i = 0; flat && i + 1 < flat.size(); i += 2) {
      const key = flat.lookup(i);
      const dest = flat.lookup(i + 1);
      const ref = dest instanceof PDFArray ? dest.get(0) : undefined;
      const at = ref instanceof PDFRef ? page.get(ref.toString()) : undefined;
      if ((key instanceof PDFString || key instanceof PDFHexString) && at) anchors.set(key.decodeText(), at);
    }
    const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
    for (let i = 0; kids && i < kids.size(); i++) visit(kids.lookup(i, PDFDict));
  };
  if (names) visit(names);
  return anchors;
}

/**
 * `reuse`: a table of contents and an overlay that print the same as ones rendered lately in
 * this thread are taken as they are (a re-render through the part cache, part-cache.ts).
 */
export async function assemble(doc: RoadmapDocument, parts: SectionPart[], options: { reuse?: boolean } = {}): Promise<{ bytes: Uint8Array; pages: number }> {
  const t = pdfTranslator(doc);
  const slices: Slice[] = [];
  for (const part of parts) {
    const src = await PDFDocument.load(part.bytes);
    const total = src.getPageCount();
    const anchors = readAnchors(src);
    const chunk = part.chunk?.index ?? 0;
    // Each section's (or chunk's) first page is anchored; it ends where the next begins.
    const starts = part.ids.map((id) => {
      const at = anchors.get(sectionAnchor(id, chunk));
      if (!at) throw new Error(`PDF section ${id} has no anchor`);
      return at - 1;
    });
    part.ids.forEach((id, i) => {
      const next = i + 1 < starts.length ? starts[i + 1] : total;
      slices.push({ id, chunk, src, from: starts[i], count: next - starts[i], anchors, sect: i });
    });
  }
  const rank = new Map(SECTIONS.map((s, i) => [s.id, i]));
  slices.sort((a, b) => rank.get(a.id)! - rank.get(b.id)! || a.chunk - b.chunk);
  const coverPages = slices.filter((x) => x.id === 'cover').reduce((n, x) => n + x.count, 0);

  // Where each section and area starts, given how many pages the table of contents takes.
  const layout = (tocPages: number) => {
    const startOf = new Map<Slice, number>(); // 1-based page number of each slice's first page
    let next = coverPages + tocPages + 1;
    for (const x of slices) {
      if (x.id === 'cover') continue;
      startOf.set(x, next);
      next += x.count;
    }
    /** The page an anchor landed on, in the joined document. */
    const pageOf = (id: SectionId, anchor: string): number | null => {
      for (const x of slices) {
        const at = x.id === id ? x.anchors.get(anchor) : undefined;
        if (at && at - 1 >= x.from && at - 1 < x.from + x.count) return startOf.get(x)! + (at - 1 - x.from);
      }
      return null;
    };
    const entries: TocEntry[] = [];
    const outline: Outline[] = [];
    for (const def of SECTIONS) {
      const first = slices.find((x) => x.id === def.id && x.chunk === 0);
      if (def.id === 'cover' || !first) continue;
      const start = startOf.get(first)!;
      const title = tocTitle(t, def.number, def.annex, t(`sections.${def.id}`));
      entries.push({ title, page: start, level: 0, anchor: sectionAnchor(def.id) });
      const children: Outline[] = [];
      if (def.id === 'findings') {
        doc.findings.forEach((f, k) => {
          const page = pageOf('findings', `area:${f.areaCode}`);
          if (page === null) return;
          const sub = t('tocEntry.area', { number: `${def.number}.${k + 1}`, title: f.areaTitle });
          entries.push({ title: sub, page, level: 1, anchor: `area:${f.areaCode}` });
          children.push({ title: sub, page: page - 1 });
        });
      }
      outline.push({ title, page: start - 1, children });
    }
    return { entries, outline };
  };

  let tocPages = 1;
  let toc: PDFDocument | null = null;
  let plan = layout(tocPages);
  for (let attempt = 0; attempt < 3; attempt++) {
    toc = await PDFDocument.load(await renderToc(doc, plan.entries, options.reuse));
    if (toc.getPageCount() === tocPages) break;
    tocPages = toc.getPageCount();
    plan = layout(tocPages);
  }

  // The part holding most pages becomes the output, so that its pages are not copied (pdf-lib
  // copies are a good share of the assembly time); the other parts' pages and the table of
  // contents are copied into it, then every page is put in document order.
  const base = [...new Set(slices.map((x) => x.src))].sort((a, b) => b.getPageCount() - a.getPageCount())[0];
  const out = base ?? (await PDFDocument.create());
  const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);
  // The structure trees and parent trees are joined with the pages (structure.ts).
  const join = new StructureJoin(out);
  const order: PDFPage[] = [];
  const tocPagesCopied = join.pages(toc!, toc!.getPageIndices());
  const tocSections = () => join.sections(toc!, 0, Number.MAX_SAFE_INTEGER);
  if (!coverPages) order.push(...tocPagesCopied); // no cover: the contents open the document
  const sectionsInOrder: Array<() => void> = coverPages ? [] : [tocSections];
  for (let i = 0; i < slices.length; i++) {
    const x = slices[i];
    order.push(...join.pages(x.src, range(x.from, x.count)));
    sectionsInOrder.push(() => join.sections(x.src, x.sect, 1, x.chunk > 0));
    if (x.id === 'cover' && slices[i + 1]?.id !== 'cover') {
      order.push(...tocPagesCopied);
      sectionsInOrder.push(tocSections);
    }
  }
  for (const add of sectionsInOrder) add(); // once every page is copied
  for (let i = out.getPageCount() - 1; i >= 0; i--) out.removePage(i);
  for (const page of order) out.addPage(page);
  // The base part's own outline, metadata and anchors are replaced below.
  out.catalog.delete(PDFName.of('Outlines'));
  out.catalog.delete(PDFName.of('Names'));

  const tocTarget = new Map(plan.entries.map((e) => [e.anchor, e.page - 1]));
  resolveLinks(tocPagesCopied, TOC_LINK, (anchor) => tocTarget.get(anchor), order.map((p) => p.ref));

  await stamp(out, doc, t, coverPages, options.reuse);
  uniqueSubsetTags(out);
  join.finish(`${doc.country} – ${doc.title}`);
  addOutline(out, [
    ...(coverPages ? [{ title: t('toc.cover'), page: 0 }] : []),
    { title: t('toc.title'), page: coverPages },
    ...plan.outline,
  ]);

  const when = new Date(`${doc.date.slice(0, 10)}T12:00:00Z`);
  out.setTitle(`${doc.country} – ${doc.title}`, { showInWindowTitleBar: true });
  out.setAuthor(doc.country);
  out.setSubject(t('meta.subject'));
  out.setKeywords([t('meta.keywords')]);
  out.setLanguage(pdfLanguage(doc.locale));
  out.setCreator('Jalon');
  out.setProducer('Jalon (@react-pdf/renderer, pdf-lib)');
  // Fixed dates keep the bytes of a version's PDF the same from one render to the next.
  out.setCreationDate(when);
  out.setModificationDate(when);
  const bytes = await out.save({ useObjectStreams: true });
  return { bytes, pages: out.getPageCount() };
}

/**
 * "Page x sur y" on every page but the cover, and the DRAFT watermark on every page until the
 * version is approved. The watermark is rendered once per page size and drawn on every page
 * of that size (the same form XObject): rendering it on each page was 80 % of the overlay's
 * cost (143 pages: 1 s with it, 0.2 s without).
 */
async function stamp(pdf: PDFDocument, doc: RoadmapDocument, t: Translate, coverPages: number, reuse = false) {
  const pages = pdf.getPages();
  const total = pages.length;
  const sizeKey = (s: { width: number; height: number }) => `${s.width}x${s.height}`;
  const sizes = [...new Map(pages.map((p) => [sizeKey(p.getSize()), p.getSize()])).values()];
  const watermark = doc.status === 'approved' ? null : t('watermark');
  const stampPages: StampPage[] = watermark ? sizes.map((s) => ({ ...s, watermark })) : [];
  const numbered = pages.map((page, i) => (i >= coverPages ? stampPages.push({ ...page.getSize(), number: t('pageOf', { page: i + 1, total }) }) - 1 : -1));
  if (!stampPages.length) return;
  const overlay = await PDFDocument.load(await renderStamps(doc, stampPages, reuse));
  const embedded = await pdf.embedPdf(overlay, overlay.getPageIndices());
  const marks = new Map(watermark ? sizes.map((s, k) => [sizeKey(s), embedded[k]]) : []);
  pages.forEach((page, i) => {
    const mark = marks.get(sizeKey(page.getSize()));
    // Artifacts: a reader of the tagged document skips them.
    page.pushOperators(beginMarkedContent('Artifact'));
    if (mark) page.drawPage(mark, { x: 0, y: 0 });
    if (numbered[i] >= 0) page.drawPage(embedded[numbered[i]], { x: 0, y: 0 });
    page.pushOperators(endMarkedContent());
  });
}

/** PDF bookmarks (the outline): pdf-lib has no API for them, so the dictionaries are built here. */
function addOutline(pdf: PDFDocument, items: Outline[]) {
  const ctx = pdf.context;
  const pageRefs = pdf.getPages().map((p) => p.ref);
  const root = ctx.nextRef();
  const build = (list: Outline[], parent: PDFRef): PDFRef[] => {
    const refs = list.map(() => ctx.nextRef());
    list.forEach((item, i) => {
      const kids = item.children?.length ? build(item.children, refs[i]) : [];
      const dict = ctx.obj({
        Title: PDFHexString.fromText(item.title),
        Parent: parent,
        Dest: [pageRefs[Math.min(item.page, pageRefs.length - 1)], 'Fit'],
        ...(i > 0 ? { Prev: refs[i - 1] } : {}),
        ...(i < list.length - 1 ? { Next: refs[i + 1] } : {}),
        ...(kids.length ? { First: kids[0], Last: kids[kids.length - 1], Count: -kids.length } : {}),
      });
      ctx.assign(refs[i], dict);
    });
    return refs;
  };
  const top = build(items, root);
  if (!top.length) return;
  ctx.assign(root, ctx.obj({ Type: 'Outlines', First: top[0], Last: top[top.length - 1], Count: top.length }));
  pdf.catalog.set(PDFName.of('Outlines'), root);
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
