import { Text, View } from '@react-pdf/renderer';
import { PageFrame, SectionTitle, type SectionContext } from '../components';
import { formatMoney, formatPeriod, paragraphRefLabels } from '../format';
import { colors, priorityColor, styles } from '../styles';
import { tag } from '../tagging';
import type { ActionItem } from '../types';

// Column widths in points; they add up to the landscape text width (841.89 - 2 x 36).
const W = { code: 34, action: 204, lead: 56, partners: 96, timeline: 58, priority: 44, indicators: 150, cost: 72, refs: 56 };
// A long <Page> is laid out again at every split (15 s for 500 rows in one page, 2 s in
// 12-row pages): rows are packed into page-sized <Page>s by an estimate of their height.
const PAGE_BUDGET = 470; // 595 pt less the margins (485), header row included
const FIRST_PAGE_TITLE = 62;
const HEADER_ROW = 24;

const cell = { paddingHorizontal: 4, paddingVertical: 4 };

function lines(text: string, width: number, size: number) {
  const perLine = Math.max(8, Math.floor(width / (size * 0.5)));
  return text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
}

function estimateHeight(a: ActionItem, t: SectionContext['t'], refsText: string) {
  const action = lines(a.title, W.action - 8, 8) * 10.4 + (a.description ? lines(a.description, W.action - 8, 7) * 9 + 2 : 0);
  const indicators = a.indicators.reduce((h, i) => h + lines(`${i.label} · ${t('matrix.baselineTarget', { baseline: i.baseline, target: i.target })}`, W.indicators - 8, 7) * 9.1 + 2, 0);
  const partners = lines([...a.supportingEntities, ...a.partners].join(', '), W.partners - 8, 7.5) * 9.8 + (a.partners.length ? 10 : 0);
  const refs = lines(refsText, W.refs - 8, 7) * 9;
  return Math.max(action, indicators, partners, refs, 22) + 9;
}

type Row = { kind: 'objective'; code: string; title: string } | { kind: 'action'; action: ActionItem };

/** The header row: header cells on the table's first page, an artifact where it is repeated. */
function Header({ t, repeated }: { t: SectionContext['t']; repeated: boolean }) {
  const th = (w: number, label: string) => <Text {...tag('TH', { scope: 'Column' })} style={[styles.th, cell, { width: w }]}>{label}</Text>;
  return (
    <View fixed {...(repeated ? tag('Artifact') : tag('TR', { repeatedIsArtifact: true }))} style={{ flexDirection: 'row', backgroundColor: colors.navy }}>
      {th(W.code, t('matrix.code'))}
      {th(W.action, t('matrix.action'))}
      {th(W.lead, t('matrix.lead'))}
      {th(W.partners, t('matrix.partners'))}
      {th(W.timeline, t('matrix.timeline'))}
      {th(W.priority, t('matrix.priority'))}
      {th(W.indicators, t('matrix.indicators'))}
      {th(W.cost, t('matrix.cost'))}
      {th(W.refs, t('matrix.refs'))}
    </View>
  );
}

// Few text nodes per row (react-pdf's layout cost grows with them), and no "\n" inside a
// <Text>: react-pdf lays a line break out in Helvetica, which then shows up in the PDF as a
// font that is not embedded.
function ActionRow({ a, ctx, zebra }: { a: ActionItem; ctx: SectionContext; zebra: boolean }) {
  const { t, doc } = ctx;
  const small = { fontSize: 7, color: colors.muted };
  return (
    <View wrap={false} {...tag('TR')} style={{ flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: colors.rule, backgroundColor: zebra ? colors.zebra : colors.white }}>
      <Text style={[cell, { width: W.code, fontWeight: 700, color: colors.navy }]}>{a.code}</Text>
      <View {...tag('TD')} style={[cell, { width: W.action }]}>
        <Text style={{ fontWeight: 700, color: colors.navy }}>{a.title}</Text>
        {a.description ? <Text style={[small, { marginTop: 2 }]}>{a.description}</Text> : null}
      </View>
      <Text style={[cell, { width: W.lead, fontWeight: 700 }]}>{a.leadEntity}</Text>
      <View {...tag('TD')} style={[cell, { width: W.partners }]}>
        <Text style={{ fontSize: 7.5 }}>{a.supportingEntities.join(', ') || '–'}</Text>
        {a.partners.length ? <Text style={{ fontSize: 7, color: colors.blue, marginTop: 2 }}>{a.partners.join(', ')}</Text> : null}
      </View>
      <Text style={[cell, { width: W.timeline }]}>{formatPeriod(a.start, a.end, doc.locale)}</Text>
      <Text style={[cell, { width: W.priority, color: priorityColor(a.priority), fontWeight: 700 }]}>{t(`priority.${a.priority}`)}</Text>
      <View {...tag('TD')} style={[cell, { width: W.indicators }]}>
        {a.indicators.length === 0 ? <Text>–</Text> : null}
        {a.indicators.map((i, k) => (
          <Text key={k} style={{ fontSize: 7, marginBottom: 2 }}>
            {`${i.label} · `}
            <Text style={{ color: colors.muted }}>{t('matrix.baselineTarget', { baseline: i.baseline, target: i.target })}</Text>
          </Text>
        ))}
      </View>
      <View {...tag('TD')} style={[cell, { width: W.cost }]}>
        <Text style={{ fontWeight: 600 }}>{a.cost ? formatMoney(a.cost.amount, a.cost.currency, doc.locale) : t('matrix.noCost')}</Text>
        {a.fundingSource ? <Text style={[small, { marginTop: 2 }]}>{t(`funding.${a.fundingSource}`)}</Text> : null}
      </View>
      <Text style={[cell, { width: W.refs, fontSize: 7, color: colors.muted }]}>{paragraphRefLabels(doc.instruments, a.paragraphRefs)}</Text>
    </View>
  );
}

export function ActionMatrix({ ctx, label }: { ctx: SectionContext; label: string }) {
  const { doc, t } = ctx;
  const objectives = new Map(doc.objectives.map((o) => [o.id, o]));
  const rows: Row[] = [];
  let last: string | null | undefined;
  // Actions in objective order, each objective announced by a band row.
  const order = new Map(doc.objectives.map((o, i) => [o.id, i]));
  const sorted = [...doc.actions].sort((x, y) => (order.get(x.objectiveId ?? '') ?? 1e9) - (order.get(y.objectiveId ?? '') ?? 1e9));
  for (const a of sorted) {
    if (a.objectiveId !== last) {
      const o = a.objectiveId ? objectives.get(a.objectiveId) : undefined;
      rows.push({ kind: 'objective', code: o?.code ?? '–', title: o?.title ?? t('matrix.noObjective') });
      last = a.objectiveId;
    }
    rows.push({ kind: 'action', action: a });
  }
  const pages: Row[][] = [];
  let page: Row[] = [];
  let used = FIRST_PAGE_TITLE + HEADER_ROW;
  for (const r of rows) {
    const h = r.kind === 'objective' ? 18 : estimateHeight(r.action, t, paragraphRefLabels(doc.instruments, r.action.paragraphRefs));
    if (page.length && used + h > PAGE_BUDGET) {
      // Never leave an objective band alone at the foot of a page.
      const carry = page.at(-1)?.kind === 'objective' ? [page.pop()!] : [];
      pages.push(page);
      page = carry;
      used = HEADER_ROW + (carry.length ? 18 : 0);
    }
    page.push(r);
    used += h;
  }
  if (page.length || pages.length === 0) pages.push(page);
  return pages.map((rowsOfPage, i) => (
    <PageFrame key={i} ctx={ctx} landscape>
      {i === 0 ? <SectionTitle id="section:matrix" kicker={label} title={t('sections.matrix')} /> : null}
      {/* One table over the section's pages (and parts: assemble.ts joins them). */}
      <View {...tag('Table', { key: 'matrix' })}>
      <Header t={t} repeated={i > 0} />
      {rowsOfPage.length === 0 ? <Text style={styles.empty}>{t('empty')}</Text> : null}
      {rowsOfPage.map((r, k) =>
        r.kind === 'objective' ? (
          <View key={`o${k}`} wrap={false} {...tag('TR')} style={{ backgroundColor: colors.band, borderBottomWidth: 0.5, borderBottomColor: colors.rule, paddingHorizontal: 4, paddingVertical: 3.5 }}>
            <Text {...tag('TD', { colSpan: 9 })} style={{ fontWeight: 700, color: colors.navy, fontSize: 8 }}>{t('matrix.objective', { code: r.code, title: r.title })}</Text>
          </View>
        ) : (
          <ActionRow key={r.action.id} a={r.action} ctx={ctx} zebra={k % 2 === 0} />
        ),
      )}
      </View>
    </PageFrame>
  ));
}
