'use client';

import { useTranslations } from 'next-intl';

// No message or stack from the error reaches the page: they may hold SQL or paths.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations('errors');
  return (
    <div role="alert" className="max-w-xl">
      <h1 className="text-2xl font-semibold">{t('serverTitle')}</h1>
      <p className="mt-2 text-slate-700">{t('server')}</p>
      <button type="button" onClick={reset} className="mt-4 rounded bg-un-blue px-4 py-2 text-white">
        {t('retry')}
      </button>
    </div>
  );
}
