// Building blocks shared by the sections: the page frame (running header and footer), titles,
// bullet lists, and anchors that tell the assembler on which page an element landed.
import type { ReactNode } from 'react';
import { Page, Text, View } from '@react-pdf/renderer';
import { noHyphens } from './fonts';
import { formatDate } from './format';
import { colors, styles } from './styles';
import { actualText, tag } from './tagging';
import type { RoadmapDocument, Translate } from './types';

export type SectionContext = {
  doc: RoadmapDocument;
  t: Translate;
};

type FrameProps = { ctx: SectionContext; landscape?: boolean; children: ReactNode; wrap?: boolean };

/**
 * One <Page> with the running header and footer. Page numbers ("Page x sur y") and the
 * DRAFT watermark are stamped after the sections are joined (assemble.ts), when the total
 * is known.
 */
export function PageFrame({ ctx, landscape, children, wrap = true }: FrameProps) {
  const { doc, t } = ctx;
  const marginX = landscape ? 36 : 56;
  return (
    <Page size="A4" orientation={landscape ? 'landscape' : 'portrait'} style={landscape ? styles.pageLandscape : styles.page} wrap={wrap}>
      <View fixed {...tag('Artifact')} style={[styles.header, { left: marginX, right: marginX }]}>
        <Text style={styles.headerTitle}>{`${doc.country} · ${t('header.short')}`}</Text>
        <Text style={[styles.headerMark, doc.sensitivity !== 'public' ? { color: colors.high } : {}]}>{t(`sensitivity.${doc.sensitivity}`).toUpperCase()}</Text>
      </View>
      {children}
      <View fixed {...tag('Artifact')} style={[styles.footer, { left: marginX, right: marginX }]}>
        <Text>{t('footer.version', { number: doc.versionNumber, date: formatDate(doc.date, doc.locale), status: t(`status.${doc.status}`) })}</Text>
      </View>
    </Page>
  );
}

/**
 * Marks where an element starts, for the table of contents and the bookmarks: a named
 * destination in the part's PDF, which the assembler reads back (assemble.ts). Not a `render`
 * prop: react-pdf lays a page holding a render prop out again at every split and once more at
 * the end (the anchors cost 13 % of a Benin render).
 */
export function Anchor({ id }: { id: string }) {
  return <View id={id} style={{ height: 0 }} />;
}

export function SectionTitle({ id, kicker, title }: { id: string; kicker: string; title: string }) {
  return (
    <View minPresenceAhead={80} {...tag('H1')}>
      <Anchor id={id} />
      {/* Letter-spaced capitals: the text layer gets the words, not one letter at a time. */}
      <Text style={styles.kicker} {...actualText(`${kicker.toUpperCase()} `)}>{kicker}</Text>
      <Text hyphenationCallback={noHyphens} style={styles.h1}>{title}</Text>
      <View style={styles.h1Bar} />
    </View>
  );
}

export function Bullets({ items, color }: { items: string[]; color?: string }) {
  return (
    <View {...tag('L')}>
      {items.map((item, i) => (
        <View key={i} style={styles.bulletRow} wrap={false} {...tag('LI')}>
          {/* A drawn dot, not a "•" glyph: one text node less per item to shape and lay out. */}
          <View style={[styles.bullet, color ? { backgroundColor: color } : {}]} />
          <Text style={styles.bulletText} {...tag('LBody')}>{item}</Text>
        </View>
      ))}
    </View>
  );
}

export function Paragraphs({ items }: { items: string[] }) {
  return (
    <View>
      {items.map((p, i) => (
        <Text key={i} style={styles.p}>{p}</Text>
      ))}
    </View>
  );
}

export function Empty({ t }: { t: Translate }) {
  return <Text style={styles.empty}>{t('empty')}</Text>;
}

export function Pill({ label, color }: { label: string; color: string }) {
  return <Text style={[styles.pill, { backgroundColor: color }]}>{label}</Text>;
}
