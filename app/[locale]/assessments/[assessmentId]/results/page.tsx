import { getTranslations } from 'next-intl/server';
import { getResults } from '@/lib/assessment/get-results';
import { AssessmentHeader, type Section } from '@/components/assessment/assessment-header';
import { HeatMap } from '@/components/assessment/heat-map';
import { MaturityChart } from '@/components/assessment/maturity-chart';
import { loadAssessment } from '@/lib/page/load-assessment';
import { Cell, RowHeader, Table } from '@/components/ui/table';
import { scaleKey } from '@/lib/i18n/enum-keys';

type Props = { params: Promise<{ locale: string; assessmentId: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale === 'en' ? 'en' : 'fr', namespace: 'results' });
  return { title: t('title') };
}

export default async function ResultsPage({ params }: Props) {
  const { assessment: a, db, may, locale } = await loadAssessment(params, '/results', 'assessment.view');
  const data = await getResults(db, a.id, locale);
  const t = await getTranslations('results');
  const ta = await getTranslations('assessment');
  const num = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const format = (n: number) => num.format(n);
  const scale = [0, 1, 2, 3, 4].map((l) => ta(scaleKey(l)));
  const sections: Section[] = ['overview', ...(may('assessment.manage') ? (['setup'] as const) : []), 'consolidation', 'results'];
  const card = 'rounded border border-slate-200 bg-white p-4 shadow-sm sm:p-6 print:break-inside-avoid print:border-0 print:p-0 print:shadow-none';
  const exportHref = (q: string) => `/api/assessments/${a.id}/export?${q}`;
  return (
    <div>
      <AssessmentHeader a={a} current="results" sections={sections} />
      <p className="max-w-3xl text-slate-700">{t('intro')}</p>
      <div className="mt-6 space-y-8">
        <section aria-labelledby="heatmap" className={card}>
          <h2 id="heatmap" className="text-lg font-semibold">{t('heatmap')}</h2>
          <p className="mb-3 text-sm text-slate-600">{t('heatmapHelp')}</p>
          <div className="overflow-x-auto">
            <HeatMap
              data={data}
              format={format}
              labels={{
                title: t('heatmap'), notAssigned: t('notAssigned'), legend: t('legend'), legendNone: t('legendNone'), scale,
                cell: (area, entity, value) => t('cell', { area, entity, value }), none: (area, entity) => t('cellNone', { area, entity }),
              }}
            />
          </div>
        </section>
        <section aria-labelledby="chart" className={card}>
          <h2 id="chart" className="text-lg font-semibold">{t('chart')}</h2>
          <p className="mb-3 text-sm text-slate-600">{t('chartHelp')}</p>
          <MaturityChart
            data={data}
            format={format}
            labels={{
              title: t('chart'), scale: [0, 1, 2, 3, 4].map(String),
              bar: (area, value, count, total) => t('bar', { area, value, count, total }), none: (area) => t('barNone', { area }),
            }}
          />
          <details className="mt-4 text-sm print:hidden">
            <summary className="cursor-pointer text-un-blue">{t('table')}</summary>
            <Table className="mt-2 max-w-2xl" framed={false} dense caption={t('table')} columns={[t('area'), t('consolidated'), t('findings')]}>
                {data.areas.map((ar) => (
                  <tr key={ar.id}>
                    <RowHeader dense>{ar.code} · {ar.title}</RowHeader>
                    <Cell dense>{ar.consolidated === null ? t('noData') : format(ar.consolidated)}</Cell>
                    <Cell dense>{ar.findings} / {ar.questions}</Cell>
                  </tr>
                ))}
            </Table>
          </details>
        </section>
        {may('assessment.export') && (
          <section aria-labelledby="exports" className={`${card} print:hidden`}>
            <h2 id="exports" className="text-lg font-semibold">{t('exports')}</h2>
            <p className="mb-3 text-sm text-slate-600">{t('exportsHelp')}</p>
            <ul className="space-y-2 text-sm">
              {(['fr', 'en'] as const).map((l) => (
                <li key={l} className="flex flex-wrap items-center gap-3">
                  <span className="w-24 font-medium">{l === 'fr' ? 'Français' : 'English'}</span>
                  <a className="rounded border border-un-blue px-3 py-1 text-un-blue hover:bg-blue-50" href={exportHref(`format=xlsx&locale=${l}`)} hrefLang={l}>{t('exportXlsx')}</a>
                  <a className="rounded border border-slate-300 px-3 py-1 hover:bg-slate-50" href={exportHref(`format=csv&kind=responses&locale=${l}`)} hrefLang={l}>{t('exportResponses')} ({t('csv')})</a>
                  <a className="rounded border border-slate-300 px-3 py-1 hover:bg-slate-50" href={exportHref(`format=csv&kind=findings&locale=${l}`)} hrefLang={l}>{t('exportFindings')} ({t('csv')})</a>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </div>
  );
}
