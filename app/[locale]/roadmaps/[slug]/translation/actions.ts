'use server';

import { revalidatePath } from 'next/cache';
import { runAction } from '@/lib/actions/define-action';
import { requestContext } from '@/lib/auth/server';
import { approveLanguage } from '@/lib/translation/approve-language';
import { reviewTranslations } from '@/lib/translation/review-translations';
import { setPublicationLanguages } from '@/lib/translation/set-languages';

const refresh = (locale: string, slug: string) => revalidatePath(`/${locale}/roadmaps/${slug}/translation`);

export async function reviewTranslationsAction(locale: string, slug: string, input: unknown) {
  const r = await runAction(reviewTranslations, await requestContext(locale), input);
  if (r.ok) refresh(locale, slug);
  return r;
}

export async function approveLanguageAction(locale: string, slug: string, input: unknown) {
  const r = await runAction(approveLanguage, await requestContext(locale), input);
  if (r.ok) refresh(locale, slug);
  return r;
}

export async function setPublicationLanguagesAction(locale: string, slug: string, input: unknown) {
  const r = await runAction(setPublicationLanguages, await requestContext(locale), input);
  if (r.ok) refresh(locale, slug);
  return r;
}
