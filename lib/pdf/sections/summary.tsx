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

// A long list would fill pages with references; the first ones show where to look.
const LISTED = 40;

/** A draft translation says which texts are still in the original language (docs/decisions/011). */
function TranslationNote({ ctx }: { ctx: SectionContext }) {
  const { doc, t } = ctx;
  const tr = doc.translation;
  if (!tr || tr.status !== 'draft') return null;
  const original = t(`translation.language.${tr.original}`);
  return (
    <View style={[styles.box, { borderLeftWidth: 3, borderLeftColor: colors.draft }]}>
      <Text style={[styles.h3, { marginTop: 0 }]}>{t('translation.noteTitle')}</Text>
      <Text style={{ marginBottom: 4 }}>{t('translation.noteBody', { count: tr.untranslated.length, original, code: tr.original.toUpperCase(), unreviewed: tr.unreviewed })}</Text>
      {tr.untranslated.length > 0 ? (
        <Text style={styles.small}>
          {`${t('translation.listTitle', { original })} `}
          {tr.untranslated.slice(0, LISTED).join(' ; ')}
          {tr.untranslated.length > LISTED ? ` ; ${t('translation.more', { count: tr.untranslated.length - LISTED })}` : ''}
        </Text>
      ) : null}
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
      <TranslationNote ctx={ctx} />
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
