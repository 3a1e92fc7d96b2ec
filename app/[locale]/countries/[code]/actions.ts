'use server';

import { revalidatePath } from 'next/cache';
import { runAction } from '@/lib/actions/define-action';
import { requestContext } from '@/lib/auth/server';
import { removeEmblem, setEmblem } from '@/lib/country/emblem';
import type { EmblemState } from '@/components/country/emblem-form';

/** The emblem file, checked from its bytes, redrawn and stored by lib/country/emblem.ts. */
export async function setEmblemFormAction(locale: string, countryId: string, code: string, fd: FormData): Promise<EmblemState> {
  const file = fd.get('file');
  const bytes = file instanceof File ? Buffer.from(await file.arrayBuffer()) : Buffer.alloc(0);
  const r = await runAction(setEmblem, await requestContext(locale), {
    countryId, filename: file instanceof File ? file.name : '', content: bytes.toString('base64'),
  });
  if (!r.ok) return { ok: false, error: r.error };
  revalidatePath(`/${locale}/countries/${code}`);
  return { ok: true, done: 'saved' };
}

export async function removeEmblemFormAction(locale: string, countryId: string, code: string): Promise<EmblemState> {
  const r = await runAction(removeEmblem, await requestContext(locale), { countryId });
  if (!r.ok) return { ok: false, error: r.error };
  revalidatePath(`/${locale}/countries/${code}`);
  return { ok: true, done: 'removed' };
}
