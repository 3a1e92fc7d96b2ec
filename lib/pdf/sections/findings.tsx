import { Line, Rect, Svg, Text, View } from '@react-pdf/renderer';
import { Anchor, Bullets, Empty, PageFrame, Pill, SectionTitle, type SectionContext } from '../components';
import { chunk } from '../chunk';
import { noHyphens } from '../fonts';
import { colors, priorityColor, styles } from '../styles';
import { tag } from '../tagging';
import type { AreaFinding } from '../types';

const CHART_ROWS_PER_PAGE = 30;
// Areas flow from page to page, a few areas per <Page>: one <Page> per area wastes paper,
// one for all of them is slow to paginate (DESIGN.md, PDF), and packing areas into exactly one
// page each by an estimate of their length left near-empty overflow pages.
const AREAS_PER_PAGE_ELEMENT = 12;

const BAR_W = 250;
const ROW_H = 15;

function barColor(level: number | null) {
  if (level === null) return colors.rule;
  return ['#C9D3DC', '#9CC9E6', '#5BB3E3', '#0B8CC4', colors.navy][level] ?? colors.navy;
}

/** The bar chart: labels and values as text columns, every bar and gridline in one <Svg>. */
function Chart({ rows, t, locale }: { rows: AreaFinding[]; t: SectionContext['t']; locale: string }) {
  const height = rows.length * ROW_H;
  const label = { height: ROW_H, fontSize: 7.5, lineHeight: 1, paddingTop: 4 };
  const values = rows.map((f) =>
    f.maturity === null ? t('chart.none', { area: f.areaTitle }) : t('chart.value', { area: f.areaTitle, level: `${f.maturity} (${t(`maturity.l${f.maturity}`)})` }),
  );
  return (
    <View style={{ flexDirection: 'row' }} wrap={false} {...tag('Figure', { alt: t('chart.alt', { values: new Intl.ListFormat(locale, { type: 'unit' }).format(values) }) })}>
      <View style={{ width: 200, paddingRight: 6 }}>
        {rows.map((f) => (
          <Text key={f.areaCode} style={[label, { textAlign: 'right', maxLines: 1, textOverflow: 'ellipsis' }]}>{f.areaTitle}</Text>
        ))}
      </View>
      <Svg width={BAR_W + 4} height={height}>
        {[0, 1, 2, 3, 4].map((g) => (
          <Line key={g} x1={(g / 4) * BAR_W + 1} y1={0} x2={(g / 4) * BAR_W + 1} y2={height} stroke={colors.rule} strokeWidth={0.5} />
        ))}
        {rows.map((f, i) =>
          f.maturity === null ? (
            <Rect key={f.areaCode} x={1} y={i * ROW_H + 4} width={BAR_W} height={ROW_H - 8} fill="#F4F7FA" stroke={colors.rule} strokeWidth={0.4} strokeDasharray="2,2" />
          ) : (
            <Rect key={f.areaCode} x={1} y={i * ROW_H + 3} width={Math.max((f.maturity / 4) * BAR_W, 1.5)} height={ROW_H - 6} fill={barColor(f.maturity)} />
          ),
        )}
      </Svg>
      <View style={{ width: 100, paddingLeft: 6 }}>
        {rows.map((f) => (
          <Text key={f.areaCode} style={[label, { color: f.maturity === null ? colors.muted : colors.navy, fontWeight: 700 }]}>
            {f.maturity === null ? t('findings.notAssessed') : `${f.maturity} · ${t(`maturity.l${f.maturity}`)}`}
          </Text>
        ))}
      </View>
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
      <Text {...tag('H3')} style={[styles.h3, { color }]}>{title}</Text>
      {items.length ? <Bullets items={items} color={color} /> : <Text style={[styles.small, styles.muted]}>{t('findings.none')}</Text>}
    </View>
  );
  const header = (
    <View>
      <Anchor id={`area:${f.areaCode}`} />
      <Text {...tag('H2')} hyphenationCallback={noHyphens} style={styles.h2}>{`${number} ${f.areaTitle}`}</Text>
      <View style={{ flexDirection: 'row', justifyContent: 'space-between', alignItems: 'center', borderBottomWidth: 0.6, borderBottomColor: colors.rule, paddingBottom: 5, marginBottom: 2 }}>
        <Maturity level={f.maturity} t={t} />
        {f.priority ? <Pill label={t('findings.priorityLabel', { value: t(`priority.${f.priority}`) })} color={priorityColor(f.priority)} /> : null}
      </View>
    </View>
  );
  // The heading never stays alone at the foot of a page: it goes with the achievements when
  // they are short enough to move as one block.
  const keep = f.achievements.reduce((n, a) => n + a.length, 0) < 900;
  return (
    <View style={{ marginBottom: 14 }}>
      {keep ? (
        <View wrap={false}>
          {header}
          {part(t('findings.achievements'), f.achievements, colors.low)}
        </View>
      ) : (
        <>
          <View wrap={false} minPresenceAhead={60}>{header}</View>
          {part(t('findings.achievements'), f.achievements, colors.low)}
        </>
      )}
      {part(t('findings.gaps'), f.gaps, colors.high)}
      {part(t('findings.needs'), f.needs, colors.blue)}
    </View>
  );
}

export function Findings({ ctx, label, sectionNumber }: { ctx: SectionContext; label: string; sectionNumber: string }) {
  const { doc, t } = ctx;
  const areaGroups = chunk(doc.findings, AREAS_PER_PAGE_ELEMENT);
  const chartGroups = chunk(doc.findings, CHART_ROWS_PER_PAGE);
  const chart = (rows: AreaFinding[], first: boolean) => (
    <View>
      {first ? <SectionTitle id="section:findings" kicker={label} title={t('sections.findings')} /> : null}
      {first ? <Text style={styles.lead}>{t('findings.intro', { count: doc.findings.length })}</Text> : null}
      <Text {...tag('H2')} style={styles.h2}>{t('chart.title')}</Text>
      {rows.length ? <Chart rows={rows} t={t} locale={doc.locale} /> : <Empty t={t} />}
      {rows.length ? <ChartAxis t={t} /> : null}
      <Text style={[styles.small, styles.muted, { marginTop: 8, marginBottom: 6 }]}>{t('chart.caption')}</Text>
    </View>
  );
  const areas = (group: AreaFinding[]) =>
    group.map((f) => <AreaBlock key={f.areaCode} ctx={ctx} f={f} number={`${sectionNumber}.${doc.findings.indexOf(f) + 1}`} />);
  // A short chart opens the first page of areas; a long one (more areas than fit) gets its own pages.
  if (chartGroups.length <= 1) {
    return [
      ...(areaGroups.length ? areaGroups : [[]]).map((group, i) => (
        <PageFrame key={`areas-${i}`} ctx={ctx}>
          {i === 0 ? chart(chartGroups[0] ?? [], true) : null}
          {areas(group)}
        </PageFrame>
      )),
    ];
  }
  return [
    ...chartGroups.map((rows, i) => (
      <PageFrame key={`chart-${i}`} ctx={ctx}>
        {chart(rows, i === 0)}
      </PageFrame>
    )),
    ...areaGroups.map((group, i) => (
      <PageFrame key={`areas-${i}`} ctx={ctx}>
        {areas(group)}
      </PageFrame>
    )),
  ];
}
