import { notFound } from 'next/navigation';
import { auditCountries, auditFilterSchema, listAuditEvents } from '@/lib/audit/list-events';
import { describeAuditRows } from '@/lib/audit/describe-events';
import { loadPage } from '@/lib/page/load-page';
import { Cell, RowHeader, Table } from '@/components/ui/table';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string>> };

export default async function AuditPage({ params, searchParams }: Props) {
  const { locale, user, db, t, format } = await loadPage(params, { path: '/audit', namespace: 'audit' });
  const countries = auditCountries(user);
  if (countries !== null && countries.length === 0) notFound();
  const filter = auditFilterSchema.parse(await searchParams);
  const rows = await listAuditEvents(db, user, filter);
  const described = await describeAuditRows(db, rows, locale);
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
        <Table caption={t('title')} columns={(['when', 'who', 'what', 'target', 'from', 'details'] as const).map((c) => t(c))}>
              {rows.map((r) => {
                const d = described.get(r.id)!;
                return (
                  <tr key={r.id}>
                    <Cell className="whitespace-nowrap">{format.dateTime(new Date(r.at), { dateStyle: 'short', timeStyle: 'medium' })}</Cell>
                    <Cell>{r.actor ?? t('system')}</Cell>
                    <RowHeader className="font-medium">{d.action}</RowHeader>
                    <Cell>{d.record}</Cell>
                    <Cell>{r.ip ?? ''}</Cell>
                    <Cell className="text-xs text-slate-700">
                      {d.changes.length > 0 && (
                        <ul className="space-y-0.5">
                          {d.changes.map((c) => (
                            <li key={c.field}><span className="font-medium">{c.field}</span> : {c.before} → {c.after}</li>
                          ))}
                        </ul>
                      )}
                      {r.saves.length > 1 && (
                        <details className="mt-1">
                          <summary className="cursor-pointer text-un-blue">{t('saves', { count: r.saves.length })}</summary>
                          <ol className="mt-1 space-y-0.5">
                            {r.saves.map((s, i) => (
                              <li key={s.version}>{t('save', { time: format.dateTime(new Date(s.at), { timeStyle: 'medium' }), version: s.version, fields: d.saveFields[i].join(', ') })}</li>
                            ))}
                          </ol>
                        </details>
                      )}
                    </Cell>
                  </tr>
                );
              })}
        </Table>
      )}
    </div>
  );
}
