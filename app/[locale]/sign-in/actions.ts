'use server';

import { redirect } from 'next/navigation';
import { runPublicAction } from '@/lib/actions/define-action';
import { formValues, safeNext } from '@/lib/actions/form-data';
import { toFormState } from '@/lib/actions/form-state';
import { requestPasswordReset, resetPassword, signInAction, verifyTotpAction } from '@/lib/auth/actions';
import { requestContext } from '@/lib/auth/server';
import type { FormState } from '@/components/forms/action-form';

export async function signInFormAction(locale: string, next: string, _s: FormState, fd: FormData): Promise<FormState> {
  const values = formValues(fd);
  const r = await runPublicAction(signInAction, await requestContext(locale), values);
  if (!r.ok) return toFormState(r, values);
  const target = safeNext(next, locale);
  if (r.data.twoFactor) redirect(`/${locale}/sign-in/two-factor?next=${encodeURIComponent(target)}`);
  redirect(r.data.setupRequired ? `/${locale}/account/two-factor?required=1` : target);
}

export async function totpFormAction(locale: string, next: string, _s: FormState, fd: FormData): Promise<FormState> {
  const values = formValues(fd);
  const r = await runPublicAction(verifyTotpAction, await requestContext(locale), values);
  if (!r.ok) return toFormState(r, values);
  redirect(safeNext(next, locale));
}

export async function requestResetFormAction(locale: string, _s: FormState, fd: FormData): Promise<FormState> {
  const values = formValues(fd);
  const ctx = await requestContext(locale);
  const r = await runPublicAction(requestPasswordReset, ctx, values);
  return toFormState(r, values, 'sent');
}

export async function resetFormAction(locale: string, _s: FormState, fd: FormData): Promise<FormState> {
  const values = formValues(fd);
  const r = await runPublicAction(resetPassword, await requestContext(locale), values);
  if (!r.ok) return toFormState(r, values);
  redirect(`/${locale}/sign-in?reset=1`);
}
