'use client';

import { useTranslations } from 'next-intl';
import { ActionForm, Field, type FormState } from '@/components/forms/action-form';

/** `send`: the server action that mails the reset link, bound to the page's language. */
export function ForgotPasswordForm({ send }: { send: (state: FormState, data: FormData) => Promise<FormState> }) {
  const t = useTranslations('auth');
  const action = async (s: FormState, fd: FormData) => {
    const r = await send(s, fd);
    return r?.ok ? { ...r, message: t('linkSent') } : r;
  };
  return (
    <ActionForm action={action} submitLabel={t('sendLink')} className="mt-6 space-y-4">
      <Field name="email" type="email" label={t('email')} autoComplete="username" required />
    </ActionForm>
  );
}
