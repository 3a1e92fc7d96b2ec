import { Text, View } from '@react-pdf/renderer';
import { PageFrame, SectionTitle, type SectionContext } from '../components';
import { chunk } from '../chunk';
import { colors, styles } from '../styles';
import { tag } from '../tagging';

const ROWS_PER_PAGE = 40;

export function Entities({ ctx, label }: { ctx: SectionContext; label: string }) {
  const { doc, t } = ctx;
  const pages = chunk(doc.entities, ROWS_PER_PAGE);
  return (pages.length ? pages : [[]]).map((rows, p) => (
    <PageFrame key={p} ctx={ctx}>
      {p === 0 ? <SectionTitle id="section:entities" kicker={label} title={t('sections.entities')} /> : null}
      {p === 0 ? <Text style={styles.lead}>{t('entities.intro', { count: doc.entities.length })}</Text> : null}
      <View fixed {...(p > 0 ? tag('Artifact') : tag('TR', { table: 'entities', repeatedIsArtifact: true }))} style={{ flexDirection: 'row', backgroundColor: colors.navy }}>
        <Text {...tag('TH', { scope: 'Column' })} style={[styles.th, { width: 70, padding: 4 }]}>{t('entities.acronym')}</Text>
        <Text {...tag('TH', { scope: 'Column' })} style={[styles.th, { flex: 1, padding: 4 }]}>{t('entities.name')}</Text>
        <Text {...tag('TH', { scope: 'Column' })} style={[styles.th, { width: 140, padding: 4 }]}>{t('entities.kind')}</Text>
      </View>
      {rows.length === 0 ? <Text style={styles.empty}>{t('empty')}</Text> : null}
      {rows.map((e, i) => (
        <View key={i} wrap={false} {...tag('TR', { table: 'entities' })} style={{ flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: colors.rule, backgroundColor: i % 2 ? colors.white : colors.zebra }}>
          <Text style={{ width: 70, padding: 4, fontWeight: 700, color: colors.navy }}>{e.acronym ?? '–'}</Text>
          <Text style={{ flex: 1, padding: 4 }}>{e.name}</Text>
          <Text style={{ width: 140, padding: 4, color: colors.muted }}>{e.kind ?? ''}</Text>
        </View>
      ))}
    </PageFrame>
  ));
}
