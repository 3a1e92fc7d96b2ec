import { Link } from '@/lib/i18n/navigation';
import { loadPublicPage } from '@/lib/page/load-page';
import { DEMO_PASSWORD, DEMO_USERS, hasDemoData } from '@/lib/seed/seed-demo';
import { ActionForm, Field } from '@/components/forms/action-form';
import { signInFormAction } from './actions';
import { Notice } from '@/components/ui/notice';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string; reset?: string }> };

export default async function SignInPage({ params, searchParams }: Props) {
  const { locale, publicDb, t } = await loadPublicPage(params, { namespace: 'auth' });
  const { next = '', reset } = await searchParams;
  // Only an installation that holds the demo data says how to enter it.
  const demo = await hasDemoData(publicDb);
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-semibold text-un-blue-dark">{t('signInTitle')}</h1>
      <p className="mt-2 text-slate-700">{t('signInIntro')}</p>
      {reset && <Notice tone="success" className="mt-4">{t('resetDone')}</Notice>}
      <ActionForm action={signInFormAction.bind(null, locale, next)} submitLabel={t('signIn')} className="mt-6 space-y-4">
        <Field name="email" type="email" label={t('email')} autoComplete="username" required />
        <Field name="password" type="password" label={t('password')} autoComplete="current-password" required />
      </ActionForm>
      <p className="mt-4 text-sm">
        <Link href="/forgot-password" className="text-un-blue underline">{t('forgot')}</Link>
      </p>
      {demo && (
        <p role="note" className="mt-8 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-xs text-amber-900">
          {t('demoHint', { emails: DEMO_USERS.map((u) => u.email).join(', '), password: DEMO_PASSWORD })}
        </p>
      )}
    </div>
  );
}
