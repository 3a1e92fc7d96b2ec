import { loadPublicPage } from '@/lib/page/load-page';
import { ActionForm, Field } from '@/components/forms/action-form';
import { resetFormAction } from '../sign-in/actions';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string }> };

export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const { locale, t } = await loadPublicPage(params, { namespace: 'auth' });
  const { token = '' } = await searchParams;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-semibold text-un-blue-dark">{t('resetTitle')}</h1>
      <ActionForm action={resetFormAction.bind(null, locale)} submitLabel={t('reset')} className="mt-6 space-y-4">
        <input type="hidden" name="token" value={token} />
        <Field name="password" type="password" label={t('newPassword')} hint={t('passwordHint')} autoComplete="new-password" required />
        <Field name="confirm" type="password" label={t('confirmPassword')} autoComplete="new-password" required />
      </ActionForm>
    </div>
  );
}
