import { expect, test } from 'vitest';
import { arabicFontFile, fontFile, hyphenateForTest, setHyphenationLocale } from '@/lib/pdf/fonts';
import { distinctGlyphTexts } from '@/lib/pdf/glyph-text';
import { formatMoney, formatPeriod, parsePeriod } from '@/lib/pdf/format';
import { openSync } from 'fontkit';
import { beninDocument } from '@/lib/pdf/fixtures/benin';
import { drawable, replaceMissingGlyphs, tiePunctuation } from '@/lib/pdf/glyphs';
import { wordShaper, type GlyphRun, type Layout } from '@/lib/pdf/shaping';

test('French words get French hyphenation points, never English ones', () => {
  setHyphenationLocale('fr');
  expect(hyphenateForTest('interministériel')).toEqual(['in', 'ter', 'mi', 'nis', 'té', 'riel']);
  expect(hyphenateForTest('terroristes')).toEqual(['ter', 'ro', 'ristes']); // English patterns say ter-ror-istes
  expect(hyphenateForTest('vulnérabilités')).toEqual(['vul', 'né', 'ra', 'bi', 'li', 'tés']);
  setHyphenationLocale('en');
  expect(hyphenateForTest('terroristes')).toEqual(['ter', 'ror', 'istes']);
  setHyphenationLocale('fr');
});

test('an author’s soft hyphens win, and a word too long to hyphenate is cut into pieces', () => {
  setHyphenationLocale('fr');
  expect(hyphenateForTest('ABe\u00adGIEF')).toEqual(['ABe', 'GIEF']);
  const pieces = hyphenateForTest('x'.repeat(300));
  expect(pieces.join('')).toBe('x'.repeat(300));
  expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(18);
  // Emoji are cut by code point, never between the halves of a surrogate pair.
  expect(hyphenateForTest('😀'.repeat(40)).join('')).toBe('😀'.repeat(40));
  for (const p of hyphenateForTest('😀'.repeat(40))) expect(p.isWellFormed()).toBe(true);
});

test('periods read as quarters in each language', () => {
  expect(parsePeriod('2025-T1')).toEqual({ year: 2025, quarter: 1 });
  expect(parsePeriod('2025-Q3')).toEqual({ year: 2025, quarter: 3 });
  expect(parsePeriod('2026-11')).toEqual({ year: 2026, quarter: 4 });
  expect(parsePeriod('2026-13')).toBeNull();
  expect(formatPeriod('2025-T1', '2025-06', 'fr')).toBe('T1\u00a02025 – T2\u00a02025');
  expect(formatPeriod('2025-Q2', '2025-Q2', 'en')).toBe('Q2\u00a02025');
  expect(formatPeriod(null, null, 'en')).toBe('–');
});

test('amounts in XOF have no decimals and French grouping', () => {
  expect(formatMoney(15_000_000, 'XOF', 'fr')).toBe('15\u202f000\u202f000\u00a0XOF');
  expect(formatMoney(85_000, 'EUR', 'en')).toBe('85,000\u00a0EUR');
});

test('characters the font cannot draw become one visible replacement mark per run', () => {
  expect(replaceMissingGlyphs('Émoji 😀🛡️ ici')).toBe('Émoji \ufffd ici');
  // Arabic is drawn by the fallback font; mathematical letters by none.
  expect(replaceMissingGlyphs('arabe : الأمن السيبراني.')).toBe('arabe : الأمن السيبراني.');
  expect(replaceMissingGlyphs('𝐀𝐁𝐂 = 𝔸')).toBe('\ufffd = \ufffd');
  expect(replaceMissingGlyphs('🇧🇯 Bénin')).toBe('\ufffd Bénin');
  // French and the Latin letters of West African names are drawn as they are.
  expect(replaceMissingGlyphs('Ɛdɔ Hounkpɛ̀, Ŋgɔ, Ɖaxo Ʋɔ, œuvre, « cibles »')).toBe('Ɛdɔ Hounkpɛ̀, Ŋgɔ, Ɖaxo Ʋɔ, œuvre, « cibles »');
});

test('French punctuation typed with plain spaces is tied to its word', () => {
  expect(tiePunctuation('cibles « molles » : lieux ; quoi ?')).toBe('cibles «\u00a0molles\u00a0»\u00a0: lieux\u202f; quoi\u202f?');
  expect(tiePunctuation('Baseline: 0; target: 4')).toBe('Baseline: 0; target: 4');
  expect(tiePunctuation("Ministère de l'Intérieur, Benin's")).toBe('Ministère de l’Intérieur, Benin’s');
});

test('shaping word by word gives the glyphs and positions of shaping whole runs', () => {
  const strings: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') strings.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  for (const locale of ['fr', 'en'] as const) walk(drawable(beninDocument(locale)));
  strings.push('AV  To  Wa fi ffl « Té » l’État', 'Ɛ ɔ ŋ ɖ ƒ ʋ  Àà  ', ' ', '');
  const summary = (run: GlyphRun) =>
    run.glyphs.map((g, i) => {
      const p = run.positions[i] as { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number };
      return `${(g as { id: number }).id}:${p.xAdvance},${p.yAdvance},${p.xOffset},${p.yOffset}`;
    }).join(' ');
  for (const weight of ['400Regular', '600SemiBold', '700Bold', '400Regular_Italic'] as const) {
    const font = openSync(fontFile(weight)) as unknown as { layout: Layout };
    const whole = font.layout.bind(font);
    const byWords = wordShaper(whole, new Map());
    for (const s of strings) expect(summary(byWords(s, undefined, undefined, undefined, 'ltr')), `${weight}: ${s}`).toBe(summary(whole(s, undefined, undefined, undefined, 'ltr')));
  }
}, 60_000);

test('Arabic words are neither hyphenated nor cut, unless longer than any line', () => {
  setHyphenationLocale('fr');
  expect(hyphenateForTest('الاستراتيجية')).toEqual(['الاستراتيجية']);
  expect(hyphenateForTest('ب'.repeat(50)).length).toBe(2);
});

test('shaping Arabic word by word gives the glyphs and positions of shaping whole runs', () => {
  const strings = ['وزارة الداخلية والأمن العام', 'الأمن السيبراني للبنية التحتية الحيوية', 'لا إله  الا', 'مكافحة الإرهاب، ٢٠٢٥'];
  const summary = (run: GlyphRun) =>
    run.glyphs.map((g, i) => {
      const p = run.positions[i] as { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number };
      return `${(g as { id: number }).id}:${p.xAdvance},${p.yAdvance},${p.xOffset},${p.yOffset}`;
    }).join(' ');
  for (const weight of ['400Regular', '600SemiBold', '700Bold'] as const) {
    const font = openSync(arabicFontFile(weight)) as unknown as { layout: Layout };
    const whole = font.layout.bind(font);
    const byWords = wordShaper(whole, new Map());
    for (const s of strings) expect(summary(byWords(s, undefined, undefined, undefined, 'ltr')), `${weight}: ${s}`).toBe(summary(whole(s, undefined, undefined, undefined, 'ltr')));
  }
});

test('each Arabic letter drawn from a shared dotless glyph keeps its own text', () => {
  const font = openSync(arabicFontFile('400Regular')) as unknown as { layout: Layout; createSubset(): { includeGlyph(g: unknown): number; glyphs: number[] } };
  distinctGlyphTexts(font);
  const text = (s: string) => (font.layout(s).glyphs as { codePoints: number[] }[]).flatMap((g) => g.codePoints);
  const codes = (s: string) => Array.from(s, (c) => c.codePointAt(0)!);
  // « ر » then « ز »: one outline, two letters; « ت ي ن ب » in the middle of a word likewise.
  for (const s of ['رزارة', 'وزارة', 'التحتية للبنية', 'ثبت نيب']) expect(text(s), s).toEqual(codes(s));
  const letter = (s: string) => (font.layout(s).glyphs as { id: string | number; codePoints: number[] }[]).find((g) => g.codePoints.length) as { id: string };
  const [r, z] = [letter('ر'), letter('ز')];
  expect(Number.parseInt(r.id, 10)).toBe(Number.parseInt(z.id, 10));
  expect(r.id).not.toBe(z.id);
  // In the PDF's font subset they are two glyphs, each with the real outline behind it.
  const subset = font.createSubset();
  const [a, b] = [subset.includeGlyph(r.id), subset.includeGlyph(z.id)];
  expect(a).not.toBe(b);
  expect(subset.includeGlyph(z.id)).toBe(b);
  expect(subset.glyphs[a]).toBe(subset.glyphs[b]);
});
