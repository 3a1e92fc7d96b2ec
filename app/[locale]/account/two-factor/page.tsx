import { loadPage } from '@/lib/page/load-page';
import { TwoFactorSetupForm } from '@/components/account/two-factor-setup';
import { ClientMessages } from '@/components/shell/client-messages';
import { Notice } from '@/components/ui/notice';
import { confirmTwoFactorAction, startTwoFactorAction } from '../actions';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ required?: string }> };

export default async function TwoFactorSetupPage({ params, searchParams }: Props) {
  const { locale, user, t } = await loadPage(params, { path: '/account/two-factor', allowWithoutTwoFactor: true });
  const { required } = await searchParams;
  return (
    <ClientMessages namespaces={['account', 'auth']}>
      <div className="mx-auto max-w-lg">
        <h1 className="text-2xl font-semibold text-un-blue-dark">{t('account.setupTitle')}</h1>
        {required && <Notice large tone="warning" role="alert" className="mt-4">{t('auth.twoFactorRequired')}</Notice>}
        {user.twoFactorEnabled ? <p className="mt-4">{t('account.twoFactorOn')}</p> : <TwoFactorSetupForm start={startTwoFactorAction.bind(null, locale)} confirm={confirmTwoFactorAction.bind(null, locale)} />}
      </div>
    </ClientMessages>
  );
}
