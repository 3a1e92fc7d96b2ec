import { Link, Text, View } from '@react-pdf/renderer';
import { PageFrame, type SectionContext } from '../components';
import { colors, styles } from '../styles';
import { tag } from '../tagging';

/** `anchor`: the named destination the entry links to (resolved to its page by the assembler). */
export type TocEntry = { title: string; page: number; level: 0 | 1; anchor: string };

/** The prefix of the links' destinations, which the assembler replaces with explicit pages. */
export const TOC_LINK = 'toc:';

/** Rendered last, once the other sections' page numbers are known (render.ts). */
export function TableOfContents({ ctx, entries }: { ctx: SectionContext; entries: TocEntry[] }) {
  return (
    <PageFrame ctx={ctx}>
      <Text {...tag('H1')} style={styles.h1}>{ctx.t('toc.title')}</Text>
      <View style={styles.h1Bar} />
      <View {...tag('TOC')}>
        {entries.map((e, i) => (
          <View key={i} wrap={false} {...tag('TOCI')}>
            <Link src={`#${TOC_LINK}${e.anchor}`} style={{ flexDirection: 'row', alignItems: 'flex-end', marginTop: e.level === 0 ? 7 : 2, paddingLeft: e.level === 0 ? 0 : 16, color: colors.navy, textDecoration: 'none' }}>
              <Text style={{ fontSize: e.level === 0 ? 10.5 : 9, fontWeight: e.level === 0 ? 700 : 400, color: e.level === 0 ? colors.navy : colors.ink, maxWidth: '86%' }}>{e.title}</Text>
              <View style={{ flexGrow: 1, borderBottomWidth: 0.8, borderBottomColor: colors.rule, borderBottomStyle: 'dotted', marginHorizontal: 4, marginBottom: 3 }} />
              <Text style={{ fontSize: e.level === 0 ? 10.5 : 9, fontWeight: e.level === 0 ? 700 : 400, color: colors.navy }}>{e.page}</Text>
            </Link>
          </View>
        ))}
      </View>
    </PageFrame>
  );
}
