import { Text, View } from '@react-pdf/renderer';
import { PageFrame, SectionTitle, type SectionContext } from '../components';
import { chunk } from '../chunk';
import { colors, styles } from '../styles';
import { tag } from '../tagging';

const ROWS_PER_PAGE = 44;

export function Glossary({ ctx, label }: { ctx: SectionContext; label: string }) {
  const { doc, t } = ctx;
  const pages = chunk(doc.glossary, ROWS_PER_PAGE);
  return (pages.length ? pages : [[]]).map((rows, p) => (
    <PageFrame key={p} ctx={ctx}>
      {p === 0 ? <SectionTitle id="section:glossary" kicker={label} title={t('sections.glossary')} /> : null}
      {rows.length === 0 ? <Text style={styles.empty}>{t('empty')}</Text> : null}
      {rows.map((g, i) => (
        <View key={i} wrap={false} {...tag('TR', { table: 'glossary' })} style={{ flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: colors.rule, paddingVertical: 3 }}>
          <Text {...tag('TH', { scope: 'Row' })} style={{ width: 90, fontWeight: 700, color: colors.navy }}>{g.term}</Text>
          <Text style={{ flex: 1 }}>{g.definition}</Text>
        </View>
      ))}
    </PageFrame>
  ));
}
