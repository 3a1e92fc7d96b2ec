import { getTranslations } from 'next-intl/server';
import { getProgress } from '@/lib/assessment/get-progress';
import { nextStatuses } from '@/lib/assessment/status';
import { collecting } from '@/lib/assessment/status';
import { Link } from '@/lib/i18n/navigation';
import { ActionForm } from '@/components/forms/action-form';
import { AssessmentHeader, type Section } from '@/components/assessment/assessment-header';
import { ProgressBar } from '@/components/assessment/progress-bar';
import { StatusForm } from '@/components/assessment/status-form';
import { partnerAcronyms } from '@/lib/partners';
import { nextCycleFormAction, remindFormAction, statusFormAction } from '../actions';
import { NextCycle } from '@/components/programme/next-cycle';
import { cycleNeighbours } from '@/lib/programme/cycles';
import { loadAssessment } from '@/lib/page/load-assessment';
import { ClientMessages } from '@/components/shell/client-messages';
import { Cell, RowHeader, Table } from '@/components/ui/table';

type Props = { params: Promise<{ locale: string; assessmentId: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale === 'en' ? 'en' : 'fr', namespace: 'assessment' });
  return { title: t('title') };
}

export default async function AssessmentPage({ params }: Props) {
  // A contributor works in their entity's questionnaire: sent there.
  const { assessment: a, db, may, locale: loc, format } = await loadAssessment(params, '', 'assessment.view', undefined, { sendContributorsHome: true });
  const t = await getTranslations('assessment');
  const [progress, neighbours] = await Promise.all([getProgress(db, a.id, loc), cycleNeighbours(db, a.id)]);
  const manage = may('assessment.manage');
  const sections: Section[] = ['overview', ...(manage ? (['setup'] as const) : []), 'consolidation', 'results'];
  const day = (d: string) => format.dateTime(new Date(`${d}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' });
  const fact = (label: string, value: string | null) => (
    <div className="flex flex-col border-b border-slate-100 py-2 sm:flex-row sm:gap-4">
      <dt className="w-56 shrink-0 text-sm font-medium text-slate-700">{label}</dt>
      <dd className="text-sm">{value ?? <span className="text-slate-500">{t('facts.unknown')}</span>}</dd>
    </div>
  );
  const remindable = collecting(a.status) && manage;
  const table = (
      <Table
        className="mt-2"
        caption={t('progress.perEntity')}
        columns={[
          ...(remindable ? [<span key="remind" className="sr-only">{t('progress.remind')}</span>] : []),
          t('progress.entity'), t('progress.answered'), t('progress.lastActivity'), t('progress.contributors'),
        ]}
      >
            {progress.entities.map((e) => (
              <tr key={e.id}>
                {remindable && (
                  <Cell>
                    {e.answered < e.assigned && <input type="checkbox" name="entityIds" value={e.id} aria-label={t('progress.select', { entity: e.name, article: e.article })} className="h-4 w-4 accent-un-blue" />}
                  </Cell>
                )}
                <RowHeader>
                  {/* The name a screen reader hears begins with the visible text (WCAG 2.5.3). */}
                  <Link href={`/assessments/${a.id}/entities/${e.id}`} className="text-un-blue hover:underline">
                    {e.acronym ? <><span className="font-medium">{e.acronym}</span> · </> : null}{e.name}<span className="sr-only">{t('progress.questionnaireLink')}</span>
                  </Link>
                  {!e.started && e.assigned > 0 && <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900">{t('progress.notStarted')}</span>}
                </RowHeader>
                <Cell className="w-44">
                  <ProgressBar size="sm" value={e.answered} max={e.assigned} label={e.name} text={t('progress.bar', { percent: e.percent })} />
                  <span className="text-xs text-slate-600">{e.answered}/{e.assigned}</span>
                </Cell>
                <Cell className="text-slate-700">{e.lastActivity ? format.dateTime(new Date(e.lastActivity), { dateStyle: 'medium' }) : t('progress.never')}</Cell>
                <Cell className="text-slate-700">{e.contributors}</Cell>
              </tr>
            ))}
      </Table>
    );
  const entityTable = remindable ? (
      <ActionForm action={remindFormAction.bind(null, loc, a.id)} submitLabel={t('progress.remindSelected')} className="space-y-3">
        {table}
      </ActionForm>
    ) : table;

  return (
    <ClientMessages namespaces={['assessment', 'confirm', 'programme']}>
      <div>
        <AssessmentHeader a={a} current="overview" sections={sections} />
        <div className="grid gap-8 lg:grid-cols-[1fr_22rem]">
          <section aria-labelledby="facts" className="rounded border border-slate-200 bg-white p-4 shadow-sm">
            <h2 id="facts" className="text-lg font-semibold">{t('facts.title')}</h2>
            <dl className="mt-2">
              {fact(t('facts.place'), a.place)}
              {fact(t('facts.dates'), a.startsOn && a.endsOn ? t('facts.dateRange', { start: day(a.startsOn), end: day(a.endsOn) }) : null)}
              {fact(t('facts.organisers'), a.organisers.length ? partnerAcronyms(a.organisers, loc).join(', ') : null)}
              {fact(t('facts.officials'), a.officialsCount === null ? null : String(a.officialsCount))}
              {fact(t('facts.entities'), String(a.entityCount))}
              {fact(t('facts.coordinator'), a.coordinatingEntity?.name ?? null)}
              {fact(t('facts.framework'), `${a.framework.title} (${a.framework.version})`)}
            </dl>
          </section>
          <section aria-labelledby="stage" className="rounded border border-slate-200 bg-white p-4 shadow-sm">
            <h2 id="stage" className="text-lg font-semibold">{t(`status.${a.status}`)}</h2>
            {manage ? (
              <div className="mt-2"><StatusForm status={a.status} moves={nextStatuses(a.status)} action={statusFormAction.bind(null, loc, a.id)} /></div>
            ) : (
              <p className="mt-2 text-sm text-slate-700">{t(`statusHelp.${a.status}`)}</p>
            )}
            {neighbours && (neighbours.previous || neighbours.next || a.status === 'CLOSED') && (
              <NextCycle
                id={a.id} n={neighbours} title={a.title} closed={a.status === 'CLOSED'} mayStart={may('assessment.nextCycle')} locale={loc}
                action={nextCycleFormAction.bind(null, loc, a.countryId, a.id)}
              />
            )}
          </section>
        </div>

        <section aria-labelledby="progress" className="mt-8 space-y-4">
          <h2 id="progress" className="text-xl font-semibold">{t('progress.title')}</h2>
          <div className="max-w-xl">
            <ProgressBar value={progress.answered} max={progress.assigned} label={t('progress.title')} text={t('progress.overall', { answered: progress.answered, assigned: progress.assigned, percent: progress.percent })} />
            <p className="mt-1 text-sm text-slate-700">{t('progress.overall', { answered: progress.answered, assigned: progress.assigned, percent: progress.percent })}</p>
          </div>
          <div className="rounded border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950">
            <h3 className="font-semibold">{t('progress.notStarted')}</h3>
            {progress.notStarted.length === 0 ? <p>{t('progress.notStartedNone')}</p> : (
              <p>{t('progress.notStartedList', { count: progress.notStarted.length })} {progress.notStarted.map((e) => e.acronym ?? e.name).join(', ')}</p>
            )}
          </div>

          <div className="grid gap-8 xl:grid-cols-[1fr_24rem]">
            <div>
              <h3 className="text-lg font-semibold">{t('progress.perEntity')}</h3>
              {entityTable}
            </div>
            <div>
              <h3 className="text-lg font-semibold">{t('progress.perArea')}</h3>
              <Table className="mt-2" caption={t('progress.perArea')} columns={[t('progress.area'), t('progress.answered')]}>
                  {progress.areas.map((ar) => (
                    <tr key={ar.id}>
                      <RowHeader>{ar.title}</RowHeader>
                      <Cell className="w-40">
                        <ProgressBar size="sm" value={ar.answered} max={ar.assigned} label={ar.title} text={t('progress.bar', { percent: ar.percent })} />
                        <span className="text-xs text-slate-600">{ar.answered}/{ar.assigned}</span>
                      </Cell>
                    </tr>
                  ))}
              </Table>
            </div>
          </div>
        </section>
      </div>
    </ClientMessages>
  );
}
