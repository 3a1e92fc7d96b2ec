import type { ReactNode } from 'react';
import { getFormatter, getTranslations } from 'next-intl/server';
import { BarChart, ChartFigure, PathChart } from '@/components/charts';
import { Cell, RowHeader, Table } from '@/components/ui/table';
import type { Dashboard } from '@/lib/followup/get-dashboard';
import { paragraphRowLabel } from '@/lib/framework/paragraph-check';
import { formatIndicatorValue, indicatorBoundText } from '@/lib/followup/indicators';
import { periodLabel, shortPeriodLabel } from '@/lib/followup/periods';
import type { Locale } from '@/lib/i18n/routing';
import { translator } from '@/lib/i18n/translate';
import type { CatalogMessages } from '@/i18n';
import type { FundingSource } from '@/lib/i18n/enum-keys';

/** indicatorPager: the links to the other pages of indicators, drawn under the indicators' charts. */
type Props = { d: Dashboard; entities: Record<string, string>; periods: { key: string }[]; locale: Locale; indicatorPager?: ReactNode };

/**
 * The dashboard of one period: the key figures, the implementation rate per objective and
 * per lead entity, spending against plan, each indicator's path and the paragraphs of 2341
 * and 2396 served. Every chart says its figures in a sentence and a table too.
 */
export async function FollowUpDashboard({ d, entities, periods, locale, indicatorPager }: Props) {
  const t = await getTranslations('followupPage.dashboard');
  const tp = await getTranslations('pdfProgress');
  const tf = translator(locale, 'framework');
  const format = await getFormatter();
  const pct = (n: number) => format.number(n / 100, { style: 'percent', maximumFractionDigits: 1 });
  const money = (n: number, currency: string) => format.number(n, { style: 'currency', currency: currency || 'XOF', maximumFractionDigits: 0 });
  const c = d.counts;
  const figures: { key: string; value: string; tone?: 'warning' }[] = [
    { key: 'rate', value: pct(d.rates.overall.rate) },
    { key: 'completed', value: `${d.rates.overall.completed} / ${d.rates.overall.actions}` },
    { key: 'submitted', value: `${c.expected - c.notSubmitted} / ${c.expected}` },
    { key: 'toReview', value: String(c.submitted) },
    { key: 'late', value: String(c.late), tone: c.late ? 'warning' : undefined },
    { key: 'blocked', value: String(c.blocked), tone: c.blocked ? 'warning' : undefined },
    { key: 'notReported', value: String(c.notSubmitted) },
  ];
  const objective = (title: string) => title || tp('objectives.none');
  const lead = (id: string | null) => (id ? entities[id] ?? '–' : '–');
  const best = (list: { label: string; rate: number }[]) => [...list].sort((a, b) => b.rate - a.rate)[0];
  const objectives = d.rates.byObjective.map((r) => ({ label: objective(r.objectiveTitle), rate: r.rate, actions: r.actions }));
  const leads = d.rates.byLeadEntity.map((r) => ({ label: lead(r.leadEntityId), rate: r.rate, actions: r.actions }));
  const seqLabel = (seq: number) => {
    const key = periods[seq - 1]?.key;
    return key ? periodLabel(key, locale) : String(seq);
  };
  const yesNo = { yes: tp('yes'), no: tp('no') };
  const byInstrument = ['2341', '2396'].map((code) => ({ code, rows: d.paragraphs.filter((p) => p.instrumentCode === code) }));

  return (
    <section aria-labelledby="dashboard-title" className="space-y-6">
      <h2 id="dashboard-title" className="text-xl font-semibold">{t('title', { period: periodLabel(d.period.key, locale) })}</h2>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-7">
        {figures.map((f) => (
          <div key={f.key} className={`rounded border p-3 ${f.tone ? 'border-amber-300 bg-amber-50' : 'border-slate-200 bg-white'}`} data-figure={f.key}>
            <dt className="text-xs text-slate-700">{t(`figures.${f.key as keyof CatalogMessages['followupPage']['dashboard']['figures']}`)}</dt>
            <dd className="text-2xl font-semibold text-un-blue-dark">{f.value}</dd>
          </div>
        ))}
      </dl>

      <div className="grid gap-4 lg:grid-cols-2">
        <ChartFigure
          id="chart-objectives" title={tp('charts.byObjective')}
          summary={objectives.length ? t('summary.byObjective', { count: objectives.length, rate: pct(d.rates.overall.rate), best: best(objectives).label, bestRate: pct(best(objectives).rate) }) : t('none')}
          table={{ columns: [t('table.objective'), t('table.actions'), t('table.rate')], rows: objectives.map((o) => ({ label: o.label, cells: [String(o.actions), pct(o.rate)] })) }}
        >
          <BarChart max={100} bars={objectives.map((o) => ({ label: o.label, value: o.rate, text: pct(o.rate) }))} />
        </ChartFigure>
        <ChartFigure
          id="chart-leads" title={tp('charts.byLead')}
          summary={leads.length ? t('summary.byLead', { count: leads.length, best: best(leads).label, bestRate: pct(best(leads).rate) }) : t('none')}
          table={{ columns: [t('table.lead'), t('table.actions'), t('table.rate')], rows: leads.map((o) => ({ label: o.label, cells: [String(o.actions), pct(o.rate)] })) }}
        >
          <BarChart max={100} bars={leads.map((o) => ({ label: o.label, value: o.rate, text: pct(o.rate) }))} />
        </ChartFigure>
        <ChartFigure
          id="chart-spending" title={tp('charts.spending')}
          summary={t('summary.spending', { spent: money(sum(d.spending.byObjective, 'spent'), d.spending.byObjective[0]?.currency ?? 'XOF'), planned: money(sum(d.spending.byObjective, 'planned'), d.spending.byObjective[0]?.currency ?? 'XOF') })}
          table={{ columns: [t('table.objective'), tp('charts.planned'), tp('charts.spent')], rows: d.spending.byObjective.map((s) => ({ label: objective(s.title), cells: [money(s.planned, s.currency), money(s.spent, s.currency)] })) }}
        >
          <BarChart bars={d.spending.byObjective.map((s) => ({ label: objective(s.title), value: s.spent, behind: s.planned, text: `${money(s.spent, s.currency)} / ${money(s.planned, s.currency)}`, tone: s.spent > s.planned ? 'warning' : 'normal' }))} />
          <p className="text-xs text-slate-600">{tp('charts.spendingLegend')}</p>
        </ChartFigure>
        <ChartFigure
          id="chart-funding" title={tp('charts.funding')}
          summary={t('summary.funding', { count: d.spending.byFunding.length })}
          table={{ columns: [tp('charts.source'), tp('charts.planned'), tp('charts.spent')], rows: d.spending.byFunding.map((s) => ({ label: tp(`funding.${(s.key || 'none') as FundingSource | 'none'}`), cells: [money(s.planned, s.currency), money(s.spent, s.currency)] })) }}
        >
          <BarChart bars={d.spending.byFunding.map((s) => ({ label: tp(`funding.${(s.key || 'none') as FundingSource | 'none'}`), value: s.spent, behind: s.planned, text: `${money(s.spent, s.currency)} / ${money(s.planned, s.currency)}` }))} />
        </ChartFigure>
      </div>

      <section aria-labelledby="indicators-title" className="space-y-3">
        <h3 id="indicators-title" className="text-lg font-semibold">{t('indicators')}</h3>
        {d.indicators.length === 0 && <p className="text-slate-600">{t('noIndicators')}</p>}
        <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          {d.indicators.map((p) => {
            const show = (v: unknown) => formatIndicatorValue(p.indicator, (v ?? null) as never, locale, yesNo);
            const baselineText = indicatorBoundText(p.indicator, p.indicator.baseline, yesNo);
            const targetText = indicatorBoundText(p.indicator, p.indicator.target, yesNo);
            const last = p.points.at(-1);
            const numeric = p.indicator.type !== 'date' && p.baseline !== null;
            const pointValue = (v: unknown) => (typeof v === 'boolean' ? (v ? 1 : 0) : typeof v === 'number' ? v : null);
            return (
              <ChartFigure
                key={`${p.trackedActionId}-${p.index}`} id={`ind-${p.trackedActionId}-${p.index}`} title={`${p.indicator.label}`}
                summary={t('summary.indicator', { action: p.actionTitle, baseline: baselineText, target: targetText, last: last ? show(last.value) : '—', count: p.points.length })}
                table={{ columns: [t('table.period'), t('table.value')], rows: [{ label: t('table.baseline'), cells: [baselineText] }, ...p.points.map((x) => ({ label: seqLabel(x.seq), cells: [show(x.value)] })), { label: t('table.target'), cells: [targetText] }] }}
              >
                {numeric && <PathChart baseline={p.baseline ?? 0} target={p.target} points={p.points.map((x) => ({ label: periods[x.seq - 1] ? shortPeriodLabel(periods[x.seq - 1].key, locale) : String(x.seq), value: pointValue(x.value) }))} format={(n) => (p.indicator.type === 'boolean' ? (n ? yesNo.yes : yesNo.no) : format.number(n))} />}
              </ChartFigure>
            );
          })}
        </div>
        {indicatorPager}
      </section>

      <section aria-labelledby="coverage-title" className="space-y-3">
        <h3 id="coverage-title" className="text-lg font-semibold">{tp('coverage.title')}</h3>
        <p className="text-sm text-slate-700">{tp('coverage.intro')}</p>
        {d.paragraphs.length === 0 ? <p className="text-slate-600">{tp('coverage.none')}</p> : (
          <div className="grid gap-4 md:grid-cols-2">
            {byInstrument.filter((b) => b.rows.length).map((b) => (
              <Table key={b.code} caption={tp('coverage.instrument', { code: b.code })} captionVisible dense columns={[t('table.paragraph'), t('table.completedOfPlanned')]}>
                {b.rows.map((p) => (
                  <tr key={p.ref}>
                    <RowHeader dense>{p.paragraph ? paragraphRowLabel(tf, locale, p.instrumentCode, p.paragraph) : p.ref}</RowHeader>
                    <Cell dense>{tp('coverage.count', { completed: p.completed, planned: p.planned })}</Cell>
                  </tr>
                ))}
              </Table>
            ))}
          </div>
        )}
      </section>
    </section>
  );
}

function sum<T extends Record<K, number>, K extends string>(list: T[], k: K) {
  return list.reduce((s, x) => s + x[k], 0);
}
