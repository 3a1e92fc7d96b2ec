'use server';

import { revalidatePath } from 'next/cache';
import { runAction } from '@/lib/actions/define-action';
import { formValues } from '@/lib/actions/form-data';
import { toFormState } from '@/lib/actions/form-state';
import { requestContext } from '@/lib/auth/server';
import { commentUpdate } from '@/lib/followup/comment-update';
import { reviewUpdate } from '@/lib/followup/review-update';
import { saveFollowUpSettings } from '@/lib/followup/save-settings';
import { submitUpdate } from '@/lib/followup/submit-update';
import { translator } from '@/lib/i18n/translate';
import type { FormState } from '@/components/forms/action-form';

const done = (locale: string) => translator(locale === 'en' ? 'en' : 'fr', 'followupPage')('saved');

const refresh = (locale: string, slug: string) => revalidatePath(`/${locale}/roadmaps/${slug}/follow-up`, 'layout');

export async function settingsFormAction(locale: string, slug: string, roadmapId: string, _s: FormState, fd: FormData): Promise<FormState> {
  const values = formValues(fd);
  const dueDay = typeof values.dueDay === 'string' && values.dueDay.trim() !== '' ? Number(values.dueDay) : undefined;
  const r = await runAction(saveFollowUpSettings, await requestContext(locale), { roadmapId, rhythm: values.rhythm, firstPeriod: values.firstPeriod, dueDay });
  if (r.ok) refresh(locale, slug);
  return toFormState(r, values, done(locale));
}

export async function submitUpdateAction(locale: string, slug: string, entityId: string, updateId: string, version: number) {
  const r = await runAction(submitUpdate, await requestContext(locale), { updateId, entityId, version });
  if (r.ok) refresh(locale, slug);
  return r;
}

export async function reviewFormAction(locale: string, slug: string, updateId: string, version: number, _s: FormState, fd: FormData): Promise<FormState> {
  const values = formValues(fd);
  const r = await runAction(reviewUpdate, await requestContext(locale), { updateId, version, decision: values.decision, note: values.note ?? '' });
  if (r.ok) refresh(locale, slug);
  return toFormState(r, values, done(locale));
}

export async function commentFormAction(locale: string, slug: string, updateId: string, entityId: string | null, _s: FormState, fd: FormData): Promise<FormState> {
  const values = formValues(fd);
  const r = await runAction(commentUpdate, await requestContext(locale), { updateId, entityId, body: values.body ?? '' });
  if (r.ok) refresh(locale, slug);
  return toFormState(r, values, done(locale));
}
