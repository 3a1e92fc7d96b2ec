'use client';

import { useTranslations } from 'next-intl';
import { ActionForm, Field, TextArea, type FormState } from '@/components/forms/action-form';

/** Name and public key of a partner installation, with the errors beside each field. */
export function RegisterPeerForm({ action }: { action: (s: FormState, fd: FormData) => Promise<FormState> }) {
  const t = useTranslations('installation');
  return (
    <ActionForm action={action} submitLabel={t('add')}>
      <Field name="name" label={t('name')} hint={t('nameHint')} required />
      <TextArea name="publicKey" label={t('publicKey')} hint={t('publicKeyHint')} rows={4} />
    </ActionForm>
  );
}
