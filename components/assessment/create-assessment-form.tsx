'use client';

import { useTranslations } from 'next-intl';
import { ActionForm, Field, type FormState } from '@/components/forms/action-form';
import type { CreateOptions } from '@/lib/assessment/list-assessments';

export function CreateAssessmentForm({ options, action }: { options: CreateOptions; action: (s: FormState, fd: FormData) => Promise<FormState> }) {
  const t = useTranslations('assessment.create');
  const select = 'rounded border border-slate-300 bg-white px-3 py-2';
  return (
    <ActionForm action={action} submitLabel={t('submit')} className="mt-4 space-y-4">
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t('country')}
        <select name="countryId" className={select}>
          {options.countries.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t('framework')}
        <select name="frameworkVersionId" className={select}>
          {options.frameworks.map((f) => <option key={f.id} value={f.id}>{f.title}</option>)}
        </select>
      </label>
      <Field name="title" label={t('name')} defaultValue={t('namePlaceholder')} required />
    </ActionForm>
  );
}
