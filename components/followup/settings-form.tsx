'use client';

import { useTranslations } from 'next-intl';
import { ActionForm, Field, Select, type FormState } from '@/components/forms/action-form';
import { RHYTHMS } from '@/lib/followup/periods';

type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  current: { rhythm: string; firstPeriod: string; dueDay: number } | null;
};

/** The coordinator opens the follow-up, or changes its rhythm, first period and due day. */
export function SettingsForm({ action, current }: Props) {
  const t = useTranslations('followupPage.settings');
  const tr = useTranslations('followupPage.rhythm');
  return (
    <ActionForm action={action} submitLabel={current ? t('save') : t('open')} className="max-w-xl space-y-4">
      <Select name="rhythm" label={t('rhythm')} defaultValue={current?.rhythm ?? 'QUARTERLY'} options={RHYTHMS.map((r) => ({ value: r, label: tr(r) }))} />
      <Field name="firstPeriod" label={t('firstPeriod')} hint={t('firstPeriodHint')} defaultValue={current?.firstPeriod ?? ''} />
      <Field name="dueDay" label={t('dueDay')} hint={t('dueDayHint')} type="number" inputMode="numeric" defaultValue={String(current?.dueDay ?? 15)} />
      {current && <p className="text-sm text-slate-600">{t('lockedHint')}</p>}
    </ActionForm>
  );
}
