// Text shaping (fontkit's `font.layout`: OpenType substitutions and positioning) word by word,
// memoized for the length of one render. react-pdf shapes a whole text run at a time, again
// each time it lays the run's page out (and it lays a page out again at every split); fontkit
// applies every lookup of Noto Sans's large GSUB and GPOS tables to every glyph. Profile of a
// Benin render before this: fontkit 21 % of the time, the largest share.
//
// A run is shaped as its space-separated words, each shaped once per render: a document
// repeats its words (3676 words, 1354 distinct in the Benin roadmap), so this shapes 2-3 times
// fewer glyphs. Noto Sans has no substitution or kerning across a space, so the glyphs and
// positions are the same as shaping the whole run (checked on every string of the Benin
// roadmap: tests/unit/pdf-typography.test.ts).
import { Font } from '@react-pdf/renderer';
import { ARABIC_FAMILY, FONT_STACK } from './fonts';
import { distinctGlyphTexts } from './glyph-text';

export type GlyphRun = { glyphs: unknown[]; positions: unknown[] };
export type Layout = (string: string, features?: unknown, script?: string, language?: string, direction?: string) => GlyphRun;
type ShapedFont = { layout: Layout; [SHAPED]?: true };

/** A run's words, each with the spaces that follow it: "a  b" -> "a  ", "b". */
const WORDS = /[^ ]* */g;

const SHAPED = Symbol('jalon.shaped');
// A cap on entries, so that a very large document cannot grow the memo without bound; the
// memo is emptied after every render anyway (clearShapingMemo).
const MAX_ENTRIES = 50_000;

const memos: Map<string, GlyphRun>[] = [];

/**
 * A `layout` that shapes a left-to-right run word by word through `memo`. Glyphs and positions
 * are shared between callers: textkit copies the positions (scaled), never writes into a glyph
 * array, and reads nothing else of the run.
 */
export function wordShaper(layout: Layout, memo: Map<string, GlyphRun>): Layout {
  const shapeWord = (word: string, features: unknown, script?: string, language?: string): GlyphRun => {
    const key = `${script ?? ''}|${language ?? ''}|${features === undefined ? '' : JSON.stringify(features)}|${word}`;
    let run = memo.get(key);
    if (!run) {
      run = layout(word, features, script, language, 'ltr');
      if (memo.size >= MAX_ENTRIES) memo.clear();
      memo.set(key, run);
    }
    return run;
  };
  return (string, features, script, language, direction) => {
    // textkit asks for left-to-right runs only; anything else gets fontkit's own behaviour.
    if (direction !== 'ltr') return layout(string, features, script, language, direction);
    const words = string.match(WORDS)!.filter(Boolean);
    if (words.length <= 1) return shapeWord(string, features, script, language);
    const glyphs: unknown[] = [];
    const positions: unknown[] = [];
    for (const word of words) {
      const run = shapeWord(word, features, script, language);
      for (const g of run.glyphs) glyphs.push(g);
      for (const p of run.positions) positions.push(p);
    }
    return { glyphs, positions };
  };
}

/** Shapes the stack's fonts word by word (wordShaper). Fonts load on first use: runs before each render. */
export async function memoizeShaping(): Promise<void> {
  for (const name of FONT_STACK) {
    for (const source of Font.getRegisteredFonts()[name]?.sources ?? []) {
      await source.load();
      const font = source.data as unknown as ShapedFont | null;
      if (!font || font[SHAPED] || typeof font.layout !== 'function') continue;
      // Arabic letters share dotless glyphs: each gets its own, with the letter it draws.
      if (name === ARABIC_FAMILY) distinctGlyphTexts(font);
      else claimCodePoints(font as unknown as CodePointFont);
      shapeByWords(font);
    }
  }
}

function shapeByWords(font: ShapedFont) {
  const memo = new Map<string, GlyphRun>();
  memos.push(memo);
  font.layout = wordShaper(font.layout.bind(font), memo);
  font[SHAPED] = true;
}

type CodePointFont = { glyphForCodePoint(cp: number): unknown };

// The letters accented ones are built from: printable ASCII, dotless i and j.
const BASE_LETTERS = [...Array.from({ length: 0x7e - 0x21 + 1 }, (_, i) => 0x21 + i), 0x131, 0x237];

/**
 * fontkit keeps one glyph object per glyph id for the life of the font, with the characters of
 * the first request that made it; pdfkit writes a part's ToUnicode map from those. A glyph
 * first made without characters (a component of an accented letter when a subset is written:
 * "é" holds "e") then copies as nothing for the rest of the process: in a worker whose first
 * part was the action matrix alone, every later PDF lost its "e" in the text layer. The base
 * letters are looked up once, when the font loads, so that each is first made with its character.
 */
function claimCodePoints(font: CodePointFont) {
  for (const cp of BASE_LETTERS) font.glyphForCodePoint(cp);
}

/** Forgets the shaped words: a render's text is not kept once its PDF is written. */
export function clearShapingMemo(): void {
  for (const memo of memos) memo.clear();
}
