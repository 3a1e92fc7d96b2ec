import { notFound } from 'next/navigation';
import { can } from '@/lib/auth/can';
import { listOutbox } from '@/lib/mail/list-outbox';
import { loadPage } from '@/lib/page/load-page';

type Props = { params: Promise<{ locale: string }> };

export default async function OutboxPage({ params }: Props) {
  const { user, db, t, format } = await loadPage(params, { path: '/admin/outbox', namespace: 'outbox' });
  if (!can(user, 'outbox.view', { countryId: null })) notFound();
  const mails = await listOutbox(db);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-un-blue-dark">{t('title')}</h1>
        <p className="mt-1 text-slate-700">{t('intro')}</p>
      </div>
      {mails.length === 0 ? <p>{t('none')}</p> : (
        <ul className="space-y-4">
          {mails.map((m) => (
            <li key={m.id} className="rounded border border-slate-200 bg-white p-4">
              <p className="text-sm text-slate-600">
                {format.dateTime(m.createdAt, { dateStyle: 'short', timeStyle: 'short' })} · {t('to')} {m.to} ·{' '}
                {m.sentAt ? t('sent') : m.error ? t('failed', { error: m.error }) : t('queued')}
              </p>
              <h2 className="mt-1 font-semibold">{m.subject}</h2>
              <pre className="mt-2 whitespace-pre-wrap break-words font-sans text-sm">{m.text}</pre>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
