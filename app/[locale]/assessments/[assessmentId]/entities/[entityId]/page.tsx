import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getQuestionnaire } from '@/lib/assessment/get-questionnaire';
import { answerWriteAction } from '@/lib/assessment/status';
import { AssessmentHeader, type Section } from '@/components/assessment/assessment-header';
import { Questionnaire } from '@/components/assessment/questionnaire';
import { loadAssessment } from '@/lib/page/load-assessment';
import { ClientMessages } from '@/components/shell/client-messages';
import { confirmCarriedAction } from '../../../actions';

type Props = { params: Promise<{ locale: string; assessmentId: string; entityId: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale === 'en' ? 'en' : 'fr', namespace: 'assessment' });
  return { title: t('title') };
}

export default async function QuestionnairePage({ params }: Props) {
  const { entityId } = await params;
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(entityId)) notFound();
  // A contributor reads only their own entity's questionnaire; coordinators, reviewers and observers any.
  const { assessment: a, db, may, locale } = await loadAssessment(params, `/entities/${entityId}`, 'response.view', entityId);
  const view = await getQuestionnaire(db, a.id, entityId, locale);
  if (!view) notFound();
  const t = await getTranslations('questionnaire');
  const ta = await getTranslations('assessment');
  // Contributors while answers are collected; the coordination also corrects during consolidation.
  const writeAction = answerWriteAction(a.status);
  const editable = !!writeAction && may(writeAction, entityId);
  const notice = editable
    ? (a.status === 'CONSOLIDATION' ? t('correcting') : null)
    : a.status === 'CONSOLIDATION' ? t('readOnlyConsolidation')
    : a.status === 'COLLECTION' ? null // those who only read while others answer need no notice
    : t('readOnly', { status: ta(`status.${a.status}`) });
  const sections: Section[] = may('assessment.view') ? ['overview', ...(may('assessment.manage') ? (['setup'] as const) : []), 'consolidation', 'results'] : [];
  return (
    <ClientMessages namespaces={['assessment', 'questionnaire', 'attachment', 'programme']}>
      <div>
        <AssessmentHeader a={a} current={null} sections={sections} />
        <h2 className="text-xl font-semibold">{t('title', { entity: view.entity.name, article: view.entity.article })}</h2>
        <p className="mt-1 max-w-3xl text-slate-700">{t('intro')}</p>
        {notice && <p role="note" data-questionnaire-mode={editable ? 'correcting' : 'read-only'} className="mt-3 max-w-3xl rounded border border-slate-300 bg-slate-100 px-3 py-2 text-sm">{notice}</p>}
        <div className="mt-6">
          {view.areas.length === 0 ? <p className="text-slate-600">{t('empty')}</p> : <Questionnaire assessmentId={a.id} entityId={entityId} areas={view.areas} editable={editable} confirmCarried={confirmCarriedAction.bind(null, locale, a.id, entityId)} />}
        </div>
      </div>
    </ClientMessages>
  );
}
