import { Text, View } from '@react-pdf/renderer';
import { Empty, PageFrame, Paragraphs, SectionTitle, type SectionContext } from '../components';
import { formatMoney, formatNumber } from '../format';
import { tag } from '../tagging';
import { colors, styles } from '../styles';
import type { Currency } from '../types';

function Figure({ value, label }: { value: string; label: string }) {
  return (
    <View style={{ flex: 1, paddingVertical: 8, paddingHorizontal: 8, borderRightWidth: 0.6, borderRightColor: colors.rule }}>
      <Text style={{ fontSize: 15, lineHeight: 1.2, fontWeight: 700, color: colors.navy }}>{value}</Text>
      <Text style={{ fontSize: 7.5, lineHeight: 1.3, color: colors.muted, marginTop: 2 }}>{label}</Text>
    </View>
  );
}

export function ExecutiveSummary({ ctx, label }: { ctx: SectionContext; label: string }) {
  const { doc, t } = ctx;
  const totals = new Map<Currency, number>();
  for (const a of doc.actions) if (a.cost) totals.set(a.cost.currency, (totals.get(a.cost.currency) ?? 0) + a.cost.amount);
  const high = doc.actions.filter((a) => a.priority === 'high').length;
  const costs = [...totals].map(([c, n]) => formatMoney(n, c, doc.locale));
  return (
    <PageFrame ctx={ctx}>
      <SectionTitle id="section:summary" kicker={label} title={t('sections.summary')} />
      <View style={{ flexDirection: 'row', backgroundColor: colors.band, marginBottom: 14 }} wrap={false}>
        <Figure value={formatNumber(doc.objectives.length, doc.locale)} label={t('summary.objectives', { count: doc.objectives.length })} />
        <Figure value={formatNumber(doc.actions.length, doc.locale)} label={t('summary.actions', { count: doc.actions.length })} />
        <Figure value={formatNumber(high, doc.locale)} label={t('summary.highPriority', { count: high })} />
        <Figure value={doc.period ?? '–'} label={t('summary.period')} />
      </View>
      {doc.executiveSummary.length ? <Paragraphs items={doc.executiveSummary} /> : <Empty t={t} />}
      {doc.priorities.length > 0 ? (
        <View style={styles.box} wrap={false}>
          <Text {...tag('H3')} style={[styles.h3, { marginTop: 0 }]}>{t('summary.topPriorities')}</Text>
          {doc.priorities.slice(0, 5).map((p) => (
            <Text key={p.rank} style={{ marginBottom: 2 }}>{`${p.rank}. ${p.title}`}</Text>
          ))}
        </View>
      ) : null}
      {costs.length > 0 ? (
        <Text style={[styles.small, styles.muted, { marginTop: 4 }]}>{t('summary.totalCost', { amount: costs.join(' + ') })}</Text>
      ) : null}
    </PageFrame>
  );
}
