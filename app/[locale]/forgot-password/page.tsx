import { loadPublicPage } from '@/lib/page/load-page';
import { ForgotPasswordForm } from '@/components/account/forgot-password-form';
import { ClientMessages } from '@/components/shell/client-messages';
import { requestResetFormAction } from '../sign-in/actions';

type Props = { params: Promise<{ locale: string }> };

export default async function ForgotPasswordPage({ params }: Props) {
  const { locale, t } = await loadPublicPage(params, { namespace: 'auth' });
  return (
    <ClientMessages namespaces={['auth']}>
      <div className="mx-auto max-w-md">
        <h1 className="text-2xl font-semibold text-un-blue-dark">{t('forgotTitle')}</h1>
        <p className="mt-2 text-slate-700">{t('forgotIntro')}</p>
        <ForgotPasswordForm send={requestResetFormAction.bind(null, locale)} />
      </div>
    </ClientMessages>
  );
}
