import { countryName } from '@/lib/country/names';
import { viewInvitation } from '@/lib/invitations/accept-invitation';
import { loadPublicPage } from '@/lib/page/load-page';
import { AcceptInvitationForm } from '@/components/account/accept-invitation-form';
import { ClientMessages } from '@/components/shell/client-messages';
import { inLocale } from '@/lib/i18n/pick';
import { Notice } from '@/components/ui/notice';
import { acceptInvitationFormAction } from './actions';

type Props = { params: Promise<{ locale: string; token: string }> };

export default async function InvitationPage({ params }: Props) {
  const { params: { token }, locale, publicDb, t } = await loadPublicPage(params);
  const found = /^[A-Za-z0-9_-]{20,100}$/.test(token) ? await viewInvitation(publicDb, token) : { state: 'invalid' as const };
  if (found.state !== 'open') {
    return (
      <div className="mx-auto max-w-md">
        <h1 className="text-2xl font-semibold text-un-blue-dark">{t('invitation.title')}</h1>
        <Notice large tone="warning" role="alert" className="mt-4">{t(`invitation.${found.state}`)}</Notice>
      </div>
    );
  }
  const inv = found.invitation;
  const { inviter, existing } = found;
  const country = inv.country ? countryName(inv.country.code, locale) : '';
  const entity = inv.entity ? inLocale(locale, inv.entity, 'name') : null;
  const scope = entity ? `${entity}, ${country}` : country || t('invitation.allCountries');
  return (
    <ClientMessages namespaces={['auth', 'invitation']}>
      <div className="mx-auto max-w-md">
        <h1 className="text-2xl font-semibold text-un-blue-dark">{t('invitation.title')}</h1>
        <p className="mt-2 text-slate-700">
          {t('invitation.intro', { inviter: inviter?.name ?? 'Jalon', role: t(`roles.${inv.role}`), scope })}
        </p>
        {existing && <p className="mt-2 text-sm text-slate-600">{t('invitation.existingAccount', { email: inv.email })}</p>}
        <h2 className="mt-6 text-lg font-semibold">{t('invitation.create')}</h2>
        <p className="text-sm text-slate-600">{inv.email}</p>
        <AcceptInvitationForm accept={acceptInvitationFormAction.bind(null, locale, token)} />
      </div>
    </ClientMessages>
  );
}
