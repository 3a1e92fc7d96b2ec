import { notFound } from 'next/navigation';
import { Link } from '@/lib/i18n/navigation';
import { formatIndicatorValue } from '@/lib/followup/indicators';
import { periodKeySchema, periodLabel } from '@/lib/followup/periods';
import { EMPTY_UPDATE, indicatorField } from '@/lib/followup/schemas';
import { loadPage } from '@/lib/page/load-page';
import { loadUpdate } from '@/lib/page/load-follow-up';
import { ActionForm, Select, TextArea } from '@/components/forms/action-form';
import { Badge } from '@/components/ui/badge';
import { Notice } from '@/components/ui/notice';
import { ClientMessages } from '@/components/shell/client-messages';
import { DemoBanner } from '@/components/shell/demo-banner';
import { AttachmentList } from '@/components/assessment/attachment-list';
import { UpdateForm } from '@/components/followup/update-form';
import { reviewTone } from '@/components/followup/tones';
import { commentFormAction, reviewFormAction, submitUpdateAction } from '../../actions';

type Props = { params: Promise<{ locale: string; slug: string; period: string; actionId: string }> };

const box = 'rounded border border-slate-200 bg-white p-4 shadow-sm';

/** One action's update for one period: written by its lead entity, validated by the coordination. */
export default async function UpdatePage({ params }: Props) {
  const { params: p, locale, user, db, t, format } = await loadPage(params, { path: (x) => `/roadmaps/${x.slug}/follow-up/${x.period}/${x.actionId}`, namespace: 'followupPage' });
  if (!periodKeySchema.safeParse(p.period).success) notFound();
  const d = await loadUpdate(db, user, { slug: p.slug, period: p.period, trackedActionId: p.actionId, locale, now: new Date() });
  if (!d) notFound();
  const u = d.update;
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'long', timeStyle: 'short' });
  const editable = !!d.writeAs && !d.period.closed && !d.action.removed && (!u || u.review === 'DRAFT' || u.review === 'RETURNED');
  const yesNo = { yes: t('yes'), no: t('no') };
  const money = (n: number | null) => (n === null ? '–' : format.number(n, { style: 'currency', currency: d.action.currency, maximumFractionDigits: 0 }));
  const label = periodLabel(d.period.key, locale);

  return (
    <ClientMessages namespaces={['followup', 'followupPage', 'pdfProgress', 'questionnaire', 'attachment']}>
      <div className="space-y-6">
        {d.roadmap.demo && <DemoBanner />}
        <header className="space-y-2">
          <p className="text-sm"><Link href={`/roadmaps/${p.slug}/follow-up?period=${d.period.key}`} className="text-un-blue underline">{t('backToFollowUp', { period: label })}</Link></p>
          <p className="text-sm text-slate-600">{d.roadmap.title}{d.action.objectiveTitle ? ` · ${d.action.objectiveTitle}` : ''}</p>
          <h1 className="text-2xl font-semibold tracking-tight text-un-blue-dark">{d.action.title}</h1>
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <span>{t('update.period', { period: label })}</span>
            <span aria-hidden="true">·</span>
            <span>{t('due', { date: format.dateTime(new Date(d.period.dueOn), { dateStyle: 'long', timeZone: 'UTC' }) })}</span>
            <Badge tone={reviewTone(u?.review ?? null)} data-review={u?.review ?? 'NONE'}>{u ? t(`review.${u.review}`) : t('review.NONE')}</Badge>
            {d.period.late && <Badge tone="danger" data-late="1">{t('late')}</Badge>}
          </p>
          <p className="text-sm text-slate-700">
            {t('update.lead', { lead: d.action.lead || '–' })}
            {d.action.supporting.length > 0 && ` · ${t('update.supporting', { list: d.action.supporting.join(', ') })}`}
            {d.action.cost !== null && ` · ${t('update.cost', { cost: money(d.action.cost) })}`}
          </p>
        </header>

        {d.action.removed && <Notice tone="warning" role="note">{t('update.removed')}</Notice>}
        {d.period.closed && <Notice tone="info" role="note">{t('update.closed')}</Notice>}
        {u?.review === 'RETURNED' && u.reviewNote && <Notice tone="warning" role="note" large><strong>{t('update.returned')}</strong> {u.reviewNote}</Notice>}
        {u?.review === 'SUBMITTED' && d.writeAs && <Notice tone="info" role="note">{t('update.waiting')}</Notice>}

        {editable ? (
          <section aria-labelledby="form-title" className={box}>
            <h2 id="form-title" className="mb-3 text-lg font-semibold">{t('update.formTitle')}</h2>
            <UpdateForm
              key={u?.review === 'RETURNED' ? 'returned' : 'draft'}
              slug={p.slug} trackedActionId={d.action.id} entityId={d.writeAs!} period={d.period.key} currency={d.action.currency}
              indicators={d.action.indicators} updateId={u?.id ?? null}
              confirmed={u ? { version: u.version, values: u.values, updatedAt: u.updatedAt, updatedBy: u.updatedBy } : { version: 0, values: EMPTY_UPDATE, updatedAt: null, updatedBy: null }}
              submit={submitUpdateAction.bind(null, locale, p.slug, d.writeAs!)}
            />
          </section>
        ) : (
          <section aria-labelledby="content-title" className={box}>
            <h2 id="content-title" className="text-lg font-semibold">{t('update.content')}</h2>
            {!u || u.review === 'DRAFT' && !d.writeAs ? <p className="mt-2 text-slate-600">{t('update.nothingYet')}</p> : (
              <dl className="mt-3 grid gap-x-6 gap-y-3 sm:grid-cols-[14rem_1fr]" data-update-content>
                <dt className="font-medium">{t('form.status')}</dt><dd>{t(`status.${u.values.status}`)}</dd>
                <dt className="font-medium">{t('form.percent')}</dt><dd>{u.values.percent === null ? '–' : format.number(u.values.percent / 100, { style: 'percent' })}</dd>
                <dt className="font-medium">{t('form.spent', { currency: d.action.currency })}</dt><dd>{money(u.values.spent)}</dd>
                {d.action.indicators.map((ind, i) => (
                  <div key={i} className="contents">
                    <dt className="font-medium">{ind.label}</dt>
                    <dd>{t('indicatorValue', { value: formatIndicatorValue(ind, u.values[indicatorField(i)], locale, yesNo), baseline: ind.baseline || '—', target: ind.target || '—' })}</dd>
                  </div>
                ))}
                {(['done', 'blockers', 'nextSteps'] as const).map((f) => (
                  <div key={f} className="contents"><dt className="font-medium">{t(`form.${f}`)}</dt><dd className="whitespace-pre-wrap">{u.values[f] || '–'}</dd></div>
                ))}
              </dl>
            )}
          </section>
        )}

        {u && (
          <AttachmentList
            base={`/api/roadmaps/${p.slug}/follow-up/updates/${u.id}/evidence`} fields={{ entityId: d.writeAs ?? '' }} deleteQuery={`&entityId=${d.writeAs ?? ''}`}
            initial={u.attachments} editable={editable}
          />
        )}

        {u && d.canReview && u.review === 'SUBMITTED' && (
          <section aria-labelledby="review-title" className={box}>
            <h2 id="review-title" className="text-lg font-semibold">{t('validation.title')}</h2>
            <p className="mt-1 text-sm text-slate-700">{t('validation.help')}</p>
            <ActionForm action={reviewFormAction.bind(null, locale, p.slug, u.id, u.version)} submitLabel={t('validation.save')} className="mt-3 max-w-2xl space-y-3">
              <Select name="decision" label={t('validation.decision')} options={[{ value: 'ACCEPT', label: t('validation.accept') }, { value: 'RETURN', label: t('validation.return') }]} />
              <TextArea name="note" label={t('validation.note')} hint={t('validation.noteHint')} rows={3} />
            </ActionForm>
          </section>
        )}

        {u && (
          <section aria-labelledby="history-title" className="space-y-3">
            <h2 id="history-title" className="text-lg font-semibold">{t('history.title')}</h2>
            {u.steps.length === 0 ? <p className="text-slate-600">{t('history.none')}</p> : (
              <ol className="space-y-2" data-history>
                {u.steps.map((s) => (
                  <li key={s.id} className={box} data-step={s.kind}>
                    <p className="text-sm"><strong>{t(`history.${s.kind}`)}</strong> · {t('history.by', { name: s.actor || '–' })}{s.entity ? ` (${s.entity})` : ''} · <time dateTime={s.at}>{date(s.at)}</time></p>
                    {s.note && <p className="mt-1 whitespace-pre-wrap text-sm">{s.note}</p>}
                  </li>
                ))}
              </ol>
            )}
            {d.canComment && (
              <ActionForm action={commentFormAction.bind(null, locale, p.slug, u.id, d.commentAs)} submitLabel={t('history.send')} className="max-w-2xl space-y-3">
                <TextArea name="body" label={t('history.comment')} rows={3} />
              </ActionForm>
            )}
          </section>
        )}

        {d.history.length > 1 && (
          <section aria-labelledby="periods-title" className="space-y-2">
            <h2 id="periods-title" className="text-lg font-semibold">{t('history.periods')}</h2>
            <ul className="space-y-1 text-sm">
              {d.history.map((h) => (
                <li key={h.period}>
                  <Link href={`/roadmaps/${p.slug}/follow-up/${h.period}/${d.action.id}`} aria-current={h.period === d.period.key ? 'page' : undefined} className="text-un-blue underline aria-[current=page]:font-semibold">
                    {periodLabel(h.period, locale)}
                  </Link>
                  {` · ${t(`review.${h.review}`)} · ${t(`status.${h.status}`)}${h.percent !== null ? ` · ${format.number(h.percent / 100, { style: 'percent' })}` : ''}`}
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </ClientMessages>
  );
}
