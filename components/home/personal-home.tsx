import type { ReactNode } from 'react';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { HomeData } from '@/lib/home/load-home';
import { periodLabel } from '@/lib/followup/periods';
import type { Locale } from '@/lib/i18n/routing';
import { Badge } from '@/components/ui/badge';
import { Cell, RowHeader, Table } from '@/components/ui/table';

/** The updates a contributor sees first; the follow-up page lists them all. */
const SHOWN = 6;
const card = 'rounded border border-slate-200 bg-white p-4 shadow-sm';
const cta = 'inline-block rounded bg-un-blue px-3 py-1.5 text-sm font-medium text-white hover:bg-un-blue-dark';

function Block({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3" data-home-block={id}>
      <h2 id={id} className="text-xl font-semibold">{title}</h2>
      {children}
    </section>
  );
}

/** A signed-in person's home: what waits for them in each of their roles, with one link to continue. */
export async function PersonalHome({ data, name, locale }: { data: HomeData; name: string; locale: Locale }) {
  const t = await getTranslations('home.personal');
  const format = await getFormatter();
  // Due dates are the end of a day in UTC (lib/followup/periods.ts): shown as that day.
  const day = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'long', timeZone: 'UTC' });
  const nothing = !data.contributor && !data.coordinator.length && !data.reviewer && !data.admin && !data.observer.length;
  return (
    <div className="space-y-10">
      <header>
        <h1 className="text-3xl font-semibold tracking-tight text-un-blue-dark">{t('title', { name })}</h1>
        <p className="mt-2 text-slate-700">{t('intro')}</p>
      </header>
      {nothing && <p className="text-slate-700">{t('nothing')}</p>}

      {data.contributor && (
        <>
          <Block id="home-questionnaires" title={t('contributor.questionnaires')}>
            {data.contributor.questionnaires.length === 0 ? <p className="text-slate-600">{t('contributor.noQuestionnaire')}</p> : (
              <ul className="grid gap-3 md:grid-cols-2">
                {data.contributor.questionnaires.map((q) => (
                  <li key={`${q.assessmentId}-${q.entityId}`} className={card}>
                    <h3 className="font-medium">{q.title}</h3>
                    <p className="text-sm text-slate-700">{t('contributor.answered', { entity: q.entity, answered: q.answered, assigned: q.assigned })}</p>
                    <Link href={`/assessments/${q.assessmentId}/entities/${q.entityId}`} className={`${cta} mt-3`}>{q.answered < q.assigned ? t('contributor.continueAnswers') : t('contributor.review')}</Link>
                  </li>
                ))}
              </ul>
            )}
          </Block>
          <Block id="home-updates" title={t('contributor.updates')}>
            {data.contributor.updates.length === 0 ? <p className="text-slate-600">{t('contributor.noUpdate')}</p> : (
              <ul className="space-y-2">
                {data.contributor.updates.slice(0, SHOWN).map((u) => (
                  <li key={`${u.trackedActionId}-${u.period}`} className={`${card} flex flex-wrap items-center justify-between gap-3`} data-home-update={u.title}>
                    <div>
                      <p className="font-medium">{u.title}</p>
                      <p className="text-sm text-slate-700">{t('contributor.updateLine', { roadmap: u.roadmap, period: periodLabel(u.period, locale), date: day(u.dueOn) })}</p>
                      <p className="mt-1 flex flex-wrap gap-1">
                        {u.review === 'RETURNED' && <Badge tone="danger">{t('contributor.returned')}</Badge>}
                        {u.late && <Badge tone="danger">{t('late')}</Badge>}
                        {u.review === 'DRAFT' && <Badge>{t('contributor.draft')}</Badge>}
                      </p>
                      {u.review === 'RETURNED' && u.note && <p className="mt-1 text-sm text-slate-800">{u.note}</p>}
                    </div>
                    <Link href={`/roadmaps/${u.slug}/follow-up/${u.period}/${u.trackedActionId}`} className={cta} aria-label={`${u.review === 'RETURNED' ? t('contributor.correct') : t('contributor.write')} : ${u.title}`}>
                      {u.review === 'RETURNED' ? t('contributor.correct') : t('contributor.write')}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
            {data.contributor.updates.length > SHOWN && (
              <p className="text-sm">
                {t('contributor.more', { count: data.contributor.updates.length - SHOWN })}{' '}
                <Link href={`/roadmaps/${data.contributor.updates[0].slug}/follow-up`} className="font-medium text-un-blue underline">{t('contributor.seeAll')}</Link>
              </p>
            )}
          </Block>
        </>
      )}

      {data.coordinator.map((c) => (
        <Block key={c.countryId} id={`home-coordination-${c.code}`} title={t('coordinator.title', { country: c.country })}>
          <div className="grid gap-3 md:grid-cols-2">
            {c.consultations.map((a) => (
              <div key={a.id} className={card} data-home-consultation={a.title}>
                <h3 className="font-medium">{a.title}</h3>
                <ul className="mt-1 text-sm text-slate-700">
                  <li>{t('coordinator.answers', { answered: a.answered, assigned: a.assigned })}</li>
                  <li>{t('coordinator.notStarted', { count: a.notStarted })}</li>
                  {a.status === 'CONSOLIDATION' && <li>{t('coordinator.findings', { count: a.findingsToWrite })}</li>}
                </ul>
                <Link href={a.status === 'CONSOLIDATION' ? `/assessments/${a.id}/consolidation` : `/assessments/${a.id}`} className={`${cta} mt-3`}>{t('coordinator.openConsultation')}</Link>
              </div>
            ))}
            {c.followUps.map((f) => (
              <div key={f.slug} className={card} data-home-follow-up={f.slug}>
                <h3 className="font-medium">{t('coordinator.followUp', { title: f.title })}</h3>
                <ul className="mt-1 text-sm text-slate-700">
                  <li data-home-to-validate={f.toValidate}>{t('coordinator.toValidate', { count: f.toValidate })}</li>
                  <li data-home-late={f.late}>{t('coordinator.late', { count: f.late })}</li>
                </ul>
                <Link href={`/roadmaps/${f.slug}/follow-up`} className={`${cta} mt-3`}>{t('coordinator.openFollowUp')}</Link>
              </div>
            ))}
            {c.inReview.map((v) => (
              <div key={`${v.slug}-${v.number}`} className={card}>
                <h3 className="font-medium">{t('coordinator.inReview', { title: v.title, number: v.number })}</h3>
                <p className="text-sm text-slate-700">{t('coordinator.since', { date: day(v.since) })}</p>
                <Link href={`/roadmaps/${v.slug}`} className={`${cta} mt-3`}>{t('coordinator.openRoadmap')}</Link>
              </div>
            ))}
            {c.comments.map((r) => (
              <div key={r.slug} className={card}>
                <h3 className="font-medium">{t('coordinator.comments', { count: r.open, title: r.title })}</h3>
                <Link href={`/roadmaps/${r.slug}#comments`} className={`${cta} mt-3`}>{t('coordinator.answerComments')}</Link>
              </div>
            ))}
          </div>
          {!c.consultations.length && !c.followUps.length && !c.inReview.length && !c.comments.length && <p className="text-slate-600">{t('coordinator.nothing')}</p>}
        </Block>
      ))}

      {data.reviewer && (
        <Block id="home-review" title={t('reviewer.title')}>
          {data.reviewer.length === 0 ? <p className="text-slate-600">{t('reviewer.none')}</p> : (
            <Table caption={t('reviewer.title')} columns={[t('reviewer.roadmap'), t('reviewer.country'), t('reviewer.waiting'), t('reviewer.open')]}>
              {data.reviewer.map((v) => (
                <tr key={`${v.slug}-${v.number}`}>
                  <RowHeader>{t('reviewer.version', { title: v.title, number: v.number })}</RowHeader>
                  <Cell>{v.country}</Cell>
                  <Cell>{t('reviewer.days', { count: v.days })}</Cell>
                  <Cell><Link href={`/roadmaps/${v.slug}#review`} className="font-medium text-un-blue underline">{t('reviewer.review')}</Link></Cell>
                </tr>
              ))}
            </Table>
          )}
        </Block>
      )}

      {data.admin && (
        <Block id="home-admin" title={t('admin.title')}>
          <ul className="grid gap-3 md:grid-cols-3">
            <li className={card}><p>{t('admin.countries', { count: data.admin.countries })}</p><a href="#countries-title" className={`${cta} mt-3`}>{t('admin.openCountries')}</a></li>
            <li className={card}><p>{t('admin.frameworks', { count: data.admin.frameworks, drafts: data.admin.drafts })}</p><Link href="/framework" className={`${cta} mt-3`}>{t('admin.openFrameworks')}</Link></li>
            <li className={card}><p>{t('admin.outbox', { pending: data.admin.pending, failed: data.admin.failed })}</p><Link href="/admin/outbox" className={`${cta} mt-3`}>{t('admin.openOutbox')}</Link></li>
          </ul>
        </Block>
      )}

      {data.observer.map((o) => (
        <Block key={o.countryId} id={`home-observe-${o.code}`} title={t('observer.title', { country: o.country })}>
          {o.roadmaps.length === 0 ? <p className="text-slate-600">{t('observer.none')}</p> : (
            <ul className="grid gap-3 md:grid-cols-2">
              {o.roadmaps.map((r) => (
                <li key={r.slug} className={card}>
                  <h3 className="font-medium">{r.title}</h3>
                  <Link href={r.followUp ? `/roadmaps/${r.slug}/follow-up` : `/roadmaps/${r.slug}`} className={`${cta} mt-3`}>{r.followUp ? t('observer.followUp') : t('observer.roadmap')}</Link>
                </li>
              ))}
            </ul>
          )}
        </Block>
      ))}
    </div>
  );
}
