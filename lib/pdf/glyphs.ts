// Characters no embedded font can draw (emoji, CJK, mathematical letters...) are replaced
// before layout: each run of them becomes one U+FFFD "�", so the reader sees that something is
// missing rather than empty boxes. What Noto Sans lacks but Noto Sans Arabic has (fonts.ts)
// is kept: react-pdf draws it from the fallback family.
import { openSync } from 'fontkit';
import { stackFiles } from './fonts';
import type { RoadmapDocument } from './types';

let supported: Set<number> | null = null;

function charset(): Set<number> {
  supported ??= new Set(stackFiles().flatMap((file) => openSync(file).characterSet));
  return supported;
}

const REPLACEMENT = '\ufffd';

export function replaceMissingGlyphs(text: string): string {
  const set = charset();
  let out = '';
  let inRun = false;
  let pendingSpace = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    // Variation selectors, joiners and soft hyphens draw nothing: keep them out of the verdict.
    if (cp === 0xfe0f || cp === 0xfe0e || cp === 0x200d || cp === 0xad) {
      if (!inRun) out += ch;
      continue;
    }
    const ok = cp < 0x20 || set.has(cp);
    if (ok && /\s/u.test(ch) && inRun) {
      pendingSpace += ch; // a space inside a foreign phrase belongs to the run
      continue;
    }
    if (ok) {
      if (inRun && pendingSpace) out += pendingSpace;
      out += ch;
      inRun = false;
      pendingSpace = '';
    } else if (!inRun) {
      out += REPLACEMENT;
      inRun = true;
      pendingSpace = '';
    } else {
      pendingSpace = '';
    }
  }
  return out + pendingSpace;
}

/**
 * French spacing typed with ordinary spaces (« molles », « : », « ; ») is tied with no-break
 * spaces, so that a line never starts with a colon or a closing guillemet, and a straight
 * apostrophe between letters becomes the typographic one. Harmless in English.
 */
export function tiePunctuation(text: string): string {
  return text
    .replace(/(\p{L})'(\p{L})/gu, '$1’$2')
    .replace(/([«‹])[ \u00a0\u202f]+/g, '$1\u00a0')
    .replace(/[ \u00a0\u202f]+([»›:])/g, '\u00a0$1')
    .replace(/[ \u00a0\u202f]+([;!?])/g, '\u202f$1');
}

function deep<T>(value: T): T {
  if (typeof value === 'string') return tiePunctuation(replaceMissingGlyphs(value)) as T;
  if (Array.isArray(value)) return value.map(deep) as T;
  if (ArrayBuffer.isView(value)) return value; // the emblem's pixels: bytes, not text
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deep(v)])) as T;
  return value;
}

const cache = new WeakMap<RoadmapDocument, RoadmapDocument>();

/** The document with every text drawable by the embedded font, its punctuation tied. */
export function drawable(doc: RoadmapDocument): RoadmapDocument {
  let out = cache.get(doc);
  if (!out) {
    out = deep(doc);
    cache.set(doc, out);
  }
  return out;
}
