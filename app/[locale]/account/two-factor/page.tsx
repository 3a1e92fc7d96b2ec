import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireUser } from '@/lib/auth/server';
import { isLocale } from '@/lib/i18n/routing';
import { TwoFactorSetupForm } from '@/components/account/two-factor-setup';
import { ClientMessages } from '@/components/shell/client-messages';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ required?: string }> };

export default async function TwoFactorSetupPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const { required } = await searchParams;
  if (!isLocale(locale)) return null;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/account/two-factor`, { allowWithoutTwoFactor: true });
  const t = await getTranslations();
  return (
    <ClientMessages namespaces={['account', 'auth']}>
      <div className="mx-auto max-w-lg">
        <h1 className="text-2xl font-semibold text-un-blue-dark">{t('account.setupTitle')}</h1>
        {required && <p role="alert" className="mt-4 rounded border border-amber-300 bg-amber-50 px-3 py-2">{t('auth.twoFactorRequired')}</p>}
        {user.twoFactorEnabled ? <p className="mt-4">{t('account.twoFactorOn')}</p> : <TwoFactorSetupForm locale={locale} />}
      </div>
    </ClientMessages>
  );
}
