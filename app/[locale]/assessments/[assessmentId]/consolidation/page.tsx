import { getTranslations } from 'next-intl/server';
import { getConsolidation } from '@/lib/assessment/get-consolidation';
import { AssessmentHeader, type Section } from '@/components/assessment/assessment-header';
import { ConsolidationGrid } from '@/components/assessment/consolidation-grid';
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
  return (
    <div>
      <AssessmentHeader a={a} current="consolidation" sections={sections} />
      <p className="max-w-3xl text-slate-700">{t('intro')}</p>
      <p className="mt-2 text-sm font-medium">{t('done', { done: grid.findings, total: grid.questions })}</p>
      <div className="mt-4 overflow-x-auto rounded border border-slate-200 bg-white shadow-sm">
        <ConsolidationGrid
          assessmentId={a.id}
          entities={grid.entities.map((e) => ({ id: e.id, short: e.acronym ?? e.code, name: e.name }))}
          areas={grid.areas.map((ar) => ({
            id: ar.id, code: ar.code, title: ar.title,
            rows: ar.questions.map((q) => ({
              id: q.id, code: q.code, text: q.text.length > 90 ? `${q.text.slice(0, 88)}…` : q.text,
              cells: q.cells.map((c) => (c === null ? ' ' : c === '' ? '-' : c === 'NA' ? 'N' : c === 'DK' ? 'D' : c)).join(''),
              finding: q.finding.maturity, done: q.finding.done,
            })),
          }))}
        />
      </div>
    </div>
  );
}
