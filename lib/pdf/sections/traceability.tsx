import { Text, View } from '@react-pdf/renderer';
import { PageFrame, SectionTitle, type SectionContext } from '../components';
import { colors, styles } from '../styles';
import { paragraphKey } from '../types';

export function Traceability({ ctx, label }: { ctx: SectionContext; label: string }) {
  const { doc, t } = ctx;
  const served = new Map<string, string[]>();
  for (const a of doc.actions) for (const ref of a.paragraphRefs) served.set(ref, [...(served.get(ref) ?? []), a.code]);
  const uncovered = doc.instruments.flatMap((ins) => ins.paragraphs.filter((p) => !served.has(paragraphKey(ins.code, p.ref))).map((p) => ({ ins, p })));
  return (
    <PageFrame ctx={ctx}>
      <SectionTitle id="section:traceability" kicker={label} title={t('sections.traceability')} />
      <Text style={styles.lead}>{t('traceability.intro')}</Text>
      {doc.instruments.length === 0 ? <Text style={styles.empty}>{t('empty')}</Text> : null}
      {doc.instruments.map((ins) => (
        <View key={ins.code} style={{ marginBottom: 12 }}>
          <View wrap={false} minPresenceAhead={40}>
            <Text style={styles.h2}>{`${ins.symbol} – ${ins.title}`}</Text>
            <View style={{ flexDirection: 'row', backgroundColor: colors.navy }}>
              <Text style={[styles.th, { width: 52, padding: 4 }]}>{t('traceability.paragraph')}</Text>
              <Text style={[styles.th, { width: 190, padding: 4 }]}>{t('traceability.subject')}</Text>
              <Text style={[styles.th, { flex: 1, padding: 4 }]}>{t('traceability.actions')}</Text>
            </View>
          </View>
          {ins.paragraphs.map((p, i) => {
            const codes = served.get(paragraphKey(ins.code, p.ref)) ?? [];
            return (
              <View key={p.ref} wrap={false} style={{ flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: colors.rule, backgroundColor: i % 2 ? colors.white : colors.zebra }}>
                <Text style={{ width: 52, padding: 4, fontWeight: 700, color: colors.navy }}>{p.number}</Text>
                <Text style={{ width: 190, padding: 4 }}>{p.name === p.number ? p.label : `${p.name} – ${p.label}`}</Text>
                <Text style={{ flex: 1, padding: 4, color: codes.length ? colors.ink : colors.high, fontWeight: codes.length ? 400 : 700 }}>
                  {codes.length ? codes.join(', ') : t('traceability.notCovered')}
                </Text>
              </View>
            );
          })}
        </View>
      ))}
      {/* The box of paragraphs no action serves may be longer than a page (a first draft serves
          few): it breaks between items, its title kept with the first ones, never inside an item. */}
      <View style={styles.box}>
        <View wrap={false}>
          <Text style={[styles.h3, { marginTop: 0 }]}>{t('traceability.uncoveredTitle', { count: uncovered.length })}</Text>
          {uncovered.length === 0 ? <Text>{t('traceability.allCovered')}</Text> : null}
          {uncovered.slice(0, 2).map(({ ins, p }) => (
            <Text key={`${ins.code}${p.ref}`}>{`• ${ins.symbol}, ${p.name} – ${p.label}`}</Text>
          ))}
        </View>
        {uncovered.slice(2).map(({ ins, p }) => (
          <Text key={`${ins.code}${p.ref}`} wrap={false}>{`• ${ins.symbol}, ${p.name} – ${p.label}`}</Text>
        ))}
      </View>
    </PageFrame>
  );
}
