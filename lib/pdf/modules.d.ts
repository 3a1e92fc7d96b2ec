// Type declarations for packages that ship none: hyphen (used by fonts.ts) and fontkit (glyphs.ts).
type Hyphenation = { hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string };
declare module 'hyphen/fr' {
  const fr: Hyphenation;
  export default fr;
}
declare module 'hyphen/en-us' {
  const en: Hyphenation;
  export default en;
}
// fontkit (a dependency of @react-pdf/renderer) ships no types either; lib/pdf/glyphs.ts reads
// the character set of the embedded font.
declare module 'fontkit' {
  type Path = { scale(sx: number, sy: number): Path; translate(x: number, y: number): Path; toSVG(): string };
  type Glyph = { path: Path };
  export function openSync(path: string): {
    characterSet: number[];
    unitsPerEm: number;
    capHeight: number;
    layout(text: string): { glyphs: Glyph[]; positions: Array<{ xAdvance: number }> };
  };
}
// pdfkit (@react-pdf/renderer's PDF writer) ships no types; pdfkit-fonts.ts patches one method.
declare module 'pdfkit' {
  const PDFDocument: unknown;
  export default PDFDocument;
}
