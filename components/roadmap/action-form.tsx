'use client';

import { useTranslations } from 'next-intl';
import { ActionForm, Field, Select, TextArea, type FormState } from '@/components/forms/action-form';
import { IndicatorRows } from './indicator-rows';
import { ACTION_STATUSES, CURRENCIES, FUNDING, PRIORITIES } from '@/lib/roadmap/schemas';

type Option = { id: string; name: string };
type Props = {
  action: (s: FormState, fd: FormData) => Promise<FormState>;
  values: Record<string, string>;
  selected: { supportingEntityIds: string[]; questionIds: string[]; paragraphIds: string[] };
  options: { entities: Option[]; questions: Option[]; paragraphs: Option[]; objectives: Option[] };
};

/** Every column of the action matrix, with the errors in the user's language next to each field. */
export function RoadmapActionForm({ action, values, selected, options }: Props) {
  const t = useTranslations('roadmap');
  const opts = (list: Option[]) => list.map((o) => ({ value: o.id, label: o.name }));
  return (
    <ActionForm action={action} submitLabel={t('save')} className="grid gap-4 md:grid-cols-2">
      <div className="md:col-span-2"><Field name="title" label={t('action.title')} defaultValue={values.title} required /></div>
      <div className="md:col-span-2"><TextArea name="description" label={t('action.description')} defaultValue={values.description} rows={4} /></div>
      <Select name="leadEntityId" label={t('action.lead')} defaultValue={values.leadEntityId} empty={t('action.none')} options={opts(options.entities)} />
      <Select name="objectiveId" label={t('action.objective')} defaultValue={values.objectiveId} empty={t('action.none')} options={opts(options.objectives)} />
      <Select name="supportingEntityIds" label={t('action.supporting')} multiple defaultValue={selected.supportingEntityIds} options={opts(options.entities)} />
      <Field name="partners" label={t('action.partners')} hint={t('action.partnersHint')} defaultValue={values.partners} />
      <Field name="startPeriod" label={t('action.start')} hint={t('action.periodHint')} defaultValue={values.startPeriod} />
      <Field name="endPeriod" label={t('action.end')} hint={t('action.periodHint')} defaultValue={values.endPeriod} />
      <Select name="priority" label={t('action.priority')} defaultValue={values.priority || 'MEDIUM'} options={PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) }))} />
      <Select name="status" label={t('action.status')} defaultValue={values.status || 'PLANNED'} options={ACTION_STATUSES.map((s) => ({ value: s, label: t(`actionStatus.${s}`) }))} />
      <IndicatorRows values={values} />
      <Field name="costAmount" label={t('action.cost')} defaultValue={values.costAmount} inputMode="numeric" />
      <Select name="currency" label={t('action.currency')} defaultValue={values.currency} empty={t('action.none')} options={CURRENCIES.map((c) => ({ value: c, label: c }))} />
      <Select name="fundingSource" label={t('action.funding')} defaultValue={values.fundingSource} empty={t('action.none')} options={FUNDING.map((f) => ({ value: f, label: t(`funding.${f}`) }))} />
      <div />
      <Select name="questionIds" label={t('action.questions')} multiple defaultValue={selected.questionIds} options={opts(options.questions)} />
      <Select name="paragraphIds" label={t('action.paragraphs')} multiple defaultValue={selected.paragraphIds} options={opts(options.paragraphs)} />
    </ActionForm>
  );
}
