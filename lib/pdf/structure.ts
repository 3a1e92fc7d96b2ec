// Joining tagged PDFs with pdf-lib without losing their structure: pages are copied with one
// object copier per source, so that the source's structure elements, copied afterwards with the
// same copier, point at the copied pages and annotations; the parent trees (which structure
// element owns each marked-content id of a page, and each annotation) are renumbered into one.
// The parts' trees are Document > Sect (one per section or chunk, tagging.ts): the joined
// document's Document holds every Sect, in page order.
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFObjectCopier, PDFPage, PDFRawStream, PDFRef, PDFStream, PDFString, PDFHexString, type PDFObject } from 'pdf-lib';

type Copier = { copy<T extends PDFObject>(obj: T): T; traversedObjects: Map<PDFObject, PDFObject> };

export class StructureJoin {
  private readonly copiers = new Map<PDFDocument, Copier>();
  private readonly doc: PDFRef;
  private readonly root: PDFRef;
  /** Parent tree entries, copied when every page is (their elements point at pages). */
  private readonly entries: Array<{ key: number; value: PDFObject; copier: Copier | null }> = [];
  private nextKey = 0;
  /** The joined document's sections, in order. */
  private readonly sects: PDFRef[] = [];

  constructor(private readonly out: PDFDocument) {
    this.root = out.context.nextRef();
    this.doc = out.context.nextRef();
  }

  private copier(src: PDFDocument): Copier | null {
    if (src === this.out) return null;
    let c = this.copiers.get(src);
    if (!c) {
      c = PDFObjectCopier.for(src.context, this.out.context) as unknown as Copier;
      // The source's tree root and Document element become the joined document's.
      const root = src.catalog.get(PDFName.of('StructTreeRoot'));
      if (root instanceof PDFRef) c.traversedObjects.set(root, this.root);
      const docElem = documentElement(src);
      if (docElem) c.traversedObjects.set(docElem, this.doc);
      this.copiers.set(src, c);
    }
    return c;
  }

  /** Pages of a source, copied into the output (or the output's own), their structure parents renumbered. */
  pages(src: PDFDocument, indices: number[]): PDFPage[] {
    const copier = this.copier(src);
    const all = src.getPages();
    const tree = parentTree(src);
    return indices.map((i) => {
      const from = all[i];
      let page = from;
      if (copier) {
        const node = copier.copy(from.node);
        const ref = this.out.context.register(node);
        copier.traversedObjects.set(from.ref, ref);
        page = PDFPage.of(node, ref, this.out);
      }
      this.renumber(page.node, tree, copier, 'StructParents');
      const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
      for (let k = 0; annots && k < annots.size(); k++) {
        const annot = annots.lookupMaybe(k, PDFDict);
        if (annot) this.renumber(annot, tree, copier, 'StructParent');
      }
      return page;
    });
  }

  private renumber(dict: PDFDict, tree: Map<number, PDFObject>, copier: Copier | null, key: 'StructParents' | 'StructParent') {
    const old = dict.lookupMaybe(PDFName.of(key), PDFNumber);
    if (!old) return;
    const value = tree.get(old.asNumber());
    const n = this.nextKey++;
    dict.set(PDFName.of(key), PDFNumber.of(n));
    if (value) this.entries.push({ key: n, value, copier });
  }

  /**
   * Adds a source's section elements (its Document's children), `from` to `from + count`, after
   * those already added. A chunk of a table continued from the previous section joins its rows
   * to that table.
   */
  sections(src: PDFDocument, from: number, count: number, continued = false) {
    const docElem = documentElement(src);
    const kids = docElem ? src.context.lookupMaybe(docElem, PDFDict)?.lookupMaybe(PDFName.of('K'), PDFArray) : undefined;
    if (!kids) return;
    const copier = this.copier(src);
    for (let i = from; i < from + count && i < kids.size(); i++) {
      const ref = kids.get(i);
      if (!(ref instanceof PDFRef)) continue;
      const sect = copier ? (copier.copy(ref) as PDFRef) : ref;
      const dict = this.out.context.lookup(sect, PDFDict);
      dict.set(PDFName.of('P'), this.doc);
      if (continued && i === from && this.sects.length && this.joinTables(this.sects.at(-1)!, sect)) continue;
      this.sects.push(sect);
    }
  }

  /** Moves the children of `next` into `previous` (both Sects), a leading table's rows into a trailing one. */
  private joinTables(previous: PDFRef, next: PDFRef): boolean {
    const ctx = this.out.context;
    const a = ctx.lookup(previous, PDFDict).lookupMaybe(PDFName.of('K'), PDFArray);
    const b = ctx.lookup(next, PDFDict).lookupMaybe(PDFName.of('K'), PDFArray);
    if (!a || !b) return false;
    const last = a.get(a.size() - 1);
    const role = (o: PDFObject | undefined) => (o instanceof PDFRef ? ctx.lookupMaybe(o, PDFDict)?.get(PDFName.of('S'))?.toString() : undefined);
    for (let i = 0; i < b.size(); i++) {
      const kid = b.get(i);
      if (i === 0 && role(kid) === '/Table' && role(last) === '/Table' && kid instanceof PDFRef && last instanceof PDFRef) {
        const rows = ctx.lookup(kid, PDFDict).lookupMaybe(PDFName.of('K'), PDFArray);
        const into = ctx.lookup(last, PDFDict).lookupMaybe(PDFName.of('K'), PDFArray);
        for (let r = 0; rows && into && r < rows.size(); r++) {
          const row = rows.get(r);
          if (row instanceof PDFRef) ctx.lookup(row, PDFDict).set(PDFName.of('P'), last);
          into.push(row);
        }
        continue;
      }
      if (kid instanceof PDFRef) ctx.lookupMaybe(kid, PDFDict)?.set(PDFName.of('P'), previous);
      a.push(kid);
    }
    return true;
  }

  /** Writes the joined tree into the catalog, replacing the output part's own. Call once every page and section is added. */
  finish(title: string) {
    if (!this.sects.length) return; // untagged parts (bench/pdf-tagged.bench.ts)
    const ctx = this.out.context;
    const nums = this.entries.flatMap(({ key, value, copier }) => [PDFNumber.of(key), copier ? copier.copy(value) : value]);
    ctx.assign(this.doc, ctx.obj({ Type: 'StructElem', S: 'Document', P: this.root, T: PDFHexString.fromText(title), K: this.sects }));
    ctx.assign(
      this.root,
      ctx.obj({ Type: 'StructTreeRoot', K: [this.doc], ParentTree: ctx.obj({ Nums: nums }), ParentTreeNextKey: this.nextKey }),
    );
    this.out.catalog.set(PDFName.of('StructTreeRoot'), this.root);
    this.out.catalog.set(PDFName.of('MarkInfo'), ctx.obj({ Marked: true }));
  }
}

/** The Document element at the top of a part's structure tree (tagging.ts makes exactly one). */
function documentElement(pdf: PDFDocument): PDFRef | undefined {
  const root = pdf.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  const k = root?.get(PDFName.of('K'));
  if (k instanceof PDFRef) return k;
  if (k instanceof PDFArray && k.get(0) instanceof PDFRef) return k.get(0) as PDFRef;
  return undefined;
}

/** A number tree (flat Nums, or Kids) as a map. */
function parentTree(pdf: PDFDocument): Map<number, PDFObject> {
  const map = new Map<number, PDFObject>();
  const visit = (node: PDFDict | undefined) => {
    if (!node) return;
    const nums = node.lookupMaybe(PDFName.of('Nums'), PDFArray);
    for (let i = 0; nums && i + 1 < nums.size(); i += 2) {
      const key = nums.lookup(i);
      if (key instanceof PDFNumber) map.set(key.asNumber(), nums.get(i + 1));
    }
    const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
    for (let i = 0; kids && i < kids.size(); i++) visit(kids.lookupMaybe(i, PDFDict));
  };
  visit(pdf.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict)?.lookupMaybe(PDFName.of('ParentTree'), PDFDict));
  return map;
}

/**
 * Font subset tags unique in the joined document (PDF/UA): every part names its first font's
 * subset alike (pdfkit derives the tag from the font's id in that part), so each font gets a
 * new tag here.
 */
export function uniqueSubsetTags(pdf: PDFDocument) {
  const seen = new Set<PDFDict>();
  let n = 0;
  // Six capitals (ISO 32000-1, 9.6.4), counted from AAAAAA.
  const tagOf = (i: number) => Array.from({ length: 6 }, (_, k) => String.fromCharCode(65 + (Math.floor(i / 26 ** (5 - k)) % 26))).join('');
  const rename = (dict: PDFDict | undefined, key: 'BaseFont' | 'FontName', tag: string) => {
    const name = dict?.lookupMaybe(PDFName.of(key), PDFName)?.decodeText();
    if (dict && name && /^[A-Z]{6}\+/.test(name)) dict.set(PDFName.of(key), PDFName.of(`${tag}+${name.slice(7)}`));
  };
  const visit = (resources: PDFDict | undefined, depth: number) => {
    const fonts = resources?.lookupMaybe(PDFName.of('Font'), PDFDict);
    // Form XObjects (the stamps drawn over the pages) have fonts of their own.
    const xobjects = resources?.lookupMaybe(PDFName.of('XObject'), PDFDict);
    for (const key of depth < 4 ? (xobjects?.keys() ?? []) : []) {
      const x = xobjects!.lookup(key);
      if (x instanceof PDFRawStream || x instanceof PDFStream) visit(x.dict.lookupMaybe(PDFName.of('Resources'), PDFDict), depth + 1);
    }
    for (const key of fonts?.keys() ?? []) {
      const font = fonts!.lookupMaybe(key, PDFDict);
      if (!font || seen.has(font)) continue;
      seen.add(font);
      const tag = tagOf(n++);
      rename(font, 'BaseFont', tag);
      const descendant = font.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray)?.lookupMaybe(0, PDFDict);
      rename(descendant, 'BaseFont', tag);
      rename(descendant?.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict) ?? font.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict), 'FontName', tag);
    }
  };
  for (const page of pdf.getPages()) visit(page.node.Resources(), 0);
}

/** Link annotations of the table of contents point at named destinations: make them explicit pages. */
export function resolveLinks(pages: PDFPage[], prefix: string, pageOf: (anchor: string) => number | undefined, targets: PDFRef[]) {
  for (const page of pages) {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    for (let i = 0; annots && i < annots.size(); i++) {
      const annot = annots.lookupMaybe(i, PDFDict);
      const action = annot?.lookupMaybe(PDFName.of('A'), PDFDict);
      const d = action?.lookup(PDFName.of('D'));
      const name = d instanceof PDFString || d instanceof PDFHexString ? d.decodeText() : '';
      if (!action || !name.startsWith(prefix)) continue;
      const at = pageOf(name.slice(prefix.length));
      if (at === undefined || !targets[at]) continue;
      action.set(PDFName.of('D'), page.doc.context.obj([targets[at], 'Fit']));
    }
  }
}
