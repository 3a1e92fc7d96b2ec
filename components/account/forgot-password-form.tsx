'use client';

import { useTranslations } from 'next-intl';
import { ActionForm, Field, type FormState } from '@/components/forms/action-form';
import { requestResetFormAction } from '@/app/[locale]/sign-in/actions';

export function ForgotPasswordForm({ locale }: { locale: string }) {
  const t = useTranslations('auth');
  const action = async (s: FormState, fd: FormData) => {
    const r = await requestResetFormAction(locale, s, fd);
    return r?.ok ? { ...r, message: t('linkSent') } : r;
  };
  return (
    <ActionForm action={action} submitLabel={t('sendLink')} className="mt-6 space-y-4">
      <Field name="email" type="email" label={t('email')} autoComplete="username" required />
    </ActionForm>
  );
}
