'use client';

import { useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import type { TwoFactorSetup } from '@/lib/auth/actions';
import { Notice } from '@/components/ui/notice';
import type { MessageKey, Result } from '@/lib/result';

/** Two steps: confirm the password to get the key, then prove the app works with a code. */
/** `start` and `confirm`: the server actions of the two steps, bound to the page's language. */
export function TwoFactorSetupForm({ start: startSetup, confirm }: { start: (fd: FormData) => Promise<Result<TwoFactorSetup>>; confirm: (fd: FormData) => Promise<Result<null>> }) {
  const t = useTranslations();
  const router = useRouter();
  const [setup, setSetup] = useState<TwoFactorSetup | null>(null);
  const [error, setError] = useState<MessageKey | null>(null);
  const [pending, start] = useTransition();

  const submit = (fn: (fd: FormData) => Promise<void>) => (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    start(() => fn(fd));
  };

  return (
    <div className="mt-6 space-y-6">
      <div aria-live="polite">{error && <Notice tone="error">{t(error)}</Notice>}</div>
      {!setup ? (
        <form
          className="space-y-4"
          onSubmit={submit(async (fd) => {
            const r = await startSetup(fd);
            if (r.ok) { setSetup(r.data); setError(null); } else setError(r.error);
          })}
        >
          <p>{t('account.setupIntro')}</p>
          <label className="flex flex-col gap-1">
            <span className="text-sm font-medium">{t('auth.password')}</span>
            <input name="password" type="password" autoComplete="current-password" required className="rounded border border-slate-300 px-3 py-2" />
          </label>
          <button type="submit" disabled={pending} className="rounded bg-un-blue px-4 py-2 text-white disabled:opacity-60">{pending ? t('form.saving') : t('account.generate')}</button>
        </form>
      ) : (
        <form
          className="space-y-4"
          onSubmit={submit(async (fd) => {
            const r = await confirm(fd);
            if (r.ok) router.push('/account');
            else setError(r.error);
          })}
        >
          <p>{t('account.scan')}</p>
          <div role="img" aria-label={t('account.qrAlt')} className="h-48 w-48 bg-white p-2" dangerouslySetInnerHTML={{ __html: setup.qrSvg }} />
          <p className="text-sm">
            {t('account.secret')} <code data-testid="totp-secret" className="select-all break-all rounded bg-slate-100 px-2 py-1">{setup.secret}</code>
          </p>
          <div>
            <p className="text-sm">{t('account.backupCodes')}</p>
            <ul className="mt-2 grid grid-cols-2 gap-1 font-mono text-sm">{setup.backupCodes.map((c) => <li key={c}>{c}</li>)}</ul>
          </div>
          <p>{t('account.confirmCode')}</p>
          <label className="flex flex-col gap-1">
            <span className="text-sm font-medium">{t('auth.code')}</span>
            <input name="code" inputMode="numeric" autoComplete="one-time-code" required className="rounded border border-slate-300 px-3 py-2" />
          </label>
          <button type="submit" disabled={pending} className="rounded bg-un-blue px-4 py-2 text-white disabled:opacity-60">{pending ? t('form.saving') : t('auth.verify')}</button>
        </form>
      )}
    </div>
  );
}
