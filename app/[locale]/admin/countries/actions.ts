'use server';

import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { runAction } from '@/lib/actions/define-action';
import { requestContext } from '@/lib/auth/server';
import { createCountry } from '@/lib/country/create-country';
import { importRegister, registerProblemsOf } from '@/lib/country/import-register';
import type { CreateCountryState, RegisterImportState } from '@/components/admin/country-forms';

/** Adds the country, then opens its register's import. */
export async function createCountryFormAction(locale: string, _state: CreateCountryState, fd: FormData): Promise<CreateCountryState> {
  const r = await runAction(createCountry, await requestContext(locale), { code: fd.get('code') ?? '', currency: fd.get('currency') || undefined });
  if (!r.ok) return { error: r.error, fields: r.fields };
  revalidatePath(`/${locale}`);
  redirect(`/${locale}/admin/countries/${r.data.code.toLowerCase()}?created=1`);
}

/** The register file, checked (a preview) or, with `confirm`, imported. */
export async function importRegisterFormAction(locale: string, countryId: string, fd: FormData): Promise<RegisterImportState> {
  const file = fd.get('file');
  const bytes = file instanceof File ? Buffer.from(await file.arrayBuffer()) : Buffer.alloc(0);
  const r = await runAction(importRegister, await requestContext(locale), {
    countryId, filename: file instanceof File ? file.name : '', content: bytes.toString('base64'), confirm: fd.get('confirm') === '1',
  });
  if (!r.ok) return { ok: false, error: r.error, problems: registerProblemsOf(r) };
  if (r.data.applied) revalidatePath(`/${locale}/countries`, 'layout');
  return { ok: true, ...r.data };
}
