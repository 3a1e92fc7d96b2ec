'use server';

import { revalidatePath } from 'next/cache';
import { runAction } from '@/lib/actions/define-action';
import { requestContext } from '@/lib/auth/server';
import { importFrameworkAction, problemsOf } from '@/lib/framework/import-framework-action';
import type { ImportFormState } from '@/components/framework/import-framework-form';

/** The upload form posts the file itself; the registered action validates, authorizes and imports it. */
export async function importFrameworkFormAction(locale: string, _state: ImportFormState, fd: FormData): Promise<ImportFormState> {
  const file = fd.get('file');
  const input = file instanceof File && file.size > 0 ? { filename: file.name, content: await file.text() } : { filename: '', content: '' };
  const r = await runAction(importFrameworkAction, await requestContext(locale), input);
  if (!r.ok) return { ok: false, error: r.error, problems: problemsOf(r) };
  if (r.data.status !== 'unchanged') revalidatePath(`/${locale}/framework`);
  const { slug, version, status, questions } = r.data;
  return { ok: true, summary: { slug, version, status, questions } };
}
