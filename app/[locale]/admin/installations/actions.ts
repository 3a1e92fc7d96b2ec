'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { runAction } from '@/lib/actions/define-action';
import { formValues } from '@/lib/actions/form-data';
import { toFormState } from '@/lib/actions/form-state';
import type { FormState } from '@/components/forms/action-form';
import { requestContext } from '@/lib/auth/server';
import { registerPeer, revokePeer } from '@/lib/installation/peer-actions';

export async function registerPeerFormAction(locale: string, _s: FormState, fd: FormData): Promise<FormState> {
  const values = formValues(fd);
  const r = await runAction(registerPeer, await requestContext(locale), values);
  if (r.ok) revalidatePath(`/${locale}/admin/installations`);
  return toFormState(r, values, (await getTranslations({ locale, namespace: 'installation' }))('added'));
}

export async function revokePeerFormAction(locale: string, peerId: string) {
  await runAction(revokePeer, await requestContext(locale), { peerId });
  revalidatePath(`/${locale}/admin/installations`);
}
