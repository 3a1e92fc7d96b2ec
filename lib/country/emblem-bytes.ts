// What an emblem file may be, decided from its bytes only: the file's name and the type the
// browser declares are claims, never read. A PNG by its signature; an SVG is UTF-8 XML text
// whose root element is <svg>. An SVG is refused when it could reach outside itself or run
// anything: a DOCTYPE or an entity (external entities, entity expansion), a processing
// instruction other than the XML declaration (xml-stylesheet), scripts, foreign objects,
// embedded documents, event handlers, and any reference that is not to a fragment of the
// same file or an embedded raster image (href, xlink:href, CSS url(), @import). The file is
// redrawn as a PNG afterwards (emblem-image.ts, docs/decisions/017): these checks keep the
// drawing library from fetching or reading anything while it draws.
//
// Framework-free and without Node APIs, so that the upload form imports the limits too.

/**
 * 512 KB per file: the form sends it to a server action in base64 (a third more), under the
 * actions' 1 MB body limit (next.config.ts). Coats of arms as PNG or SVG fit far below it.
 */
export const MAX_EMBLEM_BYTES = 512 * 1024;
/** The long side of the stored PNG, in pixels: 62 pt on the cover at more than 600 dpi. */
export const EMBLEM_MAX_SIDE = 600;
/** What the form's file picker offers (a hint to the picker only; the server decides from the bytes). */
export const EMBLEM_ACCEPT = '.png,.svg,image/png,image/svg+xml';

export type EmblemSourceType = 'PNG' | 'SVG';

/** Message keys of the refusals (messages/<locale>/country.json, country.emblem.errors). */
export type EmblemRefusal =
  | 'country.emblem.errors.empty'
  | 'country.emblem.errors.tooLarge'
  | 'country.emblem.errors.badType'
  | 'country.emblem.errors.unsafeSvg'
  | 'country.emblem.errors.unreadable';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;

export function isPng(b: Uint8Array): boolean {
  return b.length > PNG_SIGNATURE.length && PNG_SIGNATURE.every((x, i) => b[i] === x);
}

/** The text of a UTF-8 file (a byte order mark dropped), or null when it is not UTF-8 text. */
function utf8Text(b: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(b);
  } catch {
    return null;
  }
}

// Before the root element, XML allows the declaration, comments, processing instructions,
// a DOCTYPE and white space. Everything but the declaration and comments is refused later;
// here only where the root starts matters.
const PROLOG_ITEM = /^(?:\s+|<\?xml\s[^>]*\?>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>)/i;

/** True when the text is an XML document whose root element is <svg> (no namespace prefix). */
export function hasSvgRoot(text: string): boolean {
  let rest = text;
  for (let i = 0; i < 1000; i++) {
    const m = PROLOG_ITEM.exec(rest);
    if (!m) break;
    rest = rest.slice(m[0].length);
  }
  return /^<svg[\s>/]/.test(rest);
}

/** PNG or SVG, from the bytes; null for anything else (JPEG, GIF, PDF, compressed SVG, HTML...). */
export function sniffEmblem(b: Uint8Array): EmblemSourceType | null {
  if (isPng(b)) return 'PNG';
  // A NUL never occurs in XML text: it is some other binary format.
  if (b.includes(0)) return null;
  const text = utf8Text(b);
  return text !== null && hasSvgRoot(text) ? 'SVG' : null;
}

/** Elements that run code, embed another document or draw HTML: none belongs in an emblem. */
const FORBIDDEN_ELEMENTS = ['script', 'foreignObject', 'iframe', 'embed', 'object', 'handler', 'listener', 'audio', 'video', 'xi:include', 'include'];

/** A reference that stays inside the file: a fragment, or a raster image embedded in base64. */
function isInternalReference(raw: string): boolean {
  const v = raw.trim();
  return v.startsWith('#') || /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=\s]*$/i.test(v);
}

/** Character references (&#115; &#x73;, and &quot; &apos; &amp;) as the characters they stand for. */
function decodeCharacterReferences(text: string): string {
  const named: Record<string, string> = { quot: '"', apos: "'", amp: '&' };
  return text.replace(/&(quot|apos|amp);/g, (_, name: string) => named[name]).replace(/&#(?:x([0-9a-f]{1,6})|([0-9]{1,7}));?/gi, (whole, hex: string | undefined, dec: string | undefined) => {
    const code = hex ? parseInt(hex, 16) : Number(dec);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const DATA_IMAGE = /data:image\/(png|jpeg);base64,[A-Za-z0-9+/=\s]*/gi;
const URL_CALL = /url\s*\(\s*(?:"([^"]*)"|'([^']*)'|([^)"']*))\)/gi;

/**
 * Why an SVG text may not be drawn, or null when it may. Deliberately strict: an emblem is
 * shapes, gradients and at most embedded raster images; anything else is refused rather than
 * cleaned, so that what is stored is what the coordinator sent, only redrawn. The checks read
 * the text with its character references decoded, so « &#115;cript » is « script ».
 */
export function svgRefusal(raw: string): EmblemRefusal | null {
  const unsafe = 'country.emblem.errors.unsafeSvg' as const;
  // Embedded images' base64 could spell anything (« /onload= »): their payload is not scanned.
  const text = decodeCharacterReferences(raw).replace(DATA_IMAGE, 'data:image/$1;base64,');
  // Entities are where XML reads files (SYSTEM) and where it explodes (billion laughs).
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) return unsafe;
  // The XML declaration first, and no other processing instruction (xml-stylesheet loads a sheet).
  if (/<\?/.test(text.replace(/^\uFEFF?\s*<\?xml\s[^>]*\?>/i, ''))) return unsafe;
  for (const name of FORBIDDEN_ELEMENTS) {
    if (new RegExp(`<\\s*(?:[\\w-]+:)?${name.replace(':', '\\:')}[\\s>/]`, 'i').test(text)) return unsafe;
  }
  // Event handlers (onload, onclick, onbegin...), in any case, with or without a prefix.
  if (/[\s"'/](?:[\w-]+:)?on[a-z]+\s*=/i.test(text)) return unsafe;
  // Every reference: href and xlink:href (any prefix), quoted either way or not at all.
  for (const m of text.matchAll(/[\s"'](?:[\w-]+:)?href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*))/gi)) {
    if (!isInternalReference(m[1] ?? m[2] ?? m[3] ?? '')) return unsafe;
  }
  // CSS: imported sheets, and url() anywhere (style elements, style and presentation attributes).
  if (/@import/i.test(text)) return unsafe;
  const calls = [...text.matchAll(URL_CALL)];
  if (calls.some((m) => !isInternalReference(m[1] ?? m[2] ?? m[3] ?? ''))) return unsafe;
  // A url( the pattern could not read (unclosed, escaped, oddly quoted) is refused too.
  if ((text.match(/url\s*\(/gi) ?? []).length !== calls.length) return unsafe;
  return null;
}

export type CheckedEmblem = { ok: true; sourceType: EmblemSourceType } | { ok: false; error: EmblemRefusal };

/** Size, type and (for an SVG) content, before anything is drawn. */
export function checkEmblemBytes(b: Uint8Array): CheckedEmblem {
  if (b.byteLength === 0) return { ok: false, error: 'country.emblem.errors.empty' };
  if (b.byteLength > MAX_EMBLEM_BYTES) return { ok: false, error: 'country.emblem.errors.tooLarge' };
  const sourceType = sniffEmblem(b);
  if (!sourceType) return { ok: false, error: 'country.emblem.errors.badType' };
  if (sourceType === 'SVG') {
    const refusal = svgRefusal(new TextDecoder().decode(b));
    if (refusal) return { ok: false, error: refusal };
  }
  return { ok: true, sourceType };
}
