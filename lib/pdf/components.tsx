// Building blocks shared by the sections: the page frame (running header and footer), titles,
// bullet lists, and anchors that tell the assembler on which page an element landed.
import type { ReactNode } from 'react';
import { Page, Text, View } from '@react-pdf/renderer';
import { noHyphens } from './fonts';
import { formatDate } from './format';
import { colors, styles } from './styles';
import type { RoadmapDocument, Translate } from './types';

export type SectionContext = {
  doc: RoadmapDocument;
  t: Translate;
  /** First page (1-based, within the section's own PDF) of each anchored element. */
  anchors: Map<string, number>;
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
      <View fixed style={[styles.header, { left: marginX, right: marginX }]}>
        <Text style={styles.headerTitle}>{`${doc.country} · ${t('header.short')}`}</Text>
        <Text style={[styles.headerMark, doc.sensitivity !== 'public' ? { color: colors.high } : {}]}>{t(`sensitivity.${doc.sensitivity}`).toUpperCase()}</Text>
      </View>
      {children}
      <View fixed style={[styles.footer, { left: marginX, right: marginX }]}>
        <Text>{t('footer.version', { number: doc.versionNumber, date: formatDate(doc.date, doc.locale), status: t(`status.${doc.status}`) })}</Text>
      </View>
    </Page>
  );
}

/** Records the page an element starts on, for the table of contents and the bookmarks. */
export function Anchor({ ctx, id }: { ctx: SectionContext; id: string }) {
  return (
    <Text
      style={{ fontSize: 1, height: 0.01, color: colors.white }}
      render={({ pageNumber }) => {
        if (!ctx.anchors.has(id)) ctx.anchors.set(id, pageNumber);
        return ' ';
      }}
    />
  );
}

export function SectionTitle({ ctx, id, kicker, title }: { ctx: SectionContext; id: string; kicker: string; title: string }) {
  return (
    <View minPresenceAhead={80}>
      <Anchor ctx={ctx} id={id} />
      <Text style={styles.kicker}>{kicker}</Text>
      <Text hyphenationCallback={noHyphens} style={styles.h1}>{title}</Text>
      <View style={styles.h1Bar} />
    </View>
  );
}

export function Bullets({ items, color }: { items: string[]; color?: string }) {
  return (
    <View>
      {items.map((item, i) => (
        <View key={i} style={styles.bulletRow} wrap={false}>
          {/* A drawn dot, not a "•" glyph: one text node less per item to shape and lay out. */}
          <View style={[styles.bullet, color ? { backgroundColor: color } : {}]} />
          <Text style={styles.bulletText}>{item}</Text>
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
