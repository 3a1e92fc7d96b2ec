import { notFound } from 'next/navigation';
import { can } from '@/lib/auth/can';
import { loadPage } from '@/lib/page/load-page';
import { listInstallations } from '@/lib/installation/peer-actions';
import { ClientMessages } from '@/components/shell/client-messages';
import { RegisterPeerForm } from '@/components/admin/register-peer-form';
import { registerPeerFormAction, revokePeerFormAction } from './actions';

type Props = { params: Promise<{ locale: string }> };

/** Administrators: this installation's public key, and the installations whose signed files it trusts. */
export default async function InstallationsPage({ params }: Props) {
  const { locale, user, db, t, format } = await loadPage(params, { path: '/admin/installations', namespace: 'installation' });
  if (!can(user, 'installation.manage', { countryId: null })) notFound();
  const { own, peers } = await listInstallations(db);
  const date = (d: Date) => format.dateTime(d, { dateStyle: 'long' });
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold text-un-blue-dark">{t('title')}</h1>
        <p className="mt-1 max-w-3xl text-slate-700">{t('intro')}</p>
      </div>
      <section aria-labelledby="own-key" className="space-y-2 rounded border border-slate-200 bg-white p-4">
        <h2 id="own-key" className="text-lg font-semibold">{t('ownTitle')}</h2>
        <p className="text-sm text-slate-700">{t('ownIntro')}</p>
        <pre className="overflow-x-auto rounded bg-slate-100 p-3 text-sm" tabIndex={0} aria-label={t('ownTitle')}>{own.publicKey.trim()}</pre>
        <p className="break-all text-xs text-slate-600">{t('keyId', { keyId: own.keyId })}</p>
      </section>
      <section aria-labelledby="peers" className="space-y-3">
        <h2 id="peers" className="text-lg font-semibold">{t('peersTitle')}</h2>
        {peers.length === 0 ? <p>{t('none')}</p> : (
          <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
            {peers.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center justify-between gap-3 p-3">
                <div>
                  <p className="font-medium">{p.name}</p>
                  <p className="break-all text-xs text-slate-600">{t('keyId', { keyId: p.keyId })}</p>
                  <p className="text-sm text-slate-700">{p.revokedAt ? t('revoked', { date: date(p.revokedAt) }) : t('registered', { date: date(p.createdAt) })}</p>
                </div>
                {!p.revokedAt && (
                  <form action={revokePeerFormAction.bind(null, locale, p.id)}>
                    <button type="submit" aria-label={t('revokeLabel', { name: p.name })} className="rounded border border-red-700 px-3 py-1 text-sm text-red-800 hover:bg-red-50 focus-visible:outline-2 focus-visible:outline-un-blue">
                      {t('revoke')}
                    </button>
                  </form>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="add-peer" className="max-w-2xl space-y-3 rounded border border-slate-200 bg-white p-4">
        <h2 id="add-peer" className="text-lg font-semibold">{t('addTitle')}</h2>
        <ClientMessages namespaces={['installation']}>
          <RegisterPeerForm action={registerPeerFormAction.bind(null, locale)} />
        </ClientMessages>
      </section>
    </div>
  );
}
