import { Text, View } from '@react-pdf/renderer';
import { PageFrame, SectionTitle, type SectionContext } from '../components';
import { chunk } from '../chunk';
import { parsePeriod, quarterIndex, quarterOf } from '../format';
import { colors, priorityColor, styles } from '../styles';
import { tag } from '../tagging';
import type { ActionItem } from '../types';

const TEXT_W = 770; // landscape text width
const CODE_W = 36;
const TITLE_W = 250;
const LEAD_W = 56;
const GRID_W = TEXT_W - CODE_W - TITLE_W - LEAD_W;
const ROW_H = 21;
const ROWS_PER_PAGE = 19;
const MAX_QUARTERS = 24; // six years; later quarters are drawn as running on

type Span = { from: number; to: number } | null;

function span(a: ActionItem): Span {
  const s = parsePeriod(a.start);
  const e = parsePeriod(a.end);
  if (!s && !e) return null;
  const from = quarterIndex(s ?? e!);
  const to = quarterIndex(e ?? s!);
  return { from: Math.min(from, to), to: Math.max(from, to) };
}

export function Gantt({ ctx, label }: { ctx: SectionContext; label: string }) {
  const { doc, t } = ctx;
  const spans = new Map(doc.actions.map((a) => [a.id, span(a)]));
  const known = [...spans.values()].filter((s): s is NonNullable<Span> => s !== null);
  const first = known.length ? Math.min(...known.map((s) => s.from)) : 0;
  const last = known.length ? Math.min(Math.max(...known.map((s) => s.to)), first + MAX_QUARTERS - 1) : 0;
  const quarters = known.length ? Array.from({ length: last - first + 1 }, (_, i) => quarterOf(first + i)) : [];
  const qw = quarters.length ? GRID_W / quarters.length : GRID_W;
  const years = [...new Set(quarters.map((q) => q.year))];
  const qLabel = (q: number) => `${doc.locale === 'fr' ? 'T' : 'Q'}${q}`;
  const quarterName = (q: { year: number; quarter: number } | undefined) => (q ? `${qLabel(q.quarter)} ${q.year}` : '–');

  const header = (
    <View fixed>
      <View style={{ flexDirection: 'row', backgroundColor: colors.navy }}>
        <Text style={[styles.th, { width: CODE_W + TITLE_W + LEAD_W, padding: 4 }]}>{t('gantt.action')}</Text>
        {years.map((y) => {
          const n = quarters.filter((q) => q.year === y).length;
          return <Text key={y} style={[styles.th, { width: n * qw, padding: 4, textAlign: 'center', borderLeftWidth: 0.6, borderLeftColor: colors.white }]}>{String(y)}</Text>;
        })}
      </View>
      <View style={{ flexDirection: 'row', backgroundColor: colors.band, borderBottomWidth: 0.5, borderBottomColor: colors.rule }}>
        <Text style={{ width: CODE_W, padding: 3, fontSize: 7, fontWeight: 700 }}>{t('matrix.code')}</Text>
        <Text style={{ width: TITLE_W, padding: 3, fontSize: 7, fontWeight: 700 }}>{t('matrix.action')}</Text>
        <Text style={{ width: LEAD_W, padding: 3, fontSize: 7, fontWeight: 700 }}>{t('matrix.lead')}</Text>
        {quarters.map((q, i) => (
          <Text key={i} style={{ width: qw, padding: 3, fontSize: 7, textAlign: 'center', color: colors.muted, borderLeftWidth: 0.5, borderLeftColor: colors.rule }}>{qLabel(q.quarter)}</Text>
        ))}
      </View>
    </View>
  );

  const order = new Map(doc.objectives.map((o, i) => [o.id, i]));
  const sorted = [...doc.actions].sort((x, y) => (order.get(x.objectiveId ?? '') ?? 1e9) - (order.get(y.objectiveId ?? '') ?? 1e9));
  const pages = chunk(sorted, ROWS_PER_PAGE);
  return (pages.length ? pages : [[]]).map((rows, p) => (
    <PageFrame key={p} ctx={ctx} landscape>
      {p === 0 ? <SectionTitle id="section:gantt" kicker={label} title={t('sections.gantt')} /> : null}
      {/* The chart as one figure, its alternative text a sentence saying what it shows. */}
      <View {...tag('Figure', { alt: t('gantt.alt', { count: rows.length, from: quarterName(quarters[0]), to: quarterName(quarters.at(-1)) }) })}>
      {header}
      {rows.length === 0 ? <Text style={styles.empty}>{t('empty')}</Text> : null}
      <View style={{ position: 'relative' }}>
      {rows.map((a, k) => {
        const s = spans.get(a.id);
        const clippedTo = s ? Math.min(s.to, last) : 0;
        return (
          <View key={a.id} wrap={false} style={{ flexDirection: 'row', height: ROW_H, borderBottomWidth: 0.4, borderBottomColor: colors.rule, backgroundColor: k % 2 ? colors.white : colors.zebra }}>
            <Text style={{ width: CODE_W, padding: 3, fontSize: 7, fontWeight: 700, color: colors.navy }}>{a.code}</Text>
            <Text style={{ width: TITLE_W, paddingHorizontal: 3, paddingVertical: 2, fontSize: 6.8, lineHeight: 1.2, maxLines: 2, textOverflow: 'ellipsis' }}>{a.title}</Text>
            <Text style={{ width: LEAD_W, padding: 3, fontSize: 7 }}>{a.leadEntity}</Text>
            <View style={{ width: GRID_W, position: 'relative' }}>
              {s && s.from <= last ? (
                <View style={{ position: 'absolute', left: (s.from - first) * qw + 1.5, width: (clippedTo - s.from + 1) * qw - 3, top: 6, height: ROW_H - 12, borderRadius: 2, backgroundColor: priorityColor(a.priority) }} />
              ) : (
                <Text style={{ position: 'absolute', left: 4, top: 5, fontSize: 6.5, color: colors.muted }}>{t('gantt.noDates')}</Text>
              )}
            </View>
          </View>
        );
      })}
      {/* The quarter grid, drawn once over the rows of the page rather than in every row. */}
      {quarters.map((_, i) => (
        <View key={`grid-${i}`} style={{ position: 'absolute', left: CODE_W + TITLE_W + LEAD_W + i * qw, top: 0, bottom: 0, borderLeftWidth: 0.4, borderLeftColor: colors.rule }} />
      ))}
      </View>
      <View style={{ flexDirection: 'row', marginTop: 8 }}>
        {(['high', 'medium', 'low'] as const).map((pr) => (
          <View key={pr} style={{ flexDirection: 'row', alignItems: 'center', marginRight: 14 }}>
            <View style={{ width: 14, height: 6, borderRadius: 1, backgroundColor: priorityColor(pr), marginRight: 4 }} />
            <Text style={{ fontSize: 7, color: colors.muted }}>{t('gantt.legend', { priority: t(`priority.${pr}`) })}</Text>
          </View>
        ))}
      </View>
      </View>
    </PageFrame>
  ));
}
