import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getQuestionConsolidation } from '@/lib/assessment/get-question-consolidation';
import { findingsOpen } from '@/lib/assessment/status';
import { Link } from '@/lib/i18n/navigation';
import { AssessmentHeader, type Section } from '@/components/assessment/assessment-header';
import { FindingEditor } from '@/components/assessment/finding-editor';
import { loadAssessment } from '@/lib/page/load-assessment';
import { ClientMessages } from '@/components/shell/client-messages';
import { scaleKey } from '@/lib/i18n/enum-keys';

type Props = { params: Promise<{ locale: string; assessmentId: string; questionId: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale === 'en' ? 'en' : 'fr', namespace: 'consolidation' });
  return { title: t('title') };
}

export default async function QuestionConsolidationPage({ params }: Props) {
  const { questionId } = await params;
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(questionId)) notFound();
  const { assessment: a, db, may, locale } = await loadAssessment(params, `/consolidation/${questionId}`, 'assessment.view');
  const view = await getQuestionConsolidation(db, a.id, questionId, locale);
  if (!view) notFound();
  const t = await getTranslations('consolidation');
  const tq = await getTranslations('questionnaire');
  const ta = await getTranslations('assessment');
  const tf = await getTranslations('attachment');
  const format = await getFormatter();
  const canEdit = may('finding.edit');
  const editable = canEdit && findingsOpen(a.status);
  const sections: Section[] = ['overview', ...(may('assessment.manage') ? (['setup'] as const) : []), 'consolidation', 'results'];
  const nav = 'rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50';
  return (
    <ClientMessages namespaces={['assessment', 'questionnaire', 'consolidation']}>
      <div>
        <AssessmentHeader a={a} current="consolidation" sections={sections} />
        <nav className="mb-4 flex flex-wrap gap-2 print:hidden" aria-label={t('title')}>
          <Link href={`/assessments/${a.id}/consolidation?area=${view.question.area.code}`} className={nav}>← {t('back')}</Link>
          {view.previousId && <Link href={`/assessments/${a.id}/consolidation/${view.previousId}`} className={nav}>{t('previous')}</Link>}
          {view.nextId && <Link href={`/assessments/${a.id}/consolidation/${view.nextId}`} className={nav}>{t('next')}</Link>}
        </nav>
        <p className="text-sm text-slate-600">{view.question.area.code} · {view.question.area.title}</p>
        <h2 className="mt-1 text-xl font-semibold"><span className="font-mono text-base text-slate-600">{view.question.code}</span> {view.question.text}</h2>
        {view.question.guidance && (
          <details className="mt-2 max-w-4xl text-sm text-slate-700">
            <summary className="cursor-pointer text-un-blue">{tq('guidance')}</summary>
            <p className="mt-1">{view.question.guidance}</p>
            <ol className="mt-2 list-none space-y-0.5">
              {view.question.levels.map((l, i) => <li key={i}><span className="font-medium">{ta(scaleKey(i))}</span> : {l}</li>)}
            </ol>
          </details>
        )}
        <div className="mt-6 grid gap-8 xl:grid-cols-[1fr_28rem]">
          <section aria-labelledby="answers">
            <h3 id="answers" className="text-lg font-semibold">{t('answers')}</h3>
            <p className="text-sm text-slate-600">
              {t('answersCount', { count: view.answers.length })} · {view.suggestedMaturity === null ? t('noSuggestion') : t('suggested', { level: ta(scaleKey(view.suggestedMaturity)) })}
            </p>
            <ul className="mt-3 grid gap-3 lg:grid-cols-2">
              {view.answers.map((e) => (
                <li key={e.id} className="rounded border border-slate-200 bg-white p-3 text-sm shadow-sm">
                  <div className="flex items-start justify-between gap-2">
                    <h4 className="font-semibold">{e.acronym ? `${e.acronym} · ` : ''}{e.name}</h4>
                    {e.values?.level && <span className="shrink-0 rounded bg-blue-100 px-2 py-0.5 text-xs font-semibold text-blue-950">{ta(`scale.${e.values.level}`)}</span>}
                  </div>
                  {!e.values ? <p className="mt-1 text-slate-500">{t('noAnswer')}</p> : (
                    <dl className="mt-2 space-y-1.5">
                      {(['achievements', 'gaps', 'needs', 'assistanceNeeded', 'evidence'] as const).filter((f) => e.values![f].trim()).map((f) => (
                        <div key={f}>
                          <dt className="text-xs font-semibold uppercase tracking-wide text-slate-600">{tq(f === 'assistanceNeeded' ? 'assistance' : f)}</dt>
                          <dd className="whitespace-pre-wrap">{e.values![f]}</dd>
                        </div>
                      ))}
                      {e.values.priority && <div><dt className="inline text-xs font-semibold uppercase tracking-wide text-slate-600">{tq('priority')} : </dt><dd className="inline">{ta(`priority.${e.values.priority}`)}</dd></div>}
                    </dl>
                  )}
                  {e.attachments.length > 0 && (
                    <div className="mt-2" data-consolidation-attachments>
                      <p className="text-xs font-semibold uppercase tracking-wide text-slate-600">{t('attachments')}</p>
                      <ul className="mt-0.5 space-y-0.5">
                        {e.attachments.map((f) => (
                          <li key={f.id}>
                            <a href={`/api/assessments/${a.id}/attachments/${f.id}`} download={f.filename} className="break-all text-un-blue underline">{f.filename}</a>
                            <span className="text-xs text-slate-500"> · {tf('sizeKb', { size: format.number(Math.max(0.1, f.size / 1024), { maximumFractionDigits: 1 }) })}</span>
                          </li>
                        ))}
                      </ul>
                    </div>
                  )}
                  {e.updatedAt && (
                    <p className="mt-2 text-xs text-slate-500">
                      {e.updatedBy
                        ? tq('lastSaved', { name: e.updatedBy, date: format.dateTime(new Date(e.updatedAt), { dateStyle: 'medium' }) })
                        : tq('savedOn', { date: format.dateTime(new Date(e.updatedAt), { dateStyle: 'medium' }) })}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="finding" className="self-start rounded border border-slate-200 bg-white p-4 shadow-sm xl:sticky xl:top-4">
            <h3 id="finding" className="text-lg font-semibold">{t('editor')}</h3>
            <p className="mb-3 text-sm text-slate-600">{editable ? t('editorHelp') : canEdit ? t('closed') : t('readOnly')}</p>
            <FindingEditor key={questionId} assessmentId={a.id} questionId={questionId} finding={view.finding} editable={editable} />
          </section>
        </div>
      </div>
    </ClientMessages>
  );
}
