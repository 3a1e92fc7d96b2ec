import { Line, Rect, Svg, Text, View } from '@react-pdf/renderer';
import { Anchor, Bullets, Empty, PageFrame, Pill, SectionTitle, type SectionContext } from '../components';
import { chunk } from '../chunk';
import { noHyphens } from '../fonts';
import { colors, priorityColor, styles } from '../styles';
import type { AreaFinding } from '../types';

const CHART_ROWS_PER_PAGE = 30;
// Pack areas into pages by text length: one <Page> per area wastes paper, one for all of
// them is slow to paginate (DESIGN.md, PDF).
const CHARS_PER_PAGE = 4200;

const BAR_W = 250;
const ROW_H = 15;

function barColor(level: number | null) {
  if (level === null) return colors.rule;
  return ['#C9D3DC', '#9CC9E6', '#5BB3E3', '#0B8CC4', colors.navy][level] ?? colors.navy;
}

function ChartRow({ f, t }: { f: AreaFinding; t: SectionContext['t'] }) {
  const w = f.maturity === null ? 0 : (f.maturity / 4) * BAR_W;
  return (
    <View style={{ flexDirection: 'row', alignItems: 'center', height: ROW_H }} wrap={false}>
      <Text style={{ width: 200, fontSize: 7.5, paddingRight: 6, textAlign: 'right', maxLines: 1, textOverflow: 'ellipsis' }}>{f.areaTitle}</Text>
      <Svg width={BAR_W + 4} height={ROW_H}>
        {[0, 1, 2, 3, 4].map((g) => (
          <Line key={g} x1={(g / 4) * BAR_W + 1} y1={0} x2={(g / 4) * BAR_W + 1} y2={ROW_H} stroke={colors.rule} strokeWidth={0.5} />
        ))}
        {f.maturity === null ? (
          <Rect x={1} y={4} width={BAR_W} height={ROW_H - 8} fill="#F4F7FA" stroke={colors.rule} strokeWidth={0.4} strokeDasharray="2,2" />
        ) : (
          <Rect x={1} y={3} width={Math.max(w, 1.5)} height={ROW_H - 6} fill={barColor(f.maturity)} />
        )}
      </Svg>
      <Text style={{ width: 100, fontSize: 7.5, paddingLeft: 6, color: f.maturity === null ? colors.muted : colors.navy, fontWeight: 700 }}>
        {f.maturity === null ? t('findings.notAssessed') : `${f.maturity} · ${t(`maturity.l${f.maturity}`)}`}
      </Text>
    </View>
  );
}

function ChartAxis({ t }: { t: SectionContext['t'] }) {
  return (
    <View style={{ flexDirection: 'row', marginTop: 2 }}>
      <View style={{ width: 200 }} />
      <View style={{ width: BAR_W + 4, flexDirection: 'row', justifyContent: 'space-between' }}>
        {[0, 1, 2, 3, 4].map((g) => (
          <Text key={g} style={{ fontSize: 7, color: colors.muted }}>{String(g)}</Text>
        ))}
      </View>
      <Text style={{ fontSize: 7, color: colors.muted, paddingLeft: 6 }}>{t('chart.axis')}</Text>
    </View>
  );
}

function Maturity({ level, t }: { level: number | null; t: SectionContext['t'] }) {
  return (
    <View style={{ flexDirection: 'row', alignItems: 'center' }}>
      {[0, 1, 2, 3].map((i) => (
        <View key={i} style={{ width: 14, height: 6, marginRight: 2, backgroundColor: level !== null && i < level ? colors.blue : '#DDE5EC' }} />
      ))}
      <Text style={{ fontSize: 8, marginLeft: 4, color: colors.navy, fontWeight: 700 }}>
        {level === null ? t('findings.notAssessed') : `${level}/4 · ${t(`maturity.l${level}`)}`}
      </Text>
    </View>
  );
}

function AreaBlock({ ctx, f, number }: { ctx: SectionContext; f: AreaFinding; number: string }) {
  const { t } = ctx;
  const part = (title: string, items: string[], color: string) => (
    <View>
      <Text style={[styles.h3, { color }]}>{title}</Text>
      {items.length ? <Bullets items={items} color={color} /> : <Text style={[styles.small, styles.muted]}>{t('findings.none')}</Text>}
    </View>
  );
  return (
    <View style={{ marginBottom: 14 }}>
      <View wrap={false} minPresenceAhead={60}>
        <Anchor ctx={ctx} id={`area:${f.areaCode}`} />
        <Text hyphenationCallback={noHyphens} style={styles.h2}>{`${number} ${f.areaTitle}`}</Text>
        <View style={{ flexDirection: 'row', justifyContent: 'space-between', alignItems: 'center', borderBottomWidth: 0.6, borderBottomColor: colors.rule, paddingBottom: 5, marginBottom: 2 }}>
          <Maturity level={f.maturity} t={t} />
          {f.priority ? <Pill label={t('findings.priorityLabel', { value: t(`priority.${f.priority}`) })} color={priorityColor(f.priority)} /> : null}
        </View>
      </View>
      {part(t('findings.achievements'), f.achievements, colors.low)}
      {part(t('findings.gaps'), f.gaps, colors.high)}
      {part(t('findings.needs'), f.needs, colors.blue)}
    </View>
  );
}

const size = (f: AreaFinding) => 400 + [...f.achievements, ...f.gaps, ...f.needs].reduce((n, s) => n + s.length + 60, 0);

export function Findings({ ctx, label, sectionNumber }: { ctx: SectionContext; label: string; sectionNumber: string }) {
  const { doc, t } = ctx;
  const pages: AreaFinding[][] = [];
  let current: AreaFinding[] = [];
  let used = 0;
  for (const f of doc.findings) {
    if (current.length && used + size(f) > CHARS_PER_PAGE) {
      pages.push(current);
      current = [];
      used = 0;
    }
    current.push(f);
    used += size(f);
  }
  if (current.length) pages.push(current);
  const chartPages = chunk(doc.findings, CHART_ROWS_PER_PAGE);
  return [
    ...(chartPages.length ? chartPages : [[]]).map((rows, i) => (
      <PageFrame key={`chart-${i}`} ctx={ctx}>
        {i === 0 ? <SectionTitle ctx={ctx} id="section:findings" kicker={label} title={t('sections.findings')} /> : null}
        {i === 0 ? <Text style={styles.lead}>{t('findings.intro', { count: doc.findings.length })}</Text> : null}
        {i === 0 ? <Anchor ctx={ctx} id="chart" /> : null}
        <Text style={styles.h2}>{t('chart.title')}</Text>
        {rows.length ? rows.map((f) => <ChartRow key={f.areaCode} f={f} t={t} />) : <Empty t={t} />}
        {rows.length ? <ChartAxis t={t} /> : null}
        <Text style={[styles.small, styles.muted, { marginTop: 8 }]}>{t('chart.caption')}</Text>
      </PageFrame>
    )),
    ...pages.map((group, i) => (
      <PageFrame key={`areas-${i}`} ctx={ctx}>
        {group.map((f) => (
          <AreaBlock key={f.areaCode} ctx={ctx} f={f} number={`${sectionNumber}.${doc.findings.indexOf(f) + 1}`} />
        ))}
      </PageFrame>
    )),
  ];
}
