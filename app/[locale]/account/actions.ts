'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { runAction } from '@/lib/actions/define-action';
import { formValues } from '@/lib/actions/form-data';
import { confirmTwoFactor, signOutEverywhere, startTwoFactorSetup, type TwoFactorSetup } from '@/lib/auth/actions';
import { auth, requestContext } from '@/lib/auth/server';
import type { Result } from '@/lib/result';

export async function signOutAction(locale: string) {
  await auth.api.signOut({ headers: await headers() });
  redirect(`/${locale}`);
}

export async function signOutEverywhereAction(locale: string) {
  await runAction(signOutEverywhere, await requestContext(locale), {});
  redirect(`/${locale}/sign-in`);
}

export async function startTwoFactorAction(locale: string, fd: FormData): Promise<Result<TwoFactorSetup>> {
  return runAction(startTwoFactorSetup, await requestContext(locale), formValues(fd));
}

export async function confirmTwoFactorAction(locale: string, fd: FormData): Promise<Result<null>> {
  return runAction(confirmTwoFactor, await requestContext(locale), formValues(fd));
}
