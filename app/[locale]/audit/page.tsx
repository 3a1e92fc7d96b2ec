import { notFound } from 'next/navigation';
import { auditCountries, auditFilterSchema, listAuditEvents } from '@/lib/audit/list-events';
import { loadPage } from '@/lib/page/load-page';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string>> };

function short(v: unknown) {
  if (v === null || v === undefined) return '';
  const s = JSON.stringify(v);
  return s.length > 160 ? `${s.slice(0, 157)}…` : s;
}

export default async function AuditPage({ params, searchParams }: Props) {
  const { locale, user, db, t, format } = await loadPage(params, { path: '/audit', namespace: 'audit' });
  const countries = auditCountries(user);
  if (countries !== null && countries.length === 0) notFound();
  const filter = auditFilterSchema.parse(await searchParams);
  const rows = await listAuditEvents(db, user, filter);
  const query = new URLSearchParams({ locale, ...Object.fromEntries(Object.entries(filter).filter(([, v]) => v)) as Record<string, string> });
  const input = 'rounded border border-slate-300 bg-white px-3 py-2';
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-un-blue-dark">{t('title')}</h1>
        <p className="mt-1 text-slate-700">{t('intro')}</p>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-3" role="search">
        <label className="flex flex-col gap-1 text-sm font-medium">{t('action')}
          <input name="action" defaultValue={filter.action ?? ''} className={input} />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">{t('since')}
          <input type="date" name="since" defaultValue={filter.since ?? ''} className={input} />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">{t('until')}
          <input type="date" name="until" defaultValue={filter.until ?? ''} className={input} />
        </label>
        <button type="submit" className="rounded bg-un-blue px-4 py-2 text-white">{t('filter')}</button>
        <a href={`/api/audit/export?${query}`} className="rounded border border-slate-300 bg-white px-4 py-2">{t('export')}</a>
      </form>
      {rows.length === 0 ? (
        <p className="text-slate-600">{t('none')}</p>
      ) : (
        <div className="overflow-x-auto rounded border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-100">
              <tr>
                {(['when', 'who', 'what', 'target', 'from', 'details'] as const).map((c) => <th key={c} scope="col" className="px-3 py-2">{t(c)}</th>)}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-t border-slate-100 align-top">
                  <td className="whitespace-nowrap px-3 py-2">{format.dateTime(new Date(r.at), { dateStyle: 'short', timeStyle: 'medium' })}</td>
                  <td className="px-3 py-2">{r.actor ?? t('system')}</td>
                  <th scope="row" className="px-3 py-2 font-mono font-normal">{r.action}</th>
                  <td className="px-3 py-2">{r.targetType}{r.targetId ? ` ${r.targetId.slice(0, 10)}` : ''}</td>
                  <td className="px-3 py-2">{r.ip ?? ''}</td>
                  <td className="px-3 py-2 font-mono text-xs text-slate-700">
                    {short(r.before)}{r.before || r.after ? ' → ' : ''}{short(r.after)}
                    {r.saves.length > 1 && (
                      <details className="mt-1 font-sans">
                        <summary className="cursor-pointer text-un-blue">{t('saves', { count: r.saves.length })}</summary>
                        <ol className="mt-1 space-y-0.5">
                          {r.saves.map((s) => (
                            <li key={s.version}>{t('save', { time: format.dateTime(new Date(s.at), { timeStyle: 'medium' }), version: s.version, fields: s.fields.join(', ') })}</li>
                          ))}
                        </ol>
                      </details>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
