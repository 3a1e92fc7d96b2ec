import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { SessionUser } from '@/lib/auth/session-user';
import { mayViewProgramme } from '@/lib/programme/scope';
import { DisclosureMenu } from './disclosure-menu';
import { LanguageSwitcher } from './language-switcher';
import { SignInLink, UserMenu, UserMenuItems, type MenuLinks } from './user-menu';

type Props = { user: SessionUser | null; links: MenuLinks; signOut: () => Promise<void> };

/**
 * The header: on wide screens the links, the language switch and the user menu in one row;
 * under 1024 px (phones, and tablets where the links, the switch and a long user name no
 * longer fit in a row) one « Menu » button that opens every link, the language switch and
 * the user's links in a list (a disclosure: keyboard and screen-reader usable, Escape
 * closes it). Only one of the two is displayed, so a screen reader meets one navigation.
 */
export async function SiteHeader({ user, links, signOut }: Props) {
  const t = await getTranslations();
  const pages = [
    { href: '/', label: t('nav.home') },
    { href: '/framework', label: t('nav.framework') },
    ...(user ? [{ href: '/assessments', label: t('nav.assessments') }, { href: '/roadmaps', label: t('nav.roadmaps') }] : []),
    ...(user && mayViewProgramme(user) ? [{ href: '/programme', label: t('nav.programme') }] : []),
  ];
  return (
    <header className="on-dark bg-un-blue text-white shadow">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
        <Link href="/" className="flex min-w-0 flex-col leading-tight">
          <span className="text-xl font-semibold tracking-tight">{t('app.name')}</span>
          <span className="text-xs text-blue-100">{t('app.tagline')}</span>
        </Link>
        <nav aria-label={t('nav.main')} className="hidden shrink-0 items-center gap-3 text-sm lg:flex">
          {pages.map((p) => (
            <Link key={p.href} href={p.href} className="whitespace-nowrap rounded px-2 py-1 hover:bg-un-blue-dark">
              {p.label}
            </Link>
          ))}
          <LanguageSwitcher />
          {user ? <UserMenu user={user} links={links} signOut={signOut} /> : <SignInLink />}
        </nav>
        <DisclosureMenu
          className="lg:hidden"
          summaryClassName="flex cursor-pointer list-none items-center gap-2 rounded border border-white/60 px-3 py-2 text-sm font-medium hover:bg-un-blue-dark"
          summary={
            <>
              <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="currentColor"><path d="M2 4h16v2H2zm0 5h16v2H2zm0 5h16v2H2z" /></svg>
              {t('nav.menu')}
            </>
          }
        >
          <nav aria-label={t('nav.main')} className="on-light absolute inset-x-0 z-20 mt-3 border-t border-slate-200 bg-white px-4 py-3 text-ink shadow-lg">
            <ul className="space-y-1 text-base">
              {pages.map((p) => (
                <li key={p.href}><Link href={p.href} className="block rounded px-3 py-2 hover:bg-slate-100">{p.label}</Link></li>
              ))}
            </ul>
            <div className="mt-3 border-t border-slate-200 pt-3 text-sm [&_a]:text-un-blue-dark [&_span[aria-current]]:bg-un-blue [&_span[aria-current]]:text-white [&_a:hover]:bg-slate-100">
              <LanguageSwitcher />
            </div>
            <ul className="mt-3 space-y-1 border-t border-slate-200 pt-3 text-sm">
              {user ? (
                <UserMenuItems user={user} links={links} signOut={signOut} />
              ) : (
                <li><Link href="/sign-in" className="block rounded px-3 py-2 font-medium text-un-blue-dark hover:bg-slate-100">{t('nav.signIn')}</Link></li>
              )}
            </ul>
          </nav>
        </DisclosureMenu>
      </div>
    </header>
  );
}
