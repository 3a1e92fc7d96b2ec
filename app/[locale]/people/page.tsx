import { notFound } from 'next/navigation';
import { listInvitations } from '@/lib/invitations/list-invitations';
import { loadPage } from '@/lib/page/load-page';
import { InviteForm } from '@/components/people/invite-form';
import { revokeInvitationAction } from './actions';
import { ClientMessages } from '@/components/shell/client-messages';
import { Cell, RowHeader, Table } from '@/components/ui/table';
import { inviteFormAction } from './actions';

type Props = { params: Promise<{ locale: string }> };

/** Each state of an invitation and its label. */
const INVITATION_STATUS = { pending: 'people.statusPending', expired: 'people.statusExpired', revoked: 'people.statusRevoked', accepted: 'people.statusAccepted' } as const;

export default async function PeoplePage({ params }: Props) {
  const { locale, user, db, t, format } = await loadPage(params, { path: '/people' });
  const { rows, options } = await listInvitations(db, user, locale);
  if (options.roles.length === 0) notFound();
  return (
    <ClientMessages namespaces={['people', 'roles', 'invitation']}>
      <div className="space-y-10">
        <h1 className="text-2xl font-semibold text-un-blue-dark">{t('people.title')}</h1>
        <section aria-labelledby="invite" className="max-w-xl">
          <h2 id="invite" className="text-lg font-semibold">{t('people.invite')}</h2>
          <InviteForm locale={locale} invite={inviteFormAction.bind(null, locale)} options={options} />
        </section>
        <section aria-labelledby="pending">
          <h2 id="pending" className="text-lg font-semibold">{t('people.pending')}</h2>
          {rows.length === 0 ? (
            <p className="mt-2 text-slate-600">{t('people.none')}</p>
          ) : (
            <Table
              className="mt-2"
              caption={t('people.pending')}
              columns={[t('people.email'), t('people.role'), t('people.entity'), t('people.status'), <span key="revoke" className="sr-only">{t('people.revoke')}</span>]}
            >
                  {rows.map((r) => (
                    <tr key={r.id}>
                      <RowHeader>{r.email}</RowHeader>
                      <Cell>{t(`roles.${r.role}`)}{r.country ? ` · ${r.country}` : ''}</Cell>
                      <Cell>{r.entity ?? '—'}</Cell>
                      <Cell>
                        {t(INVITATION_STATUS[r.status])}
                        {r.status === 'pending' && <span className="block text-xs text-slate-600">{t('people.expires', { date: format.dateTime(new Date(r.expiresAt), { dateStyle: 'long' }) })}</span>}
                      </Cell>
                      <Cell>
                        {r.status === 'pending' && (
                          <form action={async () => { 'use server'; await revokeInvitationAction(locale, r.id); }}>
                            <button type="submit" className="rounded border border-red-300 px-3 py-1 text-red-800 hover:bg-red-50">
                              {t('people.revoke')}<span className="sr-only"> {r.email}</span>
                            </button>
                          </form>
                        )}
                      </Cell>
                    </tr>
                  ))}
            </Table>
          )}
        </section>
      </div>
    </ClientMessages>
  );
}
