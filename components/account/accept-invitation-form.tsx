'use client';

import { useTranslations } from 'next-intl';
import { ActionForm, Field, type FormState } from '@/components/forms/action-form';
import { Link } from '@/lib/i18n/navigation';
import { useState } from 'react';
import { Notice } from '@/components/ui/notice';

/** `accept`: the server action that accepts this invitation, bound to the page's language and token. */
export function AcceptInvitationForm({ accept }: { accept: (state: FormState, data: FormData) => Promise<FormState> }) {
  const t = useTranslations();
  const [done, setDone] = useState<string | null>(null);
  const action = async (s: FormState, fd: FormData) => {
    const r = await accept(s, fd);
    if (r?.ok && r.message) setDone(r.message);
    return r;
  };
  if (done) {
    return (
      <div role="status" className="mt-4 space-y-3">
        <Notice large tone="success" role="none">{t('invitation.accepted', { email: done })}</Notice>
        <Link href="/sign-in" className="inline-block rounded bg-un-blue px-4 py-2 text-white">{t('auth.signIn')}</Link>
      </div>
    );
  }
  return (
    <ActionForm action={action} submitLabel={t('invitation.accept')} className="mt-4 space-y-4">
      <Field name="name" label={t('invitation.name')} autoComplete="name" required />
      <Field name="password" type="password" label={t('auth.password')} hint={t('auth.passwordHint')} autoComplete="new-password" required />
      <Field name="confirm" type="password" label={t('auth.confirmPassword')} autoComplete="new-password" required />
    </ActionForm>
  );
}
