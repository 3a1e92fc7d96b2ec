import { loadPublicPage } from '@/lib/page/load-page';
import { ActionForm, Field } from '@/components/forms/action-form';
import { totpFormAction } from '../actions';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string }> };

export default async function TwoFactorPage({ params, searchParams }: Props) {
  const { locale, t } = await loadPublicPage(params, { namespace: 'auth' });
  const { next = '' } = await searchParams;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-semibold text-un-blue-dark">{t('twoFactorTitle')}</h1>
      <p className="mt-2 text-slate-700">{t('twoFactorIntro')}</p>
      <ActionForm action={totpFormAction.bind(null, locale, next)} submitLabel={t('verify')} className="mt-6 space-y-4">
        <Field name="code" label={t('code')} autoComplete="one-time-code" inputMode="numeric" required />
      </ActionForm>
    </div>
  );
}
