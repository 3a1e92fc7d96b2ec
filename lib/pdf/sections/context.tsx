import { Text, View } from '@react-pdf/renderer';
import { Empty, PageFrame, Paragraphs, SectionTitle, type SectionContext } from '../components';
import { noHyphens } from '../fonts';
import { formatDateRange, formatNumber } from '../format';
import { tag } from '../tagging';
import { colors, styles } from '../styles';

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <View style={{ flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: colors.rule, paddingVertical: 3.5 }} wrap={false}>
      <Text hyphenationCallback={noHyphens} style={{ width: 175, paddingRight: 8, color: colors.muted }}>{label}</Text>
      <Text style={{ flex: 1, fontWeight: 600 }}>{value}</Text>
    </View>
  );
}

export function ContextAndMethodology({ ctx, label }: { ctx: SectionContext; label: string }) {
  const { doc, t } = ctx;
  const c = doc.consultation;
  return (
    <PageFrame ctx={ctx}>
      <SectionTitle id="section:context" kicker={label} title={t('sections.context')} />
      <Text {...tag('H2')} style={styles.h2}>{t('context.context')}</Text>
      {doc.context.length ? <Paragraphs items={doc.context} /> : <Empty t={t} />}
      <Text {...tag('H2')} style={styles.h2}>{t('context.consultation')}</Text>
      {c ? (
        <View style={{ marginBottom: 8 }}>
          {c.place ? <Fact label={t('context.place')} value={c.place} /> : null}
          {c.startsOn ? <Fact label={t('context.dates')} value={formatDateRange(c.startsOn, c.endsOn ?? c.startsOn, doc.locale)} /> : null}
          {c.officialsCount !== null ? <Fact label={t('context.officials')} value={formatNumber(c.officialsCount, doc.locale)} /> : null}
          {c.entitiesCount !== null ? <Fact label={t('context.entities')} value={formatNumber(c.entitiesCount, doc.locale)} /> : null}
          <Fact label={t('context.coordinating')} value={c.coordinatingEntity} />
          {c.organisers.length ? <Fact label={t('context.organisers')} value={c.organisers.join(', ')} /> : null}
        </View>
      ) : (
        <Empty t={t} />
      )}
      <Text {...tag('H2')} style={styles.h2}>{t('context.methodology')}</Text>
      {doc.methodology.length ? <Paragraphs items={doc.methodology} /> : <Empty t={t} />}
      <View wrap={false}>
        <Text {...tag('H3')} style={styles.h3}>{t('context.scale')}</Text>
        {[0, 1, 2, 3, 4].map((level) => (
          <View key={level} style={{ flexDirection: 'row', paddingVertical: 2 }}>
            <Text style={{ width: 18, fontWeight: 700, color: colors.blue }}>{level}</Text>
            <Text style={{ width: 100, fontWeight: 600 }}>{t(`maturity.l${level}`)}</Text>
            <Text style={[{ flex: 1 }, styles.muted]}>{t(`maturity.d${level}`)}</Text>
          </View>
        ))}
      </View>
    </PageFrame>
  );
}
