import { getTranslations } from 'next-intl/server';

/**
 * Until accounts land (access issue), the menu says who the visitor is and why there is
 * nothing to sign in to. A <details> disclosure: keyboard and screen-reader friendly, no script.
 */
export async function UserMenu() {
  const t = await getTranslations('user');
  return (
    <details className="relative">
      <summary
        aria-label={t('menu')}
        className="flex cursor-pointer list-none items-center gap-2 rounded px-2 py-1 hover:bg-un-blue-dark"
      >
        <span aria-hidden="true" className="grid h-7 w-7 place-items-center rounded-full bg-white text-xs font-bold text-un-blue-dark">
          ?
        </span>
        <span>{t('guest')}</span>
      </summary>
      <div className="absolute right-0 z-10 mt-2 w-72 rounded border border-slate-200 bg-white p-4 text-sm text-ink shadow-lg">
        <p className="font-medium">{t('notSignedIn')}</p>
        <p className="mt-2 text-slate-600">{t('accountsSoon')}</p>
      </div>
    </details>
  );
}
