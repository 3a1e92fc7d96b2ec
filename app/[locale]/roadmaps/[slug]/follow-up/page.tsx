import { notFound } from 'next/navigation';
import { Link } from '@/lib/i18n/navigation';
import { loadPage } from '@/lib/page/load-page';
import { loadFollowUp } from '@/lib/page/load-follow-up';
import { periodLabel } from '@/lib/followup/periods';
import { ROW_FILTERS, isRowFilter } from '@/lib/followup/schemas';
import { Badge } from '@/components/ui/badge';
import { Notice } from '@/components/ui/notice';
import { Cell, RowHeader, Table } from '@/components/ui/table';
import { ClientMessages } from '@/components/shell/client-messages';
import { DemoBanner } from '@/components/shell/demo-banner';
import { FollowUpDashboard } from '@/components/followup/dashboard';
import { ReportPanel } from '@/components/followup/report-panel';
import { SettingsForm } from '@/components/followup/settings-form';
import { reviewTone } from '@/components/followup/tones';
import { settingsFormAction } from './actions';

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The follow-up of a roadmap: settings, a period's dashboard, report, and every expected update. */
export default async function FollowUpPage({ params, searchParams }: Props) {
  const { params: { slug }, locale, user, db, t, format } = await loadPage(params, { path: (p) => `/roadmaps/${p.slug}/follow-up`, namespace: 'followupPage' });
  const sp = await searchParams;
  const data = await loadFollowUp(db, user, { slug, period: typeof sp.period === 'string' ? sp.period : undefined, indicatorPage: Number(sp.indicators) || 1, rowsPage: Number(sp.page) || 1, filter: isRowFilter(sp.show) ? sp.show : undefined, locale, now: new Date() });
  if (!data) notFound();
  const f = data.followUp;
  // The period's updates, a page of them (a roadmap may have hundreds of actions; the exports hold every one).
  const rows = { rows: f?.rows ?? [], ...(f?.rowPages ?? { page: 1, pages: 1, total: 0, from: 1 }) };
  const filter = f?.filter ?? 'all';
  const rowsHref = (page: number) => `/roadmaps/${slug}/follow-up?period=${f?.period?.key ?? ''}&show=${filter}&page=${page}#updates-title`;
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'long', timeZone: 'UTC' });
  const settings = data.canManage && data.roadmap.approved !== null
    ? <SettingsForm action={settingsFormAction.bind(null, locale, slug, data.roadmap.id)} current={f ? { rhythm: f.rhythm, firstPeriod: f.firstPeriod, dueDay: f.dueDay } : null} />
    : null;
  return (
    // Only what the client components read (the settings form, the report's PDF button): the
    // rest of the page is drawn on the server, and its messages stay there.
    <ClientMessages namespaces={['followup', 'followupPage.settings', 'followupPage.rhythm', 'followupPage.saved', 'pdf.ui', 'pdf.languageName', 'pdf.errors']}>
      <div className="space-y-8">
        {data.roadmap.demo && <DemoBanner />}
        <header className="space-y-2">
          <p className="text-sm"><Link href={`/roadmaps/${slug}`} className="text-un-blue underline">{t('backToRoadmap', { title: data.roadmap.title })}</Link></p>
          <h1 className="text-3xl font-semibold tracking-tight text-un-blue-dark">{t('title')}</h1>
          <p className="text-slate-700">{data.roadmap.title}</p>
        </header>

        {!f && (
          <>
            <Notice tone="info" role="note" large>{data.roadmap.approved === null ? t('notApproved') : data.canManage ? t('openIntro') : t('notOpened')}</Notice>
            {settings}
          </>
        )}

        {f && (
          <>
            <section aria-labelledby="settings-title" className="space-y-2">
              <h2 id="settings-title" className="text-xl font-semibold">{t('settings.title')}</h2>
              <p className="text-sm text-slate-700">{t('settings.summary', { rhythm: t(`rhythm.${f.rhythm}`), first: periodLabel(f.firstPeriod, locale), day: f.dueDay, version: f.versionNumber })}</p>
              {settings && <details className="rounded border border-slate-200 bg-white p-4"><summary className="cursor-pointer font-medium text-un-blue">{t('settings.change')}</summary><div className="mt-3">{settings}</div></details>}
            </section>

            {f.period && (
              <nav aria-labelledby="periods-title" className="space-y-2 print:hidden">
                <h2 id="periods-title" className="text-xl font-semibold">{t('periods')}</h2>
                <ul className="flex flex-wrap gap-2">
                  {f.periods.map((p) => (
                    <li key={p.key}>
                      <Link
                        href={`/roadmaps/${slug}/follow-up?period=${p.key}`} aria-current={p.key === f.period!.key ? 'page' : undefined}
                        className="inline-block rounded border border-slate-300 bg-white px-3 py-1 text-sm aria-[current=page]:border-un-blue aria-[current=page]:bg-un-blue aria-[current=page]:text-white"
                      >
                        {periodLabel(p.key, locale)}
                      </Link>
                    </li>
                  ))}
                </ul>
                <p className="text-sm text-slate-700">{t('due', { date: date(f.period.dueOn) })}{f.period.closed ? ` · ${t('closed')}` : ''}</p>
              </nav>
            )}

            {f.dashboard && (
              <FollowUpDashboard
                d={f.dashboard} entities={f.entities} periods={f.periods} locale={locale}
                indicatorPager={f.period && f.indicatorPages && f.indicatorPages.pages > 1 ? (
                  <nav aria-label={t('indicatorPages')} className="flex flex-wrap items-center gap-4 text-sm print:hidden">
                    <span aria-current="page">{t('indicatorRange', { from: f.indicatorPages.from, to: f.indicatorPages.to, total: f.indicatorPages.total })}</span>
                    {f.indicatorPages.page > 1 && <Link href={`/roadmaps/${slug}/follow-up?period=${f.period.key}&indicators=${f.indicatorPages.page - 1}#indicators-title`} className="text-un-blue underline">{t('previousIndicators')}</Link>}
                    {f.indicatorPages.page < f.indicatorPages.pages && <Link href={`/roadmaps/${slug}/follow-up?period=${f.period.key}&indicators=${f.indicatorPages.page + 1}#indicators-title`} className="text-un-blue underline">{t('nextIndicators')}</Link>}
                  </nav>
                ) : null}
              />
            )}
            {f.dashboard && f.period && <ReportPanel slug={slug} period={f.period.key} />}

            {f.period && (
              <section aria-labelledby="updates-title" className="space-y-3">
                <h2 id="updates-title" className="text-xl font-semibold">{data.viewAll ? t('updates.title') : t('updates.mine')}</h2>
                {/* Which actions: a plain form (no script), the choice kept in the address with the page. */}
                <form method="get" action="#updates-title" className="flex flex-wrap items-end gap-2 print:hidden" data-row-filter>
                  <input type="hidden" name="period" value={f.period.key} />
                  <label className="flex flex-col gap-1 text-sm font-medium">
                    {t('updates.show')}
                    <select name="show" defaultValue={filter} className="rounded border border-slate-400 bg-white px-2 py-1.5 font-normal">
                      {ROW_FILTERS.map((k) => <option key={k} value={k}>{t(`updates.filters.${k}`)}</option>)}
                    </select>
                  </label>
                  <button type="submit" className="rounded border border-un-blue bg-white px-3 py-1.5 text-sm font-medium text-un-blue">{t('updates.apply')}</button>
                </form>
                {rows.total === 0 ? <p className="text-slate-600">{filter === 'all' ? t('updates.none') : t('updates.noneShown')}</p> : (
                  <Table caption={t('updates.captionShown', { period: periodLabel(f.period.key, locale), shown: t(`updates.filters.${filter}`) })} columns={[t('updates.action'), t('updates.lead'), t('updates.status'), t('updates.percent'), t('updates.review'), t('updates.open')]}>
                    {rows.rows.map((r) => {
                      const u = r.update;
                      const writes = !!r.leadEntityId && data.myEntities.includes(r.leadEntityId);
                      const label = writes && (!u || u.review === 'DRAFT' || u.review === 'RETURNED') ? t('updates.write') : data.canReview && u?.review === 'SUBMITTED' ? t('updates.validate') : t('updates.see');
                      return (
                        <tr key={r.trackedActionId} data-action={r.title}>
                          <RowHeader><span className="font-medium">{r.title}</span><br /><span className="text-xs text-slate-600">{r.objectiveTitle}</span></RowHeader>
                          <Cell>{r.leadEntityId ? f.entities[r.leadEntityId] ?? '–' : '–'}</Cell>
                          <Cell>{u && u.review !== 'DRAFT' ? t(`status.${u.status}`) : '–'}</Cell>
                          <Cell>{u?.percent != null ? format.number(u.percent / 100, { style: 'percent' }) : '–'}</Cell>
                          <Cell>
                            <span className="flex flex-wrap gap-1">
                              <Badge tone={reviewTone(u?.review ?? null)} data-review={u?.review ?? 'NONE'}>{u ? t(`review.${u.review}`) : t('review.NONE')}</Badge>
                              {r.late && <Badge tone="danger" data-late="1">{t('late')}</Badge>}
                            </span>
                          </Cell>
                          <Cell><Link href={`/roadmaps/${slug}/follow-up/${f.period!.key}/${r.trackedActionId}`} className="font-medium text-un-blue underline" aria-label={`${label} : ${r.title}`}>{label}</Link></Cell>
                        </tr>
                      );
                    })}
                  </Table>
                )}
                {rows.pages > 1 && (
                  <nav aria-label={t('updates.pages')} className="flex flex-wrap items-center gap-4 text-sm print:hidden">
                    <span aria-current="page">{t('updates.range', { from: rows.from, to: rows.from + rows.rows.length - 1, total: rows.total })}</span>
                    {rows.page > 1 && <Link href={rowsHref(rows.page - 1)} className="text-un-blue underline">{t('updates.previous')}</Link>}
                    {rows.page < rows.pages && <Link href={rowsHref(rows.page + 1)} className="text-un-blue underline">{t('updates.next')}</Link>}
                  </nav>
                )}
              </section>
            )}
          </>
        )}
      </div>
    </ClientMessages>
  );
}
