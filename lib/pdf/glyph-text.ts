// A PDF gives each glyph of a font subset one text (its ToUnicode map), the first one pdfkit
// met. Noto Sans Arabic draws letters that differ only by their dots (ب ت ث ن ي in the middle
// of a word, ر ز, ح ج خ...) with one dotless base glyph plus a separate dot glyph, so every
// such letter would read back as whichever of them came first: « وزارة » came back « ورارة ».
//
// For the fonts given to `distinctGlyphTexts`, a glyph drawn for some text is named by its
// glyph id and that text ("30:632"), and the subset gives each such name a glyph of its own,
// a copy of the same outline: every letter then reads back as itself (pdftotext, copy and
// paste, screen readers), and the page looks the same. Marks (the dots) carry no text and keep
// their one glyph. Only react-pdf's encoder reads a glyph's id (it asks the subset for it),
// textkit reads the advance, the text and whether it is a mark, which the copies carry.
// (Which text a glyph draws has to be worked out from the string: see withTexts.)

type FontkitGlyph = { id: number; advanceWidth: number; codePoints: number[]; isMark: boolean };
type NamedGlyph = Omit<FontkitGlyph, 'id'> & { id: string };
type Subset = { glyphs: number[]; mapping: Record<string | number, number>; includeGlyph(glyph: unknown): number };
type Run = { glyphs: unknown[]; positions: unknown[] };
type PatchableFont = {
  layout(string: string, ...rest: unknown[]): Run;
  createSubset(): Subset;
  [PATCHED]?: true;
};

const PATCHED = Symbol('jalon.glyphText');

/** The copy of `glyph` named by its id and the text it draws; a glyph with no text is kept. */
function named(glyph: FontkitGlyph, text: number[]): FontkitGlyph | NamedGlyph {
  if (text.length === 0) return glyph;
  return { id: `${glyph.id}:${text.map((c) => c.toString(16)).join('.')}`, advanceWidth: glyph.advanceWidth, codePoints: text, isMark: glyph.isMark };
}

/**
 * The glyphs of `string` with the text each one draws. fontkit keeps one glyph object per id,
 * with the code points it was first met with: the dotless base of « ز » says « ر ». Each glyph
 * takes as many of the string's code points, in order, as it claims: if the counts do not add
 * up (a glyph met first in a ligature), the glyphs are left as fontkit gave them.
 */
function withTexts(string: string, glyphs: FontkitGlyph[]): (FontkitGlyph | NamedGlyph)[] {
  const codePoints = Array.from(string, (c) => c.codePointAt(0)!);
  if (glyphs.reduce((n, g) => n + g.codePoints.length, 0) !== codePoints.length) return glyphs;
  let at = 0;
  return glyphs.map((g) => {
    const text = codePoints.slice(at, at + g.codePoints.length);
    at += g.codePoints.length;
    return named(g, text);
  });
}

/** The subset's own method, taught the named glyphs: each name its slot, holding the real glyph. */
function includeNamed(subset: Subset, original: Subset['includeGlyph']) {
  return (glyph: unknown): number => {
    const key = typeof glyph === 'object' && glyph !== null ? (glyph as { id: number | string }).id : (glyph as number | string);
    if (typeof key !== 'string') return original.call(subset, key);
    let slot = subset.mapping[key];
    if (slot === undefined) {
      subset.glyphs.push(Number.parseInt(key, 10));
      slot = subset.glyphs.length - 1;
      subset.mapping[key] = slot;
    }
    return slot;
  };
}

/** Makes `font` (a fontkit font) give each text it draws a glyph of its own. Idempotent. */
export function distinctGlyphTexts(font: unknown): void {
  const f = font as PatchableFont;
  if (f[PATCHED]) return;
  f[PATCHED] = true;
  const layout = f.layout.bind(f);
  f.layout = (string: string, ...rest: unknown[]) => {
    const run = layout(string, ...rest);
    return { ...run, glyphs: withTexts(string, run.glyphs as FontkitGlyph[]) };
  };
  const createSubset = f.createSubset.bind(f);
  f.createSubset = () => {
    const subset = createSubset();
    subset.includeGlyph = includeNamed(subset, subset.includeGlyph);
    return subset;
  };
}
