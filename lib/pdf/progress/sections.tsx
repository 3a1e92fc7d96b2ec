// The progress report's pages: cover, summary figures with their charts, a table per
// objective (status, % and indicator values of each action), late and blocked actions with
// their blockers, and the resolution paragraphs served by completed against planned actions.
// One short <Page> per part and tables in page-sized chunks (DESIGN.md, PDF).
import type { ReactNode } from 'react';
import { Page, Text, View } from '@react-pdf/renderer';
import { chunk } from '../chunk';
import { noHyphens } from '../fonts';
import { formatDate, formatMoney } from '../format';
import { colors, styles } from '../styles';
import type { Translate } from '../types';
import type { ProgressDocument, ProgressRow } from './types';

const ROWS_PER_PAGE = 9;
const STATUS_COLOR: Record<string, string> = {
  NOT_STARTED: colors.muted, ON_TRACK: colors.low, DELAYED: colors.medium, BLOCKED: colors.high, COMPLETED: colors.navy, CANCELLED: colors.muted,
};

type Ctx = { doc: ProgressDocument; t: Translate };

function Frame({ ctx, landscape, children }: { ctx: Ctx; landscape?: boolean; children: ReactNode }) {
  const { doc, t } = ctx;
  const marginX = landscape ? 36 : 56;
  return (
    <Page size="A4" orientation={landscape ? 'landscape' : 'portrait'} style={landscape ? styles.pageLandscape : styles.page}>
      <View fixed style={[styles.header, { left: marginX, right: marginX }]}>
        <Text style={styles.headerTitle}>{`${doc.country} · ${t('header', { period: doc.period })}`}</Text>
        <Text style={[styles.headerMark, doc.sensitivity !== 'public' ? { color: colors.high } : {}]}>{t(`sensitivity.${doc.sensitivity}`).toUpperCase()}</Text>
      </View>
      {children}
      {/* "Page x sur y" is stamped once the total is known (render.tsx), as in the roadmap PDF. */}
      <View fixed style={[styles.footer, { left: marginX, right: marginX }]}>
        <Text>{t('footer', { number: doc.versionNumber, date: formatDate(doc.asOf, doc.locale) })}</Text>
      </View>
    </Page>
  );
}

function Title({ kicker, title }: { kicker: string; title: string }) {
  return (
    <View minPresenceAhead={80}>
      <Text style={styles.kicker}>{kicker}</Text>
      <Text hyphenationCallback={noHyphens} style={styles.h1}>{title}</Text>
      <View style={styles.h1Bar} />
    </View>
  );
}

function Cover({ ctx }: { ctx: Ctx }) {
  const { doc, t } = ctx;
  return (
    <Page size="A4" style={[styles.page, { paddingTop: 140 }]}>
      <Text style={[styles.kicker, { fontSize: 11 }]}>{t('cover.kicker')}</Text>
      <Text hyphenationCallback={noHyphens} style={[styles.h1, { fontSize: 26 }]}>{doc.roadmapTitle}</Text>
      <View style={[styles.h1Bar, { width: 80 }]} />
      <Text style={[styles.lead, { fontSize: 16 }]}>{t('cover.period', { period: doc.period })}</Text>
      <Text style={styles.lead}>{doc.country}</Text>
      <View style={[styles.box, { marginTop: 40 }]}>
        <Text>{t('cover.asOf', { date: formatDate(doc.asOf, doc.locale), due: formatDate(doc.dueOn, doc.locale) })}</Text>
        <Text>{t('cover.version', { number: doc.versionNumber })}</Text>
        <Text style={{ fontWeight: 700, color: doc.sensitivity !== 'public' ? colors.high : colors.navy }}>{t(`sensitivity.${doc.sensitivity}`).toUpperCase()}</Text>
      </View>
    </Page>
  );
}

/** A horizontal bar (0-100 %, or a value against a maximum), with its figure beside it. */
function Bar({ label, value, max, text, color = colors.blue, under }: { label: string; value: number; max: number; text: string; color?: string; under?: number }) {
  const width = max > 0 ? Math.max(0, Math.min(1, value / max)) * 100 : 0;
  return (
    <View style={{ flexDirection: 'row', alignItems: 'center', marginBottom: 4 }} wrap={false}>
      <Text style={{ width: '38%', paddingRight: 6, fontSize: 8 }}>{label}</Text>
      <View style={{ width: '44%', height: 9, backgroundColor: colors.zebra, position: 'relative' }}>
        {under !== undefined && max > 0 ? <View style={{ position: 'absolute', left: 0, top: 0, height: 9, width: `${Math.min(1, under / max) * 100}%`, backgroundColor: colors.rule }} /> : null}
        <View style={{ position: 'absolute', left: 0, top: under !== undefined ? 2.5 : 0, height: under !== undefined ? 4 : 9, width: `${width}%`, backgroundColor: color }} />
      </View>
      <Text style={{ width: '18%', paddingLeft: 6, fontSize: 8, textAlign: 'right' }}>{text}</Text>
    </View>
  );
}

function Figure({ label, value, color = colors.navy }: { label: string; value: string; color?: string }) {
  return (
    <View style={{ width: '25%', padding: 6 }} wrap={false}>
      <Text style={{ fontSize: 18, lineHeight: 1.2, fontWeight: 700, color }}>{value}</Text>
      <Text style={[styles.small, styles.muted]}>{label}</Text>
    </View>
  );
}

const pct = (n: number, locale: 'fr' | 'en') => (locale === 'fr' ? `${String(n).replace('.', ',')} %` : `${n}%`);

function Summary({ ctx }: { ctx: Ctx }) {
  const { doc, t } = ctx;
  const f = doc.figures;
  const maxSpend = Math.max(1, ...doc.spending.map((s) => Math.max(s.planned, s.spent)));
  return (
    <Frame ctx={ctx}>
      <Title kicker={t('summary.kicker')} title={t('summary.title')} />
      <View style={{ flexDirection: 'row', flexWrap: 'wrap', backgroundColor: colors.band, marginBottom: 12 }}>
        <Figure label={t('summary.rate')} value={pct(f.rate, doc.locale)} color={colors.blue} />
        <Figure label={t('summary.completed', { total: f.actions })} value={String(f.completed)} />
        <Figure label={t('summary.reported', { expected: f.expected })} value={String(f.submitted + f.accepted)} />
        <Figure label={t('summary.accepted')} value={String(f.accepted)} />
        <Figure label={t('summary.late')} value={String(f.late)} color={f.late ? colors.high : colors.navy} />
        <Figure label={t('summary.blocked')} value={String(f.blocked)} color={f.blocked ? colors.high : colors.navy} />
        <Figure label={t('summary.returned')} value={String(f.returned)} color={f.returned ? colors.medium : colors.navy} />
        <Figure label={t('summary.notReported')} value={String(f.notReported)} />
      </View>
      <Text style={styles.h2}>{t('charts.byObjective')}</Text>
      {doc.byObjective.map((o, i) => <Bar key={i} label={o.label} value={o.rate} max={100} text={pct(o.rate, doc.locale)} />)}
      <Text style={styles.h2}>{t('charts.byLead')}</Text>
      {doc.byLead.map((o, i) => <Bar key={i} label={t('charts.leadLabel', { name: o.label, count: o.actions })} value={o.rate} max={100} text={pct(o.rate, doc.locale)} color={colors.navy} />)}
      <Text style={styles.h2}>{t('charts.spending')}</Text>
      <Text style={[styles.small, styles.muted, { marginBottom: 4 }]}>{t('charts.spendingLegend')}</Text>
      {doc.spending.map((s, i) => (
        <Bar key={i} label={s.label} value={s.spent} under={s.planned} max={maxSpend} text={`${formatMoney(s.spent, s.currency, doc.locale)}\n/ ${formatMoney(s.planned, s.currency, doc.locale)}`} />
      ))}
      <Text style={styles.h2}>{t('charts.funding')}</Text>
      <View style={{ flexDirection: 'row', borderBottomWidth: 0.8, borderBottomColor: colors.navy, paddingVertical: 2 }} wrap={false}>
        <Text style={{ width: '40%', fontWeight: 700 }}>{t('charts.source')}</Text>
        <Text style={{ width: '30%', textAlign: 'right', fontWeight: 700 }}>{t('charts.planned')}</Text>
        <Text style={{ width: '30%', textAlign: 'right', fontWeight: 700 }}>{t('charts.spent')}</Text>
      </View>
      {doc.funding.map((s, i) => (
        <View key={i} style={{ flexDirection: 'row', borderBottomWidth: 0.4, borderBottomColor: colors.rule, paddingVertical: 2 }} wrap={false}>
          <Text style={{ width: '40%' }}>{t(`funding.${s.source || 'none'}`)}</Text>
          <Text style={{ width: '30%', textAlign: 'right' }}>{formatMoney(s.planned, s.currency, doc.locale)}</Text>
          <Text style={{ width: '30%', textAlign: 'right' }}>{formatMoney(s.spent, s.currency, doc.locale)}</Text>
        </View>
      ))}
    </Frame>
  );
}

const COLS = { code: '5%', title: '24%', lead: '10%', status: '10%', percent: '6%', indicators: '27%', spent: '10%', review: '8%' };

function RowsHeader({ t }: { t: Translate }) {
  return (
    <View style={{ flexDirection: 'row', backgroundColor: colors.navy, paddingVertical: 3, paddingHorizontal: 2 }}>
      {(Object.keys(COLS) as (keyof typeof COLS)[]).map((k) => <Text key={k} style={[styles.th, { width: COLS[k], paddingHorizontal: 2 }]}>{t(`table.${k}`)}</Text>)}
    </View>
  );
}

function Row({ row, t, locale, zebra }: { row: ProgressRow; t: Translate; locale: 'fr' | 'en'; zebra: boolean }) {
  return (
    <View style={{ flexDirection: 'row', paddingVertical: 3, paddingHorizontal: 2, backgroundColor: zebra ? colors.zebra : colors.white, borderBottomWidth: 0.4, borderBottomColor: colors.rule }} wrap={false}>
      <Text style={{ width: COLS.code, paddingHorizontal: 2 }}>{row.code}</Text>
      <Text style={{ width: COLS.title, paddingHorizontal: 2 }}>{row.title}</Text>
      <Text style={{ width: COLS.lead, paddingHorizontal: 2 }}>{row.lead}</Text>
      <View style={{ width: COLS.status, paddingHorizontal: 2 }}>
        <Text style={{ color: row.status ? STATUS_COLOR[row.status] : colors.muted, fontWeight: 700 }}>{row.status ? t(`status.${row.status}`) : t('status.none')}</Text>
        {row.late ? <Text style={{ color: colors.high }}>{t('late')}</Text> : null}
      </View>
      <Text style={{ width: COLS.percent, paddingHorizontal: 2, textAlign: 'right' }}>{row.percent === null ? '–' : pct(row.percent, locale)}</Text>
      <View style={{ width: COLS.indicators, paddingHorizontal: 2 }}>
        {row.indicators.map((i, k) => <Text key={k}>{t('indicator', { label: i.label, value: i.value, target: i.target, baseline: i.baseline })}</Text>)}
      </View>
      <Text style={{ width: COLS.spent, paddingHorizontal: 2, textAlign: 'right' }}>{row.spent ?? '–'}</Text>
      <Text style={{ width: COLS.review, paddingHorizontal: 2 }}>{row.review ? t(`review.${row.review}`) : '–'}</Text>
    </View>
  );
}

type Item = { heading: string } | { row: ProgressRow; zebra: boolean };

/** Objectives' headings and rows, cut in pages of ROWS_PER_PAGE rows (a heading counts as one). */
function Objectives({ ctx }: { ctx: Ctx }) {
  const { doc, t } = ctx;
  const items: Item[] = [];
  for (const o of doc.objectives) {
    items.push({ heading: t('objectives.heading', { title: o.title, rate: pct(o.rate, doc.locale) }) });
    o.rows.forEach((row, j) => items.push({ row, zebra: j % 2 === 1 }));
  }
  return chunk(items, ROWS_PER_PAGE).map((page, k) => (
    <Frame key={k} ctx={ctx} landscape>
      {k === 0 ? <Title kicker={t('objectives.kicker')} title={t('objectives.title')} /> : null}
      {page.map((item, j) =>
        'heading' in item ? (
          <View key={j} minPresenceAhead={40}>
            <Text style={styles.h2}>{item.heading}</Text>
            <RowsHeader t={t} />
          </View>
        ) : (
          <View key={j}>
            {j === 0 ? <RowsHeader t={t} /> : null}
            <Row row={item.row} t={t} locale={doc.locale} zebra={item.zebra} />
          </View>
        ),
      )}
    </Frame>
  ));
}

function Alerts({ ctx }: { ctx: Ctx }) {
  const { doc, t } = ctx;
  return (
    <Frame ctx={ctx}>
      <Title kicker={t('alerts.kicker')} title={t('alerts.title')} />
      {doc.alerts.length === 0 ? <Text style={styles.empty}>{t('alerts.none')}</Text> : null}
      {doc.alerts.map((a, i) => (
        <View key={i} style={[styles.box, { borderLeftColor: a.status === 'BLOCKED' ? colors.high : colors.medium }]} wrap={false}>
          <Text style={{ fontWeight: 700, color: colors.navy }}>{`${a.code} ${a.title}`}</Text>
          <Text style={styles.muted}>{`${a.lead} · ${a.status ? t(`status.${a.status}`) : t('status.none')}${a.late ? ` · ${t('late')}` : ''}`}</Text>
          {a.blockers ? <Text>{t('alerts.blockers', { text: a.blockers })}</Text> : null}
          {a.nextSteps ? <Text>{t('alerts.nextSteps', { text: a.nextSteps })}</Text> : null}
        </View>
      ))}
    </Frame>
  );
}

function Coverage({ ctx }: { ctx: Ctx }) {
  const { doc, t } = ctx;
  const groups = [...new Set(doc.coverage.map((c) => c.instrument))];
  return (
    <Frame ctx={ctx}>
      <Title kicker={t('coverage.kicker')} title={t('coverage.title')} />
      <Text style={styles.p}>{t('coverage.intro')}</Text>
      {doc.coverage.length === 0 ? <Text style={styles.empty}>{t('coverage.none')}</Text> : null}
      {groups.map((g) => (
        <View key={g}>
          <Text style={styles.h2}>{t('coverage.instrument', { code: g })}</Text>
          {doc.coverage.filter((c) => c.instrument === g).map((c, i) => (
            <Bar key={i} label={c.label} value={c.completed} max={c.planned} text={t('coverage.count', { completed: c.completed, planned: c.planned })} color={colors.low} />
          ))}
        </View>
      ))}
    </Frame>
  );
}

export function progressPages(doc: ProgressDocument, t: Translate) {
  const ctx = { doc, t };
  return [<Cover key="cover" ctx={ctx} />, <Summary key="summary" ctx={ctx} />, ...Objectives({ ctx }), <Alerts key="alerts" ctx={ctx} />, <Coverage key="coverage" ctx={ctx} />];
}
