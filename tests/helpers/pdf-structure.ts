// Reading a tagged PDF's structure tree as Mozilla's reader (pdf.js) sees it.
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A node of pdf.js's structure tree: an element (role, children, alt) or marked content. */
export type StructNode = { role?: string; alt?: string; lang?: string; children?: StructNode[]; type?: string; id?: string };

export type PageStructure = { page: number; tree: StructNode | null; text: Map<string, string> };

/** The structure tree of each page (pdf.js `getStructTree`), and the text of each marked-content id on it. */
export async function readStructure(file: string): Promise<PageStructure[]> {
  const data = new Uint8Array(readFileSync(file));
  const pdf = await getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const pages: PageStructure[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const tree = (await page.getStructTree()) as StructNode | null;
    const content = await page.getTextContent({ includeMarkedContent: true });
    const text = new Map<string, string>();
    const current: string[] = [];
    for (const item of content.items as Array<{ type?: string; id?: string; str?: string }>) {
      if (item.type === 'beginMarkedContentProps' && item.id) current.push(item.id);
      else if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') current.push('');
      else if (item.type === 'endMarkedContent') current.pop();
      else if (typeof item.str === 'string') {
        const id = [...current].reverse().find(Boolean);
        if (id) text.set(id, (text.get(id) ?? '') + item.str);
      }
    }
    pages.push({ page: n, tree, text });
  }
  await pdf.destroy();
  return pages;
}

/** Every element of a tree with the given role. */
export function findRoles(node: StructNode | null, role: string, out: StructNode[] = []): StructNode[] {
  if (!node) return out;
  if (node.role === role) out.push(node);
  for (const child of node.children ?? []) findRoles(child, role, out);
  return out;
}

/** The text under an element: its marked content read from the page. */
export function textOf(node: StructNode, page: PageStructure): string {
  if (node.type === 'content' && node.id) return page.text.get(node.id) ?? '';
  return (node.children ?? []).map((c) => textOf(c, page)).join('');
}
