import { getTranslations } from 'next-intl/server';
import { getConsolidation } from '@/lib/assessment/get-consolidation';
import { Link } from '@/lib/i18n/navigation';
import { AssessmentHeader, type Section } from '@/components/assessment/assessment-header';
import { LEVEL_FILL, LEVEL_INK } from '@/components/assessment/levels';
import { loadAssessment } from '../load';

type Props = { params: Promise<{ locale: string; assessmentId: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale === 'en' ? 'en' : 'fr', namespace: 'consolidation' });
  return { title: t('title') };
}

export default async function ConsolidationPage({ params }: Props) {
  const { assessment: a, db, may, locale } = await loadAssessment(params, '/consolidation', 'assessment.view');
  const grid = await getConsolidation(db, a.id, locale);
  const t = await getTranslations('consolidation');
  const sections: Section[] = ['overview', ...(may('assessment.manage') ? (['setup'] as const) : []), 'consolidation', 'results'];
  const cols = grid.entities.length;
  return (
    <div>
      <AssessmentHeader a={a} current="consolidation" sections={sections} />
      <p className="max-w-3xl text-slate-700">{t('intro')}</p>
      <p className="mt-2 text-sm font-medium">{t('done', { done: grid.findings, total: grid.questions })}</p>
      <div className="mt-4 overflow-x-auto rounded border border-slate-200 bg-white shadow-sm">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{t('gridCaption')}</caption>
          <thead className="sticky top-0 bg-slate-100">
            <tr>
              <th scope="col" className="min-w-72 px-2 py-2">{t('question')}</th>
              {grid.entities.map((e) => (
                <th key={e.id} scope="col" className="px-0.5 py-2 text-center text-xs font-medium" title={e.name}><abbr title={e.name} className="no-underline">{e.acronym ?? e.code}</abbr></th>
              ))}
              <th scope="col" className="px-2 py-2">{t('finding')}</th>
            </tr>
          </thead>
          {grid.areas.map((ar) => (
            <tbody key={ar.id}>
              <tr className="bg-slate-50"><th scope="colgroup" colSpan={cols + 2} className="px-2 py-1.5 text-left font-semibold text-un-blue-dark">{ar.code} · {ar.title}</th></tr>
              {ar.questions.map((q) => (
                <tr key={q.id} className="border-t border-slate-100">
                  <th scope="row" className="px-2 py-1 font-normal">
                    <Link href={`/assessments/${a.id}/consolidation/${q.id}`} className="text-un-blue hover:underline" aria-label={t('open', { code: q.code })}>
                      <span className="font-mono text-xs">{q.code}</span>
                    </Link>{' '}
                    <span className="text-slate-700">{q.text.length > 90 ? `${q.text.slice(0, 88)}…` : q.text}</span>
                  </th>
                  {q.cells.map((c, i) =>
                    c === null ? <td key={i} className="bg-slate-50" /> : c === '' ? <td key={i} className="text-center text-slate-400">–</td>
                    : /^[0-4]$/.test(c) ? <td key={i} className="text-center tabular-nums" style={{ background: LEVEL_FILL[+c], color: LEVEL_INK[+c] }}>{c}</td>
                    : <td key={i} className="text-center text-xs text-slate-600">{c === 'NA' ? 'S.O.' : 'NSP'}</td>,
                  )}
                  <td className="whitespace-nowrap px-2 py-1">
                    {q.finding.done ? (
                      <span className="rounded bg-green-100 px-1.5 py-0.5 text-xs text-green-900">{q.finding.maturity ?? '–'} · {t('findingDone')}</span>
                    ) : (
                      <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900">{t('findingMissing')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
    </div>
  );
}
