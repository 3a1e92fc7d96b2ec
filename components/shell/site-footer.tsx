import { getTranslations } from 'next-intl/server';

export async function SiteFooter() {
  const t = await getTranslations('footer');
  return (
    <footer className="border-t border-slate-200 bg-white">
      <div className="mx-auto max-w-6xl space-y-1 px-4 py-6 text-xs text-slate-600 sm:px-6">
        <p>{t('basis')}</p>
        <p>{t('sensitive')}</p>
      </div>
    </footer>
  );
}
