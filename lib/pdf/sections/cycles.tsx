// Annex D: what changed since the country's previous assessment cycle — each area's level then
// and now, the questions whose level or consolidated finding changed (the texts word by word:
// struck through what was removed, underlined what was added), and the questions retired.
import { Text, View } from '@react-pdf/renderer';
import { wordDiff } from '@/lib/framework/diff-versions';
import { PageFrame, SectionTitle, type SectionContext } from '../components';
import { formatDate, formatLevel, levelChange } from '../format';
import { colors, styles } from '../styles';
import { tag } from '../tagging';
import type { CycleLevel, PdfLocale } from '../types';

const level = formatLevel;

function change(before: CycleLevel, after: CycleLevel, locale: PdfLocale) {
  const c = levelChange(before, after, locale);
  return { text: c.text, color: c.direction === 'up' ? colors.low : c.direction === 'down' ? colors.high : colors.muted };
}

const cell = { padding: 4 } as const;

function Header({ columns, table, repeated }: { columns: { label: string; width?: number }[]; table: string; repeated: boolean }) {
  return (
    <View fixed {...(repeated ? tag('Artifact') : tag('TR', { table, repeatedIsArtifact: true }))} style={{ flexDirection: 'row', backgroundColor: colors.navy }}>
      {columns.map((c, i) => (
        <Text key={i} {...tag('TH', { scope: 'Column' })} style={[styles.th, cell, c.width ? { width: c.width, textAlign: 'center' } : { flex: 1 }]}>{c.label}</Text>
      ))}
    </View>
  );
}

export function CycleComparison({ ctx, label }: { ctx: SectionContext; label: string }) {
  const { doc, t } = ctx;
  const c = doc.previousCycle;
  if (!c) return [];
  const areaTitle = new Map(c.areas.map((a) => [a.code, a.title]));
  const levels = [{ label: t('cycles.then'), width: 56 }, { label: t('cycles.now'), width: 56 }, { label: t('cycles.change'), width: 56 }];
  return [
    <PageFrame key="areas" ctx={ctx}>
      <SectionTitle id="section:cycles" kicker={label} title={t('sections.cycles')} />
      <Text style={styles.lead}>
        {t('cycles.intro', {
          title: c.previousTitle, hasDate: c.previousDate ? 'yes' : 'no', date: c.previousDate ? formatDate(c.previousDate, doc.locale) : '',
          before: c.framework.before, after: c.framework.after, same: c.framework.before === c.framework.after ? 'yes' : 'no',
        })}
      </Text>
      <Text {...tag('H2')} style={styles.h2}>{t('cycles.areas')}</Text>
      <Header table="cycle-areas" repeated={false} columns={[{ label: t('cycles.area') }, ...levels]} />
      {c.areas.map((a, i) => {
        const d = change(a.before, a.after, doc.locale);
        return (
          <View key={a.code} wrap={false} {...tag('TR', { table: 'cycle-areas' })} style={{ flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: colors.rule, backgroundColor: i % 2 ? colors.white : colors.zebra }}>
            <Text style={[cell, { flex: 1 }]}>{`${a.code} – ${a.title}`}</Text>
            <Text style={[cell, { width: 56, textAlign: 'center' }]}>{level(a.before, doc.locale)}</Text>
            <Text style={[cell, { width: 56, textAlign: 'center', fontWeight: 700 }]}>{level(a.after, doc.locale)}</Text>
            <Text style={[cell, { width: 56, textAlign: 'center', fontWeight: 700, color: d.color }]}>{d.text}</Text>
          </View>
        );
      })}
      <Text style={[styles.small, styles.muted, { marginTop: 6 }]}>{t('cycles.scale')}</Text>
    </PageFrame>,
    <PageFrame key="questions" ctx={ctx}>
      <Text {...tag('H2')} style={styles.h2}>{t('cycles.questions', { count: c.questions.length })}</Text>
      {c.questions.length > 0 && <Header table="cycle-questions" repeated={false} columns={[{ label: t('cycles.question') }, ...levels]} />}
      {c.questions.map((q, i) => {
        const d = change(q.before, q.after, doc.locale);
        const renamed = q.previousCodes.length > 0 && (q.previousCodes.length > 1 || q.previousCodes[0] !== q.code);
        return (
          <View key={q.code} wrap={false} {...tag('TR', { table: 'cycle-questions' })} style={{ borderBottomWidth: 0.5, borderBottomColor: colors.rule, backgroundColor: i % 2 ? colors.white : colors.zebra }}>
            <View style={{ flexDirection: 'row' }}>
              <View style={[cell, { flex: 1 }]}>
                <Text><Text style={{ fontWeight: 700, color: colors.navy }}>{q.code}</Text>{` ${q.question}`}</Text>
                <Text style={[styles.small, styles.muted]}>
                  {areaTitle.get(q.areaCode) ?? q.areaCode}{renamed ? ` · ${t('cycles.from', { codes: q.previousCodes.join(', ') })}` : ''}
                </Text>
              </View>
              <Text style={[cell, { width: 56, textAlign: 'center' }]}>{level(q.before, doc.locale)}</Text>
              <Text style={[cell, { width: 56, textAlign: 'center', fontWeight: 700 }]}>{level(q.after, doc.locale)}</Text>
              <Text style={[cell, { width: 56, textAlign: 'center', fontWeight: 700, color: d.color }]}>{d.text}</Text>
            </View>
            {q.texts.map((x) => (
              <Text key={x.field} style={[styles.small, { paddingHorizontal: 4, paddingBottom: 4 }]}>
                <Text style={{ fontWeight: 700 }}>{t('cycles.field', { field: t(`findings.${x.field}`) })}</Text>
                {wordDiff(x.before, x.after).map((w, k) =>
                  w.removed ? <Text key={k} style={{ textDecoration: 'line-through', color: colors.high }}>{w.text}</Text>
                  : w.added ? <Text key={k} style={{ textDecoration: 'underline', color: colors.low }}>{w.text}</Text>
                  : <Text key={k}>{w.text}</Text>)}
              </Text>
            ))}
          </View>
        );
      })}
      {c.questions.length === 0 ? <Text style={styles.empty}>{t('cycles.noChange')}</Text> : null}
      {c.retired.length > 0 ? (
        <View>
          <Text {...tag('H2')} style={styles.h2}>{t('cycles.retired', { count: c.retired.length })}</Text>
          {c.retired.map((q) => <Text key={q.code} style={{ marginBottom: 3 }}><Text style={{ fontWeight: 700 }}>{q.code}</Text>{` ${q.text}`}</Text>)}
        </View>
      ) : null}
      {c.questions.some((q) => q.texts.length) ? <Text style={[styles.small, styles.muted, { marginTop: 6 }]}>{t('cycles.legend')}</Text> : null}
    </PageFrame>,
  ];
}
