import { Image, Page, Text, View } from '@react-pdf/renderer';
import { noHyphens } from '../fonts';
import { formatDate } from '../format';
import { colors, styles } from '../styles';
import type { CoverEmblem } from '../types';
import { Anchor, type SectionContext } from '../components';
import { actualText, tag } from '../tagging';

/** The emblem's box on the cover: 62 pt high, up to twice as wide for a wide emblem. */
export const EMBLEM_BOX = { height: 62, maxWidth: 124 } as const;

export function emblemSize(e: { width: number; height: number }): { width: number; height: number } {
  const ratio = e.width / e.height;
  const width = Math.min(EMBLEM_BOX.maxWidth, EMBLEM_BOX.height * ratio);
  return { width, height: width / ratio };
}

/** The country's emblem (a PNG redrawn at upload, lib/country/emblem-image.ts), a figure with its alternative text. */
function Emblem({ emblem, alt }: { emblem: CoverEmblem; alt: string }) {
  return (
    <View {...tag('Figure', { alt })} style={emblemSize(emblem)}>
      {/* eslint-disable-next-line jsx-a11y/alt-text -- react-pdf's Image has no alt: the tagged Figure around it carries the alternative text */}
      <Image src={{ data: Buffer.from(emblem.png), format: 'png' }} style={emblemSize(emblem)} />
    </View>
  );
}

/** The cover: no running header; the page number is not printed on it either. */
export function Cover({ ctx }: { ctx: SectionContext }) {
  const { doc, t } = ctx;
  const marked = doc.sensitivity !== 'public';
  const sensitivity = t(`sensitivity.${doc.sensitivity}`).toUpperCase();
  const country = doc.country.toUpperCase();
  return (
    <Page size="A4" style={[styles.page, { padding: 0 }]}>
      <Anchor id="section:cover" />
      <View style={{ backgroundColor: colors.navy, height: 230, paddingHorizontal: 56, paddingTop: 40 }}>
        {/* The row keeps the emblem's height with or without one, so the title does not move; without one nothing is drawn there. */}
        <View style={{ flexDirection: 'row', justifyContent: 'space-between', alignItems: 'flex-start', minHeight: EMBLEM_BOX.height }}>
          {doc.emblem ? <Emblem emblem={doc.emblem} alt={t('cover.emblemAlt', { country: doc.country })} /> : <View />}
          <View style={{ borderWidth: 1.2, borderColor: marked ? '#FFB4AB' : colors.white, paddingHorizontal: 10, paddingVertical: 5 }}>
            <Text {...tag('P', { actual: sensitivity })} style={{ fontSize: 9, fontWeight: 700, letterSpacing: 1.5, color: marked ? '#FFB4AB' : colors.white }}>{sensitivity}</Text>
          </View>
        </View>
        <Text {...tag('P', { actual: country })} style={{ marginTop: 48, fontSize: 12, fontWeight: 700, letterSpacing: 2.5, color: colors.blue }}>{country}</Text>
        {doc.period ? <Text style={{ marginTop: 6, fontSize: 10.5, color: '#C9D8E6' }}>{doc.period}</Text> : null}
      </View>
      <View style={{ height: 6, backgroundColor: colors.blue }} />
      <View style={{ paddingHorizontal: 56, paddingTop: 46, flexGrow: 1 }}>
        <Text {...tag('H1')} hyphenationCallback={noHyphens} style={{ fontSize: 25, fontWeight: 700, color: colors.navy, lineHeight: 1.22 }}>{doc.title}</Text>
        {doc.subtitle ? <Text style={{ marginTop: 14, fontSize: 14, color: colors.blue }}>{doc.subtitle}</Text> : null}
        <View style={{ marginTop: 36, flexDirection: 'row' }}>
          <View style={{ borderLeftWidth: 3, borderLeftColor: colors.blue, paddingLeft: 10 }}>
            <Text style={{ fontSize: 10.5, fontWeight: 700, color: colors.navy }}>{t('cover.version', { number: doc.versionNumber })}</Text>
            <Text style={{ fontSize: 10, color: colors.muted, marginTop: 2 }}>{formatDate(doc.date, doc.locale)}</Text>
            <Text style={{ fontSize: 10, fontWeight: 700, marginTop: 2, color: doc.status === 'approved' ? colors.low : colors.draft }}>{t(`status.${doc.status}`)}</Text>
            {doc.translation?.status === 'draft' ? <Text style={{ fontSize: 10, fontWeight: 700, marginTop: 2, color: colors.draft }}>{t('translation.draft')}</Text> : null}
          </View>
        </View>
      </View>
      <View style={{ paddingHorizontal: 56, paddingBottom: 44 }}>
        {doc.supportedBy.length > 0 ? (
          <View>
            <Text {...actualText(t('cover.supportedBy').toUpperCase())} style={{ fontSize: 8.5, color: colors.muted, textTransform: 'uppercase', letterSpacing: 1, marginBottom: 8 }}>{t('cover.supportedBy')}</Text>
            <View style={{ flexDirection: 'row', flexWrap: 'wrap' }}>
              {doc.supportedBy.map((org) => (
                <View key={org} style={{ borderWidth: 1, borderColor: colors.rule, paddingHorizontal: 14, paddingVertical: 8, marginRight: 10, marginBottom: 6 }}>
                  <Text {...actualText(org)} style={{ fontSize: 11, fontWeight: 700, color: colors.navy, letterSpacing: 0.8 }}>{org}</Text>
                </View>
              ))}
            </View>
          </View>
        ) : null}
        {doc.illustrative ? <Text style={{ marginTop: 16, fontSize: 7.5, color: colors.muted, fontStyle: 'italic' }}>{t('cover.illustrative')}</Text> : null}
      </View>
    </Page>
  );
}
