import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { getConsolidation } from '@/lib/assessment/get-consolidation';
import { AssessmentHeader, type Section } from '@/components/assessment/assessment-header';
import { ConsolidationGrid } from '@/components/assessment/consolidation-grid';
import { ClientMessages } from '@/components/shell/client-messages';
import { Link } from '@/lib/i18n/navigation';
import { loadAssessment } from '@/lib/page/load-assessment';

type Props = { params: Promise<{ locale: string; assessmentId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** `?area=GOV` shows one area, `?area=all` every area; anything else falls back to the default area. */
const querySchema = z.object({ area: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/).optional().catch(undefined) });

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale === 'en' ? 'en' : 'fr', namespace: 'consolidation' });
  return { title: t('title') };
}

export default async function ConsolidationPage({ params, searchParams }: Props) {
  const { assessment: a, db, may, locale } = await loadAssessment(params, '/consolidation', 'assessment.view');
  const { area } = querySchema.parse(await searchParams);
  const grid = await getConsolidation(db, a.id, locale, { area });
  const t = await getTranslations('consolidation');
  const sections: Section[] = ['overview', ...(may('assessment.manage') ? (['setup'] as const) : []), 'consolidation', 'results'];
  const tab = 'inline-block rounded border border-slate-200 bg-white px-2.5 py-1 text-sm text-un-blue hover:bg-slate-100 aria-[current=page]:border-un-blue aria-[current=page]:bg-un-blue aria-[current=page]:text-white';
  return (
    <div>
      <AssessmentHeader a={a} current="consolidation" sections={sections} />
      <p className="max-w-3xl text-slate-700">{t('intro')}</p>
      <p className="mt-2 text-sm font-medium">{t('done', { done: grid.findings, total: grid.questions })}</p>
      <nav aria-label={t('areasNav')} className="mt-4 print:hidden">
        <ul className="flex flex-wrap gap-1.5">
          {grid.summary.map((s) => (
            <li key={s.id}>
              <Link href={`/assessments/${a.id}/consolidation?area=${s.code}`} aria-current={grid.shown === s.code ? 'page' : undefined} className={tab} title={s.title}>
                <span aria-hidden="true"><span className="font-mono">{s.code}</span> <span className="text-xs">{t('areaProgress', { done: s.findings, total: s.questions })}</span></span>
                <span className="sr-only">{t('areaProgressLong', { title: s.title, done: s.findings, total: s.questions })}</span>
              </Link>
            </li>
          ))}
          <li>
            <Link href={`/assessments/${a.id}/consolidation?area=all`} aria-current={grid.shown === 'all' ? 'page' : undefined} className={tab}>{t('allAreas')}</Link>
          </li>
        </ul>
      </nav>
      <div className="mt-4 overflow-x-auto rounded border border-slate-200 bg-white shadow-sm">
        <ClientMessages namespaces={['consolidation']}>
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
        </ClientMessages>
      </div>
    </div>
  );
}
