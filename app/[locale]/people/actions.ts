'use server';

import { revalidatePath } from 'next/cache';
import { runAction } from '@/lib/actions/define-action';
import { formValues } from '@/lib/actions/form-data';
import { toFormState } from '@/lib/actions/form-state';
import { requestContext } from '@/lib/auth/server';
import { inviteUser } from '@/lib/invitations/invite-user';
import { revokeInvitation } from '@/lib/invitations/revoke-invitation';
import type { FormState } from '@/components/forms/action-form';

export async function inviteFormAction(locale: string, _s: FormState, fd: FormData): Promise<FormState> {
  const raw = formValues(fd);
  // The form sends "" for "none"; the schema wants null.
  const values = { ...raw, countryId: raw.countryId || null, entityId: raw.entityId || null };
  const r = await runAction(inviteUser, await requestContext(locale), values);
  if (r.ok) revalidatePath(`/${locale}/people`);
  return toFormState(r, raw, r.ok ? r.data.expiresAt : undefined);
}

export async function revokeInvitationAction(locale: string, invitationId: string) {
  const r = await runAction(revokeInvitation, await requestContext(locale), { invitationId });
  revalidatePath(`/${locale}/people`);
  return r;
}
