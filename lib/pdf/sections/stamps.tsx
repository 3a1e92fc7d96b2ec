import { Page, Text, View } from '@react-pdf/renderer';
import { FONT_FAMILY } from '../fonts';
import { colors, PAGE } from '../styles';

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
      <Page key={i} size={{ width: p.width, height: p.height }} style={{ fontFamily: FONT_FAMILY }}>
        {p.watermark ? (
          <View style={{ position: 'absolute', left: 0, top: 0, width: p.width, height: p.height, justifyContent: 'center', alignItems: 'center' }}>
            <Text style={{ fontSize: size, fontWeight: 700, letterSpacing: size / 10, color: colors.draft, opacity: 0.1, transform: `rotate(-${angle.toFixed(1)}deg)` }}>{p.watermark}</Text>
          </View>
        ) : null}
        {p.number ? (
          <Text style={{ position: 'absolute', right: landscape ? PAGE.landscape.marginX : PAGE.portrait.marginX, bottom: PAGE.footerY - 3, fontSize: 7.5, lineHeight: 1.42, color: colors.muted }}>{p.number}</Text>
        ) : null}
      </Page>
    );
  });
}
