// Joins the sections' PDFs into the document with pdf-lib, then stamps what only the whole
// document knows: the table of contents' page numbers (by rendering it last), "Page x sur y"
// and the DRAFT watermark (an overlay page drawn over each page), bookmarks and metadata.
import { PDFDocument, PDFHexString, PDFName, type PDFRef } from 'pdf-lib';
import { pdfTranslator, renderStamps, renderToc, type SectionPart } from './render-section';
import { SECTIONS } from './sections';
import type { TocEntry } from './sections/toc';
import type { RoadmapDocument, Translate } from './types';

type Outline = { title: string; page: number; children?: Outline[] }; // page: 0-based index

function tocTitle(t: Translate, number: string | null, annex: boolean, title: string) {
  if (!number) return title;
  return annex ? t('tocEntry.annex', { letter: number, title }) : t('tocEntry.section', { number, title });
}

export async function assemble(doc: RoadmapDocument, parts: SectionPart[]): Promise<{ bytes: Uint8Array; pages: number }> {
  const t = pdfTranslator(doc);
  const byId = new Map(parts.map((p) => [p.id, p]));
  const ordered = SECTIONS.filter((s) => byId.has(s.id)).map((s) => ({ def: s, part: byId.get(s.id)! }));
  const loaded = await Promise.all(ordered.map((o) => PDFDocument.load(o.part.bytes)));
  const counts = loaded.map((d) => d.getPageCount());
  const coverPages = ordered[0]?.def.id === 'cover' ? counts[0] : 0;

  // Where each section and area starts, given how many pages the table of contents takes.
  const layout = (tocPages: number) => {
    let next = coverPages + tocPages + 1; // 1-based page number of the first body page
    const entries: TocEntry[] = [];
    const outline: Outline[] = [];
    ordered.forEach(({ def, part }, i) => {
      if (def.id === 'cover') return;
      const start = next;
      const title = tocTitle(t, def.number, def.annex, t(`sections.${def.id}`));
      entries.push({ title, page: start, level: 0 });
      const children: Outline[] = [];
      if (def.id === 'findings') {
        doc.findings.forEach((f, k) => {
          const at = part.anchors[`area:${f.areaCode}`];
          if (!at) return;
          const sub = t('tocEntry.area', { number: `${def.number}.${k + 1}`, title: f.areaTitle });
          entries.push({ title: sub, page: start + at - 1, level: 1 });
          children.push({ title: sub, page: start + at - 2 });
        });
      }
      outline.push({ title, page: start - 1, children });
      next += counts[i];
    });
    return { entries, outline };
  };

  let tocPages = 1;
  let toc: PDFDocument | null = null;
  let plan = layout(tocPages);
  for (let attempt = 0; attempt < 3; attempt++) {
    toc = await PDFDocument.load(await renderToc(doc, plan.entries));
    if (toc.getPageCount() === tocPages) break;
    tocPages = toc.getPageCount();
    plan = layout(tocPages);
  }

  const out = await PDFDocument.create();
  const sources: PDFDocument[] = [];
  if (coverPages) sources.push(loaded[0]);
  sources.push(toc!);
  sources.push(...loaded.slice(coverPages ? 1 : 0));
  for (const src of sources) {
    const pages = await out.copyPages(src, src.getPageIndices());
    for (const p of pages) out.addPage(p);
  }

  await stamp(out, doc, t, coverPages);
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
  out.setLanguage(doc.locale === 'fr' ? 'fr-FR' : 'en-GB');
  out.setCreator('Jalon');
  out.setProducer('Jalon (@react-pdf/renderer, pdf-lib)');
  // Fixed dates keep the bytes of a version's PDF the same from one render to the next.
  out.setCreationDate(when);
  out.setModificationDate(when);
  const bytes = await out.save({ useObjectStreams: true });
  return { bytes, pages: out.getPageCount() };
}

async function stamp(pdf: PDFDocument, doc: RoadmapDocument, t: Translate, coverPages: number) {
  const pages = pdf.getPages();
  const total = pages.length;
  const overlay = await PDFDocument.load(
    await renderStamps(
      doc,
      pages.map((page, i) => ({ ...page.getSize(), number: i >= coverPages ? t('pageOf', { page: i + 1, total }) : null })),
      doc.status === 'approved' ? null : t('watermark'),
    ),
  );
  const embedded = await pdf.embedPdf(overlay, overlay.getPageIndices());
  pages.forEach((page, i) => page.drawPage(embedded[i], { x: 0, y: 0 }));
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
