// A tagged PDF (aiming at PDF/UA-1) out of @react-pdf/renderer, through pdfkit's own tagging
// API (structure elements, marked content, the parent tree), which react-pdf does not use.
//
// How: react-pdf's `renderToBuffer` is replaced by its three steps, called here (`pdf()` to
// reconcile, `@react-pdf/layout`, `@react-pdf/render`), so that the pdfkit document is made
// with `tagged: true` and the laid-out tree can be read before it is drawn. Sections say what
// an element is with `data-tag` props (`tag()` below); react-pdf keeps unknown props on its
// nodes. While @react-pdf/render walks the tree, two hooks tell when it enters and leaves a
// node: it reads `node.style.overflow` first thing in `renderNode`, and asks
// `'debug' in node.props` last thing (both wrapped here in proxies, for the nodes that matter).
// Every content operator pdfkit writes (`addContent`) then lands in the marked-content sequence
// of the innermost tagged node: a structure element's (with its MCID in the parent tree), or an
// `/Artifact` (running header and footer, backgrounds, rules). Text left untagged becomes a P,
// so that no text is lost to a screen reader. Each section's first page (its `section:` anchor)
// opens a `Sect` under the part's `Document`: the assembler (assemble.ts) merges the parts'
// trees section by section.
//
// Upstream, the same would be a small change to react-pdf: a `tagged` option on <Document>
// passed to `new PDFDocument`, and in `renderNode` (packages/render/src/primitives/
// renderNode.ts) a `tag`/`alt`/`artifact` prop read before drawing a node: open
// `ctx.struct(tag)` under the parent's element, draw inside `ctx.markStructureContent`, close
// after its children. Nothing here would then be needed but the props.
import { Font, pdf } from '@react-pdf/renderer';
import layoutDocument from '@react-pdf/layout';
import renderPDF from '@react-pdf/render';
import PDFDocument from 'pdfkit';
import type { ReactElement } from 'react';

/** Structure types used by the sections (ISO 32000-1, 14.8.4). */
export type StructTag =
  | 'H1' | 'H2' | 'H3' | 'P' | 'L' | 'LI' | 'Lbl' | 'LBody' | 'Table' | 'THead' | 'TBody' | 'TR' | 'TH' | 'TD'
  | 'Figure' | 'Caption' | 'TOC' | 'TOCI' | 'Link' | 'Span' | 'Div' | 'Artifact';

/** Elements that group others: what they draw themselves (backgrounds, rules) is an artifact. */
const GROUPS = new Set<string>(['L', 'LI', 'Table', 'THead', 'TBody', 'TR', 'TOC', 'TOCI', 'Div']);

export type TagOptions = {
  /** Alternative text (Figure). */
  alt?: string;
  /** The text a reader should get instead of the glyphs drawn (letter-spaced or upper-cased text). */
  actual?: string;
  /** TH: 'Column' or 'Row'. */
  scope?: 'Column' | 'Row';
  /** TD spanning columns. */
  colSpan?: number;
  /** A table continued over several <Page>s: the pages' Table elements with the same key are one. */
  key?: string;
  /** A row of the table with this key, made on first use under the current element (no wrapping View needed). */
  table?: string;
  /** On a page that continues the same <Page> (react-pdf split it), this element is an artifact (a repeated header). */
  repeatedIsArtifact?: boolean;
};

/** Props that tell the tagger what an element is: `<Text {...tag('H2')}>`. */
export function tag(type: StructTag, options: TagOptions = {}): Record<string, unknown> {
  const props: Record<string, unknown> = { 'data-tag': type };
  if (options.alt) props['data-alt'] = options.alt;
  if (options.actual) props['data-actual'] = options.actual;
  if (options.scope) props['data-scope'] = options.scope;
  if (options.colSpan) props['data-colspan'] = options.colSpan;
  if (options.key) props['data-key'] = options.key;
  if (options.repeatedIsArtifact) props['data-repeated'] = 'artifact';
  if (options.table) props['data-table'] = options.table;
  return props;
}

/** Only for the actual text of a node that is not otherwise tagged (a kicker inside a heading). */
export const actualText = (text: string): Record<string, unknown> => ({ 'data-actual': text });

// pdfkit, as far as it is used here (it ships no types).
type StructElem = { add(child: unknown): StructElem; dictionary: { data: Record<string, unknown> } };
type PdfKit = {
  struct(type: string, options?: Record<string, unknown>): StructElem;
  addStructure(elem: StructElem): PdfKit;
  markContent(tag: string, options?: Record<string, unknown> | null): PdfKit;
  markStructureContent(tag: string, options?: Record<string, unknown>): unknown;
  endMarkedContent(): PdfKit;
  addContent(data: string): PdfKit;
  goTo(x: number, y: number, w: number, h: number, name: string, options?: Record<string, unknown>): PdfKit;
  link(x: number, y: number, w: number, h: number, url: string, options?: Record<string, unknown>): PdfKit;
  on(event: string, fn: (chunk?: Uint8Array) => void): void;
  _root: { data: Record<string, unknown> };
};
type LayoutNode = { type: string; props?: Record<string, unknown>; style?: Record<string, unknown>; children?: LayoutNode[] };

type Marking = { kind: 'artifact'; type: string } | { kind: 'struct'; elem: StructElem; tag: string };
// actual: the node's actual text, given to its first text object (BT ... ET) only: poppler
// places an actual text where the span ends, with the graphics state of that moment, so the
// span must close right after the glyphs, before react-pdf restores its states.
type Frame = { marking: Marking; elem: StructElem | null; actual?: string; actualOpen?: boolean; actualDone?: boolean };

const PAGINATION: Marking = { kind: 'artifact', type: 'Pagination' };
const LAYOUT: Marking = { kind: 'artifact', type: 'Layout' };

/**
 * Renders a react-pdf <Document> to a tagged PDF. `lang` is the document's language (BCP 47).
 * The structure tree: Document > Sect (one per section, opened by its `section:` anchor) > ...
 */
export async function renderTagged(element: ReactElement, lang: string, untagged = false): Promise<Uint8Array> {
  const instance = pdf(element as never) as unknown as { container: { document: LayoutNode } };
  // The renderer passes its font store as a second argument, which the published type omits.
  const layoutWithFonts = layoutDocument as unknown as (doc: unknown, fonts: unknown) => Promise<LayoutNode>;
  const layout = await layoutWithFonts(instance.container.document, Font);
  const ctx = new (PDFDocument as unknown as new (o: object) => PdfKit)({
    compress: true,
    pdfVersion: '1.7',
    lang,
    displayTitle: true,
    autoFirstPage: false,
    tagged: !untagged,
    info: { Creator: 'Jalon', Producer: 'Jalon', CreationDate: new Date(0) },
  });
  if (!untagged) new Tagger(ctx).install(layout);
  const chunks: Uint8Array[] = [];
  const done = new Promise<void>((resolve) => ctx.on('end', () => resolve()));
  ctx.on('data', (chunk) => chunks.push(chunk!));
  renderPDF(ctx as never, layout as never);
  await done;
  return Buffer.concat(chunks);
}

class Tagger {
  private readonly document: StructElem;
  private sect: StructElem | null = null;
  private stack: Frame[] = [];
  private open: Marking | null = null;
  private switching = false;
  private continuation = false;
  private keyed = new Map<string, StructElem>();

  constructor(private readonly ctx: PdfKit) {
    this.document = ctx.struct('Document');
    ctx.addStructure(this.document);
    const write = ctx.addContent.bind(ctx);
    ctx.addContent = (data: string) => {
      if (this.switching) return write(data);
      this.sync();
      const top = this.stack.at(-1);
      if (top?.actual && !top.actualDone && data === 'BT') {
        this.switching = true;
        ctx.markContent('Span', { actual: top.actual });
        this.switching = false;
        top.actualOpen = true;
        top.actualDone = true;
      }
      write(data);
      if (top?.actualOpen && data === 'ET') {
        this.switching = true;
        ctx.endMarkedContent();
        this.switching = false;
        top.actualOpen = false;
      }
      return ctx;
    };
    // Link annotations belong to the Link element they are drawn in (an OBJR in its children).
    const goTo = ctx.goTo.bind(ctx);
    ctx.goTo = (x, y, w, h, name, options) => goTo(x, y, w, h, name, { ...options, ...this.linkParent() });
    const link = ctx.link.bind(ctx);
    ctx.link = (x, y, w, h, url, options) => link(x, y, w, h, url, { ...options, ...this.linkParent() });
  }

  private linkParent() {
    const top = this.stack.at(-1)?.elem;
    return top && top.dictionary.data.S === 'Link' ? { structParent: top } : {};
  }

  /** Hooks the pages and the nodes that matter; the rest inherit their parent's marking. */
  install(root: LayoutNode) {
    let previousProps: unknown = null;
    for (const page of root.children ?? []) {
      const continuation = page.props === previousProps;
      previousProps = page.props;
      const startsSection = !continuation && hasSectionAnchor(page);
      this.hook(page, () => this.beginPage(startsSection, continuation), () => this.endPage());
      for (const child of page.children ?? []) this.walk(child, false);
    }
  }

  private walk(node: LayoutNode, inContent: boolean) {
    const props = node.props ?? {};
    const type = props['data-tag'] as string | undefined;
    const actual = props['data-actual'] as string | undefined;
    const isText = node.type === 'TEXT';
    if (type || actual || (isText && !inContent) || node.type === 'LINK') {
      this.hook(node, () => this.begin(node, inContent), () => this.end());
    }
    if (isText) return; // a Text's children are drawn by the Text itself
    const content = inContent || (type !== undefined && !GROUPS.has(type)) || node.type === 'LINK';
    for (const child of node.children ?? []) this.walk(child, content);
  }

  private hook(node: LayoutNode, begin: () => void, end: () => void) {
    node.style = new Proxy(node.style ?? {}, {
      get: (target, key, receiver) => {
        if (key === 'overflow') begin();
        return Reflect.get(target, key, receiver);
      },
    });
    node.props = new Proxy(node.props ?? {}, {
      has: (target, key) => {
        if (key === 'debug') end();
        return Reflect.has(target, key);
      },
    });
  }

  private beginPage(startsSection: boolean, continuation: boolean) {
    this.close(); // nothing of a page runs over to the next
    this.continuation = continuation;
    if (startsSection || !this.sect) {
      this.sect = this.ctx.struct('Sect');
      this.document.add(this.sect);
    }
    this.stack = [{ marking: LAYOUT, elem: this.sect }];
  }

  private endPage() {
    this.close();
    this.stack = [];
  }

  private begin(node: LayoutNode, inContent: boolean) {
    const props = node.props ?? {};
    const parent = this.stack.at(-1) ?? { marking: LAYOUT, elem: this.sect };
    let type = props['data-tag'] as string | undefined;
    if (type && this.continuation && props['data-repeated'] === 'artifact') type = 'Artifact';
    if (!type && node.type === 'TEXT' && !inContent) type = parent.elem?.dictionary.data.S === 'TR' ? 'TD' : 'P';
    if (!type && node.type === 'LINK') type = 'Link';
    const actual = props['data-actual'] as string | undefined;
    if (!type || parent.marking.kind === 'artifact' && parent.elem === null) {
      // Only actual text (or inside an artifact): same marking as the parent.
      this.stack.push({ marking: parent.marking, elem: parent.elem, actual });
      return;
    }
    if (type === 'Artifact') {
      this.stack.push({ marking: PAGINATION, elem: null });
      return;
    }
    let container = parent.elem ?? this.sect ?? this.document;
    const table = props['data-table'] as string | undefined;
    if (table) {
      let t = this.keyed.get(table);
      if (!t) {
        t = this.ctx.struct('Table');
        container.add(t);
        this.keyed.set(table, t);
      }
      container = t;
    }
    const key = props['data-key'] as string | undefined;
    let elem = key ? this.keyed.get(key) : undefined;
    if (!elem) {
      const options: Record<string, unknown> = {};
      if (props['data-alt']) options.alt = props['data-alt'];
      if (props['data-scope']) options.scope = props['data-scope'];
      elem = this.ctx.struct(type, options);
      if (props['data-colspan']) elem.dictionary.data.A = { O: 'Table', ColSpan: props['data-colspan'] };
      container.add(elem);
      if (key) this.keyed.set(key, elem);
    }
    const marking: Marking = GROUPS.has(type) ? LAYOUT : { kind: 'struct', elem, tag: type };
    this.stack.push({ marking, elem, actual });
  }

  private end() {
    this.stack.pop();
  }

  /** Before any content is written: the marked-content sequence of the innermost node. */
  private sync() {
    const top = this.stack.at(-1);
    if (!top) return; // between pages (pdfkit's own page setup)
    this.switching = true;
    if (this.open !== top.marking) {
      this.closeMarking();
      const m = top.marking;
      if (m.kind === 'artifact') this.ctx.markContent('Artifact', { type: m.type });
      else m.elem.add(this.ctx.markStructureContent(m.tag));
      this.open = m;
    }
    this.switching = false;
  }

  private closeMarking() {
    if (!this.open) return;
    this.ctx.endMarkedContent();
    this.open = null;
  }

  private close() {
    this.switching = true;
    this.closeMarking();
    this.switching = false;
  }
}

function hasSectionAnchor(node: LayoutNode): boolean {
  const id = node.props?.id;
  if (typeof id === 'string' && id.startsWith('section:')) return true;
  return (node.children ?? []).some(hasSectionAnchor);
}
