import { G, Page, Path, Svg, Text } from '@react-pdf/renderer';
import { openSync } from 'fontkit';
import { FONT_STACK, fontFile } from '../fonts';
import { colors, PAGE } from '../styles';

let bold: ReturnType<typeof openSync> | null = null;

/**
 * The watermark's letters as outlines (Noto Sans Bold, letter-spaced by a tenth of the size),
 * centred on (cx, cy): drawn, not text, so that the text layer (pdftotext, a screen reader,
 * copy and paste) has no "P R O J E T" between the words of every page. The status is text in
 * the footer and on the cover.
 */
function outline(text: string, size: number, cx: number, cy: number): string {
  bold ??= openSync(fontFile('700Bold'));
  const scale = size / bold.unitsPerEm;
  const spacing = size / 10;
  const run = bold.layout(text);
  const width = run.positions.reduce((w, pos) => w + pos.xAdvance * scale + spacing, 0) - spacing;
  const baseline = cy + (bold.capHeight * scale) / 2;
  let x = cx - width / 2;
  return run.glyphs
    .map((glyph, i) => {
      const d = glyph.path.scale(scale, -scale).translate(x, baseline).toSVG();
      x += run.positions[i].xAdvance * scale + spacing;
      return d;
    })
    .join(' ');
}

/** A transparent page: the DRAFT watermark, or a page number ("Page x sur y"). */
export type StampPage = { width: number; height: number; number?: string; watermark?: string };

/**
 * Transparent pages drawn over the joined document's pages by the assembler: one watermark
 * page per page size, drawn on every page of that size, and one page number per page.
 * Rendered by react-pdf rather than drawn with pdf-lib,
 * whose font subsetting loses glyphs of Noto Sans (measured: "Page 5 sur 27" came out as
 * "ge 5 s 27"), and whose full-font embedding adds 600 KB per weight.
 */
export function Stamps({ pages }: { pages: StampPage[] }) {
  return pages.map((p, i) => {
    const landscape = p.width > p.height;
    const size = Math.min(p.width, p.height) / 4.6;
    const angle = (Math.atan2(p.height, p.width) * 180) / Math.PI;
    return (
      <Page key={i} size={{ width: p.width, height: p.height }} style={{ fontFamily: FONT_STACK }}>
        {p.watermark ? (
          <Svg style={{ position: 'absolute', left: 0, top: 0 }} width={p.width} height={p.height} viewBox={`0 0 ${p.width} ${p.height}`}>
            <G transform={`rotate(-${angle.toFixed(1)}, ${p.width / 2}, ${p.height / 2})`}>
              <Path d={outline(p.watermark, size, p.width / 2, p.height / 2)} fill={colors.draft} fillOpacity={0.1} />
            </G>
          </Svg>
        ) : null}
        {p.number ? (
          <Text style={{ position: 'absolute', right: landscape ? PAGE.landscape.marginX : PAGE.portrait.marginX, bottom: PAGE.footerY - 3, fontSize: 7.5, lineHeight: 1.42, color: colors.muted }}>{p.number}</Text>
        ) : null}
      </Page>
    );
  });
}
