import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { SessionUser } from '@/lib/auth/session-user';
import { DisclosureMenu } from './disclosure-menu';

export type MenuLinks = { people: boolean; audit: boolean; outbox: boolean; installations: boolean; countries: boolean };

type Props = { user: SessionUser; links: MenuLinks; signOut: () => Promise<void> };

/** The signed-in user's links and the sign-out button, as list items (the menu and the phone menu). */
export async function UserMenuItems({ user, links, signOut }: Props) {
  const t = await getTranslations();
  const item = 'block rounded px-3 py-2 hover:bg-slate-100';
  return (
    <>
      <li className="px-3 py-2 text-xs text-slate-600">{user.email}</li>
      <li><Link href="/account" className={item}>{t('nav.account')}</Link></li>
      {links.people && <li><Link href="/people" className={item}>{t('nav.people')}</Link></li>}
      {links.audit && <li><Link href="/audit" className={item}>{t('nav.audit')}</Link></li>}
      {links.countries && <li><Link href="/admin/countries" className={item}>{t('nav.countries')}</Link></li>}
      {links.outbox && <li><Link href="/admin/outbox" className={item}>{t('nav.outbox')}</Link></li>}
      {links.installations && <li><Link href="/admin/installations" className={item}>{t('nav.installations')}</Link></li>}
      <li>
        <form action={signOut}>
          <button type="submit" className={`${item} w-full text-left`}>{t('auth.signOut')}</button>
        </form>
      </li>
    </>
  );
}

export async function SignInLink() {
  const t = await getTranslations();
  return (
    <Link href="/sign-in" className="rounded bg-white px-3 py-1 font-medium text-un-blue-dark hover:bg-blue-50">
      {t('nav.signIn')}
    </Link>
  );
}

/**
 * The signed-in user's menu: a <details> disclosure (it works without script) that closes on
 * Escape and when focus leaves it. Its name is the visible user name, after a hidden « Menu
 * de … » (WCAG 2.5.3: the accessible name contains the visible text). The links shown follow
 * what the user may do; the pages check again.
 */
export async function UserMenu({ user, links, signOut }: Props) {
  const t = await getTranslations();
  const initials = user.name.split(/\s+/).map((w) => w[0]).join('').slice(0, 2).toUpperCase();
  return (
    <DisclosureMenu
      className="relative"
      summaryClassName="flex cursor-pointer list-none items-center gap-2 rounded px-2 py-1 hover:bg-un-blue-dark"
      summary={
        <>
          <span aria-hidden="true" className="grid h-7 w-7 place-items-center rounded-full bg-white text-xs font-bold text-un-blue-dark">{initials}</span>
          <span className="sr-only">{t('user.menu')} </span>
          {/* A long name is cut on screen, never in its accessible name (the text stays whole). */}
          <span className="max-w-[12rem] truncate">{user.name}</span>
        </>
      }
    >
      <ul className="on-light absolute right-0 z-10 mt-2 w-64 rounded border border-slate-200 bg-white p-2 text-sm text-ink shadow-lg">
        <UserMenuItems user={user} links={links} signOut={signOut} />
      </ul>
    </DisclosureMenu>
  );
}
