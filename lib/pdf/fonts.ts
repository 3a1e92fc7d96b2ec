// Fonts and hyphenation for @react-pdf/renderer. Noto Sans (OFL) comes as full TrueType files
// from @expo-google-fonts/noto-sans: Latin with French accents and the Latin-extended letters of
// West African names (ɛ, ɔ, ŋ, ɖ, ƒ, ʋ...). The @fontsource packages split fonts into
// unicode-range subsets, which react-pdf cannot merge, so they are not used here.
//
// Arabic (a UN language; Morocco and Mauritania are in the programme) falls back to Noto Sans
// Arabic from @expo-google-fonts/noto-sans-arabic: every text style names both families, and
// react-pdf's text layout takes each character from the first family that has it. Its bidi
// pass lays an Arabic run out right to left within a left-to-right line. The Arabic family
// has no italic: its upright faces also serve italic styles (Arabic has no slanted tradition).
import { createRequire } from 'node:module';
import path from 'node:path';
import { Font } from '@react-pdf/renderer';
import enHyphenation from 'hyphen/en-us';
import frHyphenation from 'hyphen/fr';
import type { PdfLocale } from './types';

export const FONT_FAMILY = 'Noto Sans';
export const ARABIC_FAMILY = 'Noto Sans Arabic';
/** What every text style of the PDF names: Noto Sans, then Noto Sans Arabic for what it lacks. */
export const FONT_STACK = [FONT_FAMILY, ARABIC_FAMILY];

// Resolved from the project root so the same code works under tsx, vitest and Next.
const require = createRequire(path.join(process.cwd(), 'package.json'));
const fontDir = path.dirname(require.resolve('@expo-google-fonts/noto-sans/package.json'));
const arabicDir = path.dirname(require.resolve('@expo-google-fonts/noto-sans-arabic/package.json'));

export function fontFile(weight: '400Regular' | '400Regular_Italic' | '600SemiBold' | '700Bold' | '700Bold_Italic') {
  return path.join(fontDir, weight, `NotoSans_${weight}.ttf`);
}

export function arabicFontFile(weight: '400Regular' | '600SemiBold' | '700Bold') {
  return path.join(arabicDir, weight, `NotoSansArabic_${weight}.ttf`);
}

/** Every font file of the stack, in fallback order (glyphs.ts reads what they cover). */
export function stackFiles() {
  return [fontFile('400Regular'), arabicFontFile('400Regular')];
}

let registered = false;

export function registerFonts() {
  if (registered) return;
  registered = true;
  Font.register({
    family: FONT_FAMILY,
    fonts: [
      { src: fontFile('400Regular'), fontWeight: 400 },
      { src: fontFile('400Regular_Italic'), fontWeight: 400, fontStyle: 'italic' },
      { src: fontFile('600SemiBold'), fontWeight: 600 },
      { src: fontFile('700Bold'), fontWeight: 700 },
      { src: fontFile('700Bold_Italic'), fontWeight: 700, fontStyle: 'italic' },
    ],
  });
  Font.register({
    family: ARABIC_FAMILY,
    fonts: [
      { src: arabicFontFile('400Regular'), fontWeight: 400 },
      { src: arabicFontFile('400Regular'), fontWeight: 400, fontStyle: 'italic' },
      { src: arabicFontFile('600SemiBold'), fontWeight: 600 },
      { src: arabicFontFile('700Bold'), fontWeight: 700 },
      { src: arabicFontFile('700Bold'), fontWeight: 700, fontStyle: 'italic' },
    ],
  });
  Font.registerHyphenationCallback(hyphenate);
}

const SOFT_HYPHEN = '\u00ad';
// A "word" longer than this with no hyphenation point (a URL, a pasted identifier, a 300-letter
// run) is cut into pieces so that the line breaker can wrap it instead of overflowing the cell.
const MAX_PIECE = 18;

let current: PdfLocale = 'fr';

/**
 * React-pdf's hyphenation callback is process-wide, and a document is in one language: the
 * renderer sets the language before each render (renders never interleave in one thread,
 * see render-section.tsx). French words get French patterns, never react-pdf's built-in English ones.
 */
export function setHyphenationLocale(locale: PdfLocale) {
  current = locale;
}

// react-pdf asks again for every word each time it breaks a paragraph's lines, and it breaks
// them again at every relayout of the page: the answers are kept for the length of a render
// (4 % of a stress render went to the `hyphen` package before).
const memo = new Map<string, string[]>();

/** Forgets the words hyphenated during a render (render-section.tsx calls it after each). */
export function clearHyphenationMemo() {
  memo.clear();
}

function hyphenate(word: string): string[] {
  if (!word) return [];
  const key = `${current}|${word}`;
  let parts = memo.get(key);
  if (!parts) {
    parts = hyphenateWord(word);
    memo.set(key, parts);
  }
  // A copy: react-pdf's callers may keep or change the array they get.
  return parts.slice();
}

const ARABIC = /\p{Script=Arabic}/u;

function hyphenateWord(word: string): string[] {
  // Arabic is not hyphenated (its letters join across a cut): only a run too long for any
  // line is cut, as a pasted identifier is.
  if (ARABIC.test(word)) return word.length > 2 * MAX_PIECE ? (word.match(new RegExp(`.{1,${2 * MAX_PIECE}}`, 'gu')) ?? [word]) : [word];
  let parts: string[];
  if (word.includes(SOFT_HYPHEN)) parts = word.split(SOFT_HYPHEN);
  else parts = (current === 'fr' ? frHyphenation : enHyphenation).hyphenateSync(word, { hyphenChar: SOFT_HYPHEN, minWordLength: 6 }).split(SOFT_HYPHEN);
  return parts.flatMap((p) => (p.length > MAX_PIECE ? (p.match(new RegExp(`.{1,${MAX_PIECE}}`, 'gu')) ?? [p]) : [p]));
}

export const hyphenateForTest = hyphenate;

/** For titles: a hyphen in a heading looks careless; whole words wrap instead. */
export const noHyphens = (word: string) => [word];
