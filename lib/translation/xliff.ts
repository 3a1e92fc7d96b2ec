// XLIFF 2.0 (OASIS core) for the translation services' tools: one <file> per roadmap version,
// one <unit> per text, with the original, the current translation and its state. Built and
// read with fast-xml-parser, never by string concatenation, so every text is escaped.
import type { MessageKey } from '../result';
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Language } from './languages';
import type { TextState } from './state';

export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0';

/** The file's `original`: which roadmap version it carries; an import checks it. */
export const xliffOriginal = (roadmapId: string, number: number, contentHash: string) => `jalon:roadmap/${roadmapId}/version/${number}/${contentHash}`;
const ORIGINAL = /^jalon:roadmap\/([A-Za-z0-9_-]{1,64})\/version\/(\d{1,6})\/([0-9a-f]{64})$/;

export type XliffUnit = { id: string; name: string; source: string; target: string | null; state: TextState; note?: string };
export type XliffDocument = { srcLang: Language; trgLang: Language; original: string; title: string; units: XliffUnit[] };

// XLIFF's own states: a missing or outdated text is to translate (initial), a draft is translated.
const XLIFF_STATE: Record<TextState, string> = { missing: 'initial', outdated: 'initial', draft: 'translated', reviewed: 'reviewed' };

export function buildXliff(doc: XliffDocument): string {
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '  ', suppressEmptyNode: false });
  const body = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    xliff: {
      '@_xmlns': XLIFF_NS, '@_version': '2.0', '@_srcLang': doc.srcLang, '@_trgLang': doc.trgLang,
      file: {
        '@_id': 'roadmap', '@_original': doc.original,
        notes: { note: { '@_category': 'title', '#text': doc.title } },
        unit: doc.units.map((u) => ({
          '@_id': u.id, '@_name': u.name, '@_xml:space': 'preserve',
          ...(u.note ? { notes: { note: { '@_category': 'jalon', '#text': u.note } } } : {}),
          segment: {
            '@_state': XLIFF_STATE[u.state],
            source: { '#text': u.source },
            ...(u.target !== null ? { target: { '#text': u.target } } : {}),
          },
        })),
      },
    },
  };
  return builder.build(body);
}

export type ParsedUnit = { id: string; source: string | null; target: string | null; problem: MessageKey | null };
export type ParsedXliff =
  | { ok: true; srcLang: string; trgLang: string; roadmapId: string | null; number: number | null; contentHash: string | null; units: ParsedUnit[] }
  | { ok: false; error: MessageKey };

type Node = Record<string, unknown>;
const ATTR = '@_';
const attr = (n: Node | undefined, name: string) => (typeof n?.[ATTR + name] === 'string' ? (n[ATTR + name] as string) : null);
const many = (v: unknown): Node[] => (v === undefined ? [] : Array.isArray(v) ? (v as Node[]) : [v as Node]);

/** The plain text of <source> or <target>; null when it holds elements (inline codes, markup). */
function plainText(v: unknown): string | null {
  if (v === undefined) return null;
  if (typeof v === 'string') return v;
  const n = v as Node;
  const elements = Object.keys(n).filter((k) => !k.startsWith(ATTR) && k !== '#text');
  if (elements.length) return null;
  return typeof n['#text'] === 'string' ? n['#text'] : '';
}

/**
 * Reads a file a translation tool sent back. The errors are message keys: the file as a whole
 * (malformed, not XLIFF 2.0), or per unit in `problem` (no segment, several, markup).
 */
export function parseXliff(content: string): ParsedXliff {
  // No DTD: entity expansion is refused outright, whatever the parser would do with it.
  if (/<!DOCTYPE|<!ENTITY/i.test(content)) return { ok: false, error: 'xliff.malformed' };
  const valid = XMLValidator.validate(content);
  if (valid !== true) return { ok: false, error: 'xliff.malformed' };
  const parser = new XMLParser({
    ignoreAttributes: false, attributeNamePrefix: ATTR, trimValues: false, parseTagValue: false, parseAttributeValue: false,
    removeNSPrefix: false, processEntities: true, htmlEntities: false, ignoreDeclaration: true,
    isArray: (name) => ['file', 'unit', 'segment', 'group', 'ignorable'].includes(name),
  });
  const tree = parser.parse(content) as Node;
  const root = tree.xliff as Node | undefined;
  if (!root || attr(root, 'version') !== '2.0' || attr(root, 'xmlns') !== XLIFF_NS) return { ok: false, error: 'xliff.notXliff2' };
  const files = many(root.file);
  if (files.length !== 1) return { ok: false, error: 'xliff.oneFile' };
  const file = files[0];
  if (many(file.group).length) return { ok: false, error: 'xliff.groups' };
  const m = ORIGINAL.exec(attr(file, 'original') ?? '');
  const units = many(file.unit).map((u): ParsedUnit => {
    const id = attr(u, 'id') ?? '';
    const segments = many(u.segment);
    if (segments.length !== 1 || many(u.ignorable).length) return { id, source: null, target: null, problem: 'xliff.oneSegment' };
    const source = plainText(segments[0].source);
    const target = plainText(segments[0].target);
    if (source === null || (target === null && segments[0].target !== undefined)) return { id, source, target: null, problem: 'translation.notPlainText' };
    return { id, source, target, problem: null };
  });
  return {
    ok: true, srcLang: attr(root, 'srcLang') ?? '', trgLang: attr(root, 'trgLang') ?? '',
    roadmapId: m?.[1] ?? null, number: m ? Number(m[2]) : null, contentHash: m?.[3] ?? null, units,
  };
}
