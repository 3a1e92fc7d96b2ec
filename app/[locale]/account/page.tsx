import { describeMemberships } from '@/lib/auth/describe-memberships';
import { loadPage } from '@/lib/page/load-page';
import { Link } from '@/lib/i18n/navigation';
import { signOutAction, signOutEverywhereAction } from './actions';

type Props = { params: Promise<{ locale: string }> };

export default async function AccountPage({ params }: Props) {
  const { locale, user, db, t } = await loadPage(params, { path: '/account', allowWithoutTwoFactor: true });
  const roles = await describeMemberships(db, user.memberships, locale, t);
  return (
    <div className="max-w-2xl space-y-8">
      <div>
        <h1 className="text-2xl font-semibold text-un-blue-dark">{t('account.title')}</h1>
        <p className="mt-1 text-slate-700">{user.name} · {user.email}</p>
      </div>
      <section aria-labelledby="roles">
        <h2 id="roles" className="text-lg font-semibold">{t('account.memberships')}</h2>
        {roles.length ? (
          <ul className="mt-2 list-disc pl-6">{roles.map((r) => <li key={r}>{r}</li>)}</ul>
        ) : (
          <p className="mt-2 text-slate-600">{t('account.noMemberships')}</p>
        )}
      </section>
      <section aria-labelledby="security" className="space-y-3">
        <h2 id="security" className="text-lg font-semibold">{t('auth.twoFactorTitle')}</h2>
        <p>{user.twoFactorEnabled ? t('account.twoFactorOn') : t('account.twoFactorOff')}</p>
        {!user.twoFactorEnabled && (
          <Link href="/account/two-factor" className="inline-block rounded bg-un-blue px-4 py-2 text-white">{t('account.setUpTwoFactor')}</Link>
        )}
      </section>
      <section className="flex flex-wrap gap-3">
        <form action={signOutAction.bind(null, locale)}>
          <button type="submit" className="rounded border border-slate-300 bg-white px-4 py-2">{t('auth.signOut')}</button>
        </form>
        <form action={signOutEverywhereAction.bind(null, locale)}>
          <button type="submit" className="rounded border border-slate-300 bg-white px-4 py-2">{t('auth.signOutEverywhere')}</button>
        </form>
      </section>
    </div>
  );
}
