import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { SessionUser } from '@/lib/auth/session-user';
import { LanguageSwitcher } from './language-switcher';
import { UserMenu, type MenuLinks } from './user-menu';

type Props = { user: SessionUser | null; links: MenuLinks; signOut: () => Promise<void> };

export async function SiteHeader({ user, links, signOut }: Props) {
  const t = await getTranslations();
  return (
    <header className="bg-un-blue text-white shadow">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3 sm:px-6">
        <Link href="/" className="flex flex-col leading-tight">
          <span className="text-xl font-semibold tracking-tight">{t('app.name')}</span>
          <span className="text-xs text-blue-100">{t('app.tagline')}</span>
        </Link>
        <nav aria-label={t('nav.main')} className="flex items-center gap-4 text-sm">
          <Link href="/" className="rounded px-2 py-1 hover:bg-un-blue-dark">
            {t('nav.home')}
          </Link>
          <Link href="/framework" className="rounded px-2 py-1 hover:bg-un-blue-dark">
            {t('nav.framework')}
          </Link>
          {user && (
            <>
              <Link href="/assessments" className="rounded px-2 py-1 hover:bg-un-blue-dark">
                {t('nav.assessments')}
              </Link>
              <Link href="/roadmaps" className="rounded px-2 py-1 hover:bg-un-blue-dark">
                {t('nav.roadmaps')}
              </Link>
            </>
          )}
          <LanguageSwitcher />
          <UserMenu user={user} links={links} signOut={signOut} />
        </nav>
      </div>
    </header>
  );
}
