// react-pdf sets the font before drawing each text run with `doc.font(fontkitFont, size)`.
// pdfkit caches fonts by name only: given a font object it builds a new EmbeddedFont (a font
// subset object and metrics) for every run, then compares it with the one it already has by
// serializing the font's name table (`isEqualFont`), and keeps the old one. That was 6 % of a
// stress render (3.5 % of a Benin one). The font object react-pdf passes is the same for
// every run of a family's weight, so the EmbeddedFont is looked up by it instead: the same
// one pdfkit would have kept.
import PDFDocument from 'pdfkit';

type FontSetter = (this: PdfKitDoc, src: unknown, family?: unknown, size?: unknown) => PdfKitDoc;
type PdfKitDoc = { _font: unknown; _fontSource: unknown; _fontFamily: unknown; fontSize(size: number): PdfKitDoc };

const embedded = new WeakMap<PdfKitDoc, Map<object, unknown>>();
let patched = false;

export function reuseEmbeddedFonts(): void {
  if (patched) return;
  patched = true;
  const proto = (PDFDocument as unknown as { prototype: { font: FontSetter } }).prototype;
  const original = proto.font;
  proto.font = function font(src, family, size) {
    // Only the call react-pdf makes: a fontkit font object, no family name.
    const isFontObject = typeof src === 'object' && src !== null && typeof (src as { layout?: unknown }).layout === 'function';
    if (!isFontObject || (family !== undefined && typeof family !== 'number')) return original.call(this, src, family, size);
    const fontSize = typeof family === 'number' ? family : size;
    let fonts = embedded.get(this);
    if (!fonts) embedded.set(this, (fonts = new Map()));
    const known = fonts.get(src as object);
    if (!known) {
      original.call(this, src, undefined, fontSize);
      fonts.set(src as object, this._font);
      return this;
    }
    this._font = known;
    this._fontSource = src;
    this._fontFamily = null;
    if (typeof fontSize === 'number') this.fontSize(fontSize);
    return this;
  };
}
