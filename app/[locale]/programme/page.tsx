import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { StatusBadge } from '@/components/assessment/assessment-header';
import { CountryHeatMap } from '@/components/programme/country-heat-map';
import { NeedCards } from '@/components/programme/need-cards';
import { RequestsTable } from '@/components/programme/requests-table';
import { RequestFilters } from '@/components/programme/request-filters';
import { DemoBanner } from '@/components/shell/demo-banner';
import { Badge } from '@/components/ui/badge';
import { Cell, RowHeader, Table } from '@/components/ui/table';
import { Link } from '@/lib/i18n/navigation';
import { loadPage } from '@/lib/page/load-page';
import { getProgramme } from '@/lib/programme/get-programme';
import { NEEDS_SHOWN, requestFilterSchema, requestsPage } from '@/lib/programme/needs';
import { heatMapOf } from '@/lib/programme/overview';
import { mayViewProgramme } from '@/lib/programme/scope';
import { scaleKey, type AssessmentStatus, type RoadmapStatus } from '@/lib/i18n/enum-keys';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale === 'en' ? 'en' : 'fr', namespace: 'programme' });
  return { title: t('title') };
}

const briefHref = (lang: 'fr' | 'en') => `/api/programme/brief?lang=${lang}`;
const card = 'rounded border border-slate-200 bg-white p-4 shadow-sm sm:p-6';

export default async function ProgrammePage({ params, searchParams }: Props) {
  const { locale, user, db, t, format } = await loadPage(params, { path: '/programme', namespace: 'programme' });
  if (!mayViewProgramme(user)) notFound();
  const sp = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const filter = requestFilterSchema.parse(Object.fromEntries(Object.entries(sp).filter(([, v]) => v)));
  const p = await getProgramme(db, user, { locale, now: new Date(), filter });
  // Long lists are cut for the page (twenty countries give hundreds of rows); the exports hold every one.
  const requests = requestsPage(p.requests, Number(sp.page));
  const needs = p.needs.slice(0, NEEDS_SHOWN);
  const ta = await getTranslations('assessment');
  const tr = await getTranslations('roadmap');
  const pct = (n: number) => format.number(n / 100, { style: 'percent', maximumFractionDigits: 1 });
  const day = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeZone: 'UTC' });
  const query = new URLSearchParams(Object.entries(filter).filter(([, v]) => v) as [string, string][]);
  const pageHref = (page: number) => `/programme?${new URLSearchParams({ ...Object.fromEntries(query), page: String(page) })}#requests`;
  const exportHref = (o: Record<string, string>) => `/api/programme/export?${new URLSearchParams({ ...Object.fromEntries(query), ...o, locale })}`;
  const { overview } = p;
  const heat = heatMapOf(overview);
  const demo = overview.countries.some((c) => c.demo);

  return (
    <div className="space-y-8">
      <header className="space-y-3">
        {demo && <DemoBanner />}
        <h1 className="text-2xl font-semibold tracking-tight text-un-blue-dark sm:text-3xl">{t('title')}</h1>
        <p className="max-w-3xl text-slate-700">{t('intro')}</p>
        {demo && <p className="text-xs text-amber-900">{t('demoNote')}</p>}
      </header>

      {overview.countries.length === 0 ? <p className="text-slate-700">{t('noCountry')}</p> : (
        <>
          <section aria-labelledby="countries" className="space-y-3">
            <h2 id="countries" className="text-xl font-semibold">{t('countries')}</h2>
            <Table caption={t('countries')} columns={[t('col.country'), t('col.stage'), t('col.cycle'), t('col.roadmap'), t('col.rate'), t('col.late')]}>
              {overview.countries.map((c) => (
                <tr key={c.id} data-country={c.code}>
                  <RowHeader className="font-medium">{c.name}</RowHeader>
                  <Cell>
                    {c.current ? (
                      <Link href={`/assessments/${c.current.id}`} className="text-un-blue hover:underline">
                        <StatusBadge status={c.current.status} label={ta(`status.${c.current.status as AssessmentStatus}`)} />
                        <span className="sr-only"> — {c.current.title}</span>
                      </Link>
                    ) : t('none')}
                  </Cell>
                  <Cell>{c.consolidated ? t('cycleOf', { framework: c.consolidated.framework, date: day(c.consolidated.startsOn ?? c.consolidated.createdAt) }) : t('none')}</Cell>
                  <Cell>
                    {c.roadmap ? (
                      <Link href={`/roadmaps/${c.roadmap.slug}`} className="text-un-blue hover:underline">
                        {tr(`status.${c.roadmap.status as RoadmapStatus}`)}{c.roadmap.version ? ` · ${t('version', { number: c.roadmap.version })}` : ''}
                      </Link>
                    ) : t('none')}
                  </Cell>
                  <Cell>{c.followUp ? t('period', { rate: pct(c.followUp.rate), period: c.followUp.period }) : t('none')}</Cell>
                  <Cell>{c.followUp ? (c.followUp.late ? <Badge tone="danger">{c.followUp.late}</Badge> : '0') : t('none')}</Cell>
                </tr>
              ))}
            </Table>
          </section>

          <section aria-labelledby="heatmap" className={card}>
            <h2 id="heatmap" className="text-lg font-semibold">{t('heatmap')}</h2>
            <p className="mb-3 text-sm text-slate-600">{t('heatmapHelp')}</p>
            <div className="overflow-x-auto">
              <CountryHeatMap
                countries={heat.entities.map((c) => ({ code: c.code, name: c.name }))}
                areas={heat.areas.map((a) => ({ code: a.code, title: a.title }))}
                means={heat.areas.map((a) => a.cells.map((c) => c.mean))}
                locale={locale}
                titleId="programme-heatmap-title"
                labels={{
                  title: t('heatmap'), legend: t('legend'), legendNone: t('legendNone'), scale: [0, 1, 2, 3, 4].map((l) => ta(scaleKey(l))),
                  cell: t('cell', { area: '{area}', entity: '{entity}', value: '{value}' }), none: t('cellNone', { area: '{area}', entity: '{entity}' }),
                }}
              />
            </div>
          </section>

          <section aria-labelledby="needs" className="space-y-3">
            <h2 id="needs" className="text-xl font-semibold">{t('needs')}</h2>
            <p className="max-w-3xl text-sm text-slate-700">{t('needsHelp')}</p>
            {p.needs.length === 0 ? <p className="text-slate-700">{t('noNeeds')}</p> : (
              <NeedCards
                noAssistance={t('noAssistance')}
                needs={needs.map((n) => ({
                  code: n.questionCode, area: `${n.areaCode} · ${n.area}`, heading: `${n.questionCode} · ${n.question}`, countries: t('needCountries', { count: n.countries.length }),
                  entries: n.countries.map((c) => ({
                    key: c.countryId, name: `${c.country}${c.maturity !== null ? ` — ${t('level', { value: c.maturity })}` : ''}`, needs: c.needs,
                    assistance: c.assistance.length ? c.assistance.join(' ; ') : null,
                  })),
                }))}
              />
            )}
            {p.needs.length > needs.length && (
              <p className="text-sm text-slate-700">
                {t('needsMore', { count: p.needs.length - needs.length })}{' '}
                <a href={exportHref({ list: 'needs', format: 'csv' })} className="text-un-blue underline">{t('exportNeeds')}</a>
              </p>
            )}
          </section>

          <section aria-labelledby="requests" className="space-y-3">
            <h2 id="requests" className="text-xl font-semibold">{t('requests')}</h2>
            <p className="max-w-3xl text-sm text-slate-700">{t('requestsHelp')}</p>
            <RequestFilters
              filter={filter}
              countries={overview.countries.map((c) => ({ value: c.code, label: c.name }))}
              areas={[...new Map(p.allRequests.filter((r) => r.areaCode).map((r) => [r.areaCode, `${r.areaCode} · ${r.area}`])).entries()].sort().map(([value, label]) => ({ value, label }))}
              partners={[...new Set(p.allRequests.flatMap((r) => r.partners))].sort().map((x) => ({ value: x, label: x }))}
            />
            <p role="status" className="text-sm text-slate-700">{t('requestsCount', { count: p.requests.length })}</p>
            {p.requests.length === 0 ? <p className="text-slate-700">{t('noRequests')}</p> : (
              <RequestsTable
                caption={t('requests')}
                columns={[t('export.column.country'), t('export.column.area'), t('export.column.need'), t('export.column.priority'), t('export.column.partners'), t('export.column.status')]}
                priorities={{ HIGH: ta('priority.HIGH'), MEDIUM: ta('priority.MEDIUM'), LOW: ta('priority.LOW') }}
                rows={requests.rows.map((r) => [r.country, r.areaCode ? `${r.areaCode} · ${r.area}` : t('none'), r.need, r.roadmap, r.priority, r.partners.join(', '), tr(`actionStatus.${r.status}`)])}
              />
            )}
            {requests.pages > 1 && (
              <nav aria-label={t('requestPages')} className="flex flex-wrap items-center gap-4 text-sm">
                {requests.page > 1 && <Link href={pageHref(requests.page - 1)} className="text-un-blue underline">{t('previousPage')}</Link>}
                <span aria-current="page">{t('pageOf', { page: requests.page, pages: requests.pages })}</span>
                {requests.page < requests.pages && <Link href={pageHref(requests.page + 1)} className="text-un-blue underline">{t('nextPage')}</Link>}
              </nav>
            )}
            <div className="flex flex-wrap gap-4 text-sm">
              <span className="font-medium">{t('exports')}</span>
              <a href={exportHref({ list: 'requests', format: 'csv' })} className="text-un-blue underline">{t('exportCsv')}</a>
              <a href={exportHref({ list: 'needs', format: 'csv' })} className="text-un-blue underline">{t('exportNeeds')}</a>
              <a href={exportHref({ format: 'xlsx' })} className="text-un-blue underline">{t('exportXlsx')}</a>
            </div>
          </section>

          <section aria-labelledby="brief" className={card}>
            <h2 id="brief" className="text-lg font-semibold">{t('brief')}</h2>
            <ul className="mt-2 flex flex-wrap gap-4 text-sm">
              <li><a href={briefHref('fr')} hrefLang="fr" className="text-un-blue underline">{t('briefFr')}</a></li>
              <li><a href={briefHref('en')} hrefLang="en" className="text-un-blue underline">{t('briefEn')}</a></li>
            </ul>
          </section>
        </>
      )}
    </div>
  );
}
