import { getTranslations, setRequestLocale } from 'next-intl/server';
import { isLocale } from '@/lib/i18n/routing';
import { ForgotPasswordForm } from '@/components/account/forgot-password-form';
import { ClientMessages } from '@/components/shell/client-messages';

type Props = { params: Promise<{ locale: string }> };

export default async function ForgotPasswordPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) return null;
  setRequestLocale(locale);
  const t = await getTranslations('auth');
  return (
    <ClientMessages namespaces={['auth']}>
      <div className="mx-auto max-w-md">
        <h1 className="text-2xl font-semibold text-un-blue-dark">{t('forgotTitle')}</h1>
        <p className="mt-2 text-slate-700">{t('forgotIntro')}</p>
        <ForgotPasswordForm locale={locale} />
      </div>
    </ClientMessages>
  );
}
