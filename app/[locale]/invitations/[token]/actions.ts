'use server';

import { runPublicAction } from '@/lib/actions/define-action';
import { formValues } from '@/lib/actions/form-data';
import { toFormState } from '@/lib/actions/form-state';
import { requestContext } from '@/lib/auth/server';
import { acceptInvitation } from '@/lib/invitations/accept-invitation';
import type { FormState } from '@/components/forms/action-form';

export async function acceptInvitationFormAction(locale: string, token: string, _s: FormState, fd: FormData): Promise<FormState> {
  const values = { ...formValues(fd), token };
  const r = await runPublicAction(acceptInvitation, await requestContext(locale), values);
  return toFormState(r, values, r.ok ? r.data.email : undefined);
}
