import { notFound } from 'next/navigation';
import { listInvitations } from '@/lib/invitations/list-invitations';
import { loadPage } from '@/lib/page/load-page';
import { InviteForm } from '@/components/people/invite-form';
import { revokeInvitationAction } from './actions';
import { ClientMessages } from '@/components/shell/client-messages';

type Props = { params: Promise<{ locale: string }> };

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
          <InviteForm locale={locale} options={options} />
        </section>
        <section aria-labelledby="pending">
          <h2 id="pending" className="text-lg font-semibold">{t('people.pending')}</h2>
          {rows.length === 0 ? (
            <p className="mt-2 text-slate-600">{t('people.none')}</p>
          ) : (
            <div className="mt-2 overflow-x-auto rounded border border-slate-200 bg-white">
              <table className="w-full text-left text-sm">
                <thead className="bg-slate-100">
                  <tr>
                    <th scope="col" className="px-3 py-2">{t('people.email')}</th>
                    <th scope="col" className="px-3 py-2">{t('people.role')}</th>
                    <th scope="col" className="px-3 py-2">{t('people.entity')}</th>
                    <th scope="col" className="px-3 py-2">{t('people.status')}</th>
                    <th scope="col" className="px-3 py-2"><span className="sr-only">{t('people.revoke')}</span></th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.id} className="border-t border-slate-100">
                      <th scope="row" className="px-3 py-2 font-normal">{r.email}</th>
                      <td className="px-3 py-2">{t(`roles.${r.role}`)}{r.country ? ` · ${r.country}` : ''}</td>
                      <td className="px-3 py-2">{r.entity ?? '—'}</td>
                      <td className="px-3 py-2">
                        {t(`people.status${r.status[0].toUpperCase()}${r.status.slice(1)}`)}
                        {r.status === 'pending' && <span className="block text-xs text-slate-600">{t('people.expires', { date: format.dateTime(new Date(r.expiresAt), { dateStyle: 'long' }) })}</span>}
                      </td>
                      <td className="px-3 py-2">
                        {r.status === 'pending' && (
                          <form action={async () => { 'use server'; await revokeInvitationAction(locale, r.id); }}>
                            <button type="submit" className="rounded border border-red-300 px-3 py-1 text-red-800 hover:bg-red-50">
                              {t('people.revoke')}<span className="sr-only"> {r.email}</span>
                            </button>
                          </form>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      </div>
    </ClientMessages>
  );
}
