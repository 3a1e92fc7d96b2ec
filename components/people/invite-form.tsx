'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { ActionForm, Field, type FormState } from '@/components/forms/action-form';
import type { InviteOptions } from '@/lib/invitations/list-invitations';

/** `invite`: the server action that sends the invitation, bound to the page's language. */
export function InviteForm({ locale, invite, options }: { locale: string; invite: (state: FormState, data: FormData) => Promise<FormState>; options: InviteOptions }) {
  const t = useTranslations();
  const format = useFormatter();
  const action = async (s: FormState, fd: FormData) => {
    const r = await invite(s, fd);
    return r?.ok && r.message
      ? { ...r, message: t('people.sent', { email: String(fd.get('email')), date: format.dateTime(new Date(r.message), { dateStyle: 'long' }) }) }
      : r;
  };
  const select = 'rounded border border-slate-300 bg-white px-3 py-2';
  return (
    <ActionForm action={action} submitLabel={t('people.send')} className="mt-4 space-y-4">
      <Field name="email" type="email" label={t('people.email')} autoComplete="off" required />
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t('people.role')}
        <select name="role" className={select} defaultValue={options.roles.includes('CONTRIBUTOR') ? 'CONTRIBUTOR' : options.roles[0]}>
          {options.roles.map((r) => <option key={r} value={r}>{t(`roles.${r}`)}</option>)}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t('people.country')}
        <select name="countryId" className={select}>
          {options.countries.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          {options.roles.includes('ADMIN') && <option value="">{t('invitation.allCountries')}</option>}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t('people.entity')}
        <select name="entityId" className={select} defaultValue="">
          <option value="">{t('people.noEntity')}</option>
          {options.countries.map((c) => (
            <optgroup key={c.id} label={c.name}>
              {c.entities.map((e) => <option key={e.id} value={e.id}>{e.name}</option>)}
            </optgroup>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t('people.language')}
        <select name="locale" className={select} defaultValue={locale}>
          <option value="fr">{t('language.fr')}</option>
          <option value="en">{t('language.en')}</option>
        </select>
      </label>
    </ActionForm>
  );
}
