// The sections of a roadmap's page (app/[locale]/roadmaps/[slug]/page.tsx). The page decides
// who may do what and binds the server actions; these render plain data and the actions
// they are handed.
import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { RoadmapView } from '@/lib/roadmap/get-roadmap-view';
import type { Result } from '@/lib/result';
import { ActionForm, Field, Select, TextArea, type FormState } from '@/components/forms/action-form';
import { PdfDownload } from '@/components/pdf/pdf-download';
import { RunButton } from './run-button';
import { Notice } from '@/components/ui/notice';
import { Badge } from '@/components/ui/badge';
import { isEditable } from '@/lib/roadmap/scope';
import { ConfirmButton, type Confirmation } from '@/components/ui/confirm-dialog';
import { HEADER_FIELDS, headerTarget, itemTarget } from '@/lib/roadmap/comment-threads';
import { CommentButton, CommentPanel, QuotableText } from './comments';

type FormAction = (state: FormState, fd: FormData) => Promise<FormState>;
type Run = () => Promise<Result<unknown>>;

export const box = 'rounded border border-slate-200 bg-white p-4 shadow-sm';

type RoadmapT = Awaited<ReturnType<typeof getTranslations<'roadmap'>>>;

/** What a decision does, said before it is taken, naming those it notifies. */
function confirmation(t: RoadmapT, locale: string, key: 'confirmSubmit' | 'confirmRequestChanges' | 'confirmApprove', number: number, names: string[]): Confirmation {
  return {
    title: t(`${key}.title`, { number }),
    happens: t(`${key}.happens`, { number }),
    notified: t(`${key}.notified`, { count: names.length, names: new Intl.ListFormat(locale, { type: 'conjunction' }).format(names) }),
    readOnly: t(`${key}.readOnly`, { number }),
    confirm: t(`${key}.confirm`, { number }),
  };
}

export async function RoadmapTitle({ r }: { r: RoadmapView }) {
  const t = await getTranslations('roadmap');
  const format = await getFormatter();
  const approved = r.versions.find((v) => v.status === 'APPROVED' && v.decidedAt);
  return (
    <header className="space-y-2">
      <p className="text-sm text-slate-600">{r.country}{r.assessment ? ` · ${r.assessment.title}` : ''}</p>
      <h1 className="text-3xl font-semibold tracking-tight text-un-blue-dark">{r.title}</h1>
      <p className="flex flex-wrap items-center gap-3 text-sm">
        <span className="rounded bg-slate-200 px-2 py-0.5 font-medium" data-testid="roadmap-status">{t(`status.${r.status}`)}</span>
        <span>{t(`sensitivity.${r.sensitivity}`)}</span>
        {r.versions.length > 1 && <Link href={`/roadmaps/${r.slug}/compare?from=${r.versions[1].number}&to=${r.versions[0].number}`} className="text-un-blue underline">{t('compare')}</Link>}
        <a href={`/api/roadmaps/${r.slug}/export`} className="text-un-blue underline" download>{t('exportJson')}</a>
        <Link href={`/roadmaps/${r.slug}/translation`} className="text-un-blue underline">{t('translate')}</Link>
        {r.versions.some((v) => v.status === 'APPROVED') && <Link href={`/roadmaps/${r.slug}/follow-up`} className="font-medium text-un-blue underline" data-follow-up-link>{t('followUp')}</Link>}
      </p>
      {r.status === 'APPROVED' && (
        <Notice large tone="success" role="note">
          <span data-testid="approved-by">{approved && t('decision.approvedBy', { number: approved.number, date: format.dateTime(new Date(approved.decidedAt!), { dateStyle: 'long' }), name: approved.decidedBy ?? '—' })}</span> {t('frozen')}
        </Notice>
      )}
      {r.status === 'IN_REVIEW' && <p role="note" className="rounded border border-blue-200 bg-blue-50 px-3 py-2">{t('readOnly')}</p>}
      {r.provenance && (
        <aside aria-labelledby="provenance-title" className="rounded border border-amber-300 bg-amber-50 px-3 py-2" data-testid="provenance">
          <h2 id="provenance-title" className="font-semibold">{t('provenance.title')}</h2>
          <p className="whitespace-pre-line text-sm">{r.provenance}</p>
        </aside>
      )}
    </header>
  );
}

/** The title, sensitivity and the three texts: a form while editable, else the texts. */
export async function HeaderSection({ r, save }: { r: RoadmapView; save: FormAction | null }) {
  const t = await getTranslations('roadmap');
  return (
    <section aria-labelledby="header-title" className="space-y-3">
      <h2 id="header-title" className="text-xl font-semibold">{t('header')}</h2>
      {save ? (
        <div className={box}>
          <ActionForm action={save} submitLabel={t('save')}>
            <Field name="title" label={t('titleField')} defaultValue={r.title} />
            <Select name="sensitivity" label={t('sensitivity.label')} defaultValue={r.sensitivity} options={(['PUBLIC', 'RESTRICTED', 'CONFIDENTIAL'] as const).map((s) => ({ value: s, label: t(`sensitivity.${s}`) }))} />
            <TextArea name="executiveSummary" label={t('executiveSummary')} defaultValue={r.executiveSummary} rows={6} />
            <TextArea name="context" label={t('context')} defaultValue={r.context} rows={5} />
            <TextArea name="methodology" label={t('methodology')} defaultValue={r.methodology} rows={5} />
          </ActionForm>
          {/* The sections' threads under the form (a form cannot hold the comment forms). */}
          <ul className="mt-4 space-y-2 border-t border-slate-200 pt-3">
            {HEADER_FIELDS.map((k) => (
              <li key={k} id={`section-${k}`}>
                <p className="flex flex-wrap items-center gap-2 text-sm font-medium">{t(k)} <CommentButton target={headerTarget(k)} /></p>
                <CommentPanel target={headerTarget(k)} />
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <div className={`${box} space-y-4`}>
          {HEADER_FIELDS.map((k) => (
            <div key={k} id={`section-${k}`}>
              <h3 className="flex flex-wrap items-center gap-2 font-semibold">{t(k)} <CommentButton target={headerTarget(k)} /></h3>
              <p className="text-slate-800">{r[k] ? <QuotableText target={headerTarget(k)} field={k} text={r[k]} /> : '—'}</p>
              <CommentPanel target={headerTarget(k)} />
            </div>
          ))}
        </div>
      )}
    </section>
  );
}

/** The objectives with their recommendations; `save` (while editable) binds an objective's form. */
export async function ObjectivesSection({ r, save }: { r: RoadmapView; save: ((objectiveId: string) => FormAction) | null }) {
  const t = await getTranslations('roadmap');
  return (
    <section aria-labelledby="objectives-title" className="space-y-3">
      <h2 id="objectives-title" className="text-xl font-semibold">{t('objectives')}</h2>
      <ol className="space-y-3">
        {r.objectives.map((o) => (
          <li key={o.id} id={`objective-${o.id}`} className={box}>
            <div className="flex flex-wrap items-start justify-between gap-2">
              <h3 className="font-semibold">{o.code}. <QuotableText target={itemTarget('OBJECTIVE', o)} field="title" text={o.title} /></h3>
              <CommentButton target={itemTarget('OBJECTIVE', o)} />
            </div>
            {o.description && <p className="text-sm text-slate-700"><QuotableText target={itemTarget('OBJECTIVE', o)} field="description" text={o.description} /></p>}
            <CommentPanel target={itemTarget('OBJECTIVE', o)} />
            <ul className="mt-2 list-disc space-y-2 pl-6 text-sm">
              {r.recommendations.filter((x) => x.objectiveId === o.id).map((x) => (
                <li key={x.id} id={`recommendation-${x.id}`}>
                  <span className="font-medium">{x.code}</span> [{t(`priority.${x.priority}`)}] <QuotableText target={itemTarget('RECOMMENDATION', x)} field="text" text={x.text} />{' '}
                  <CommentButton target={itemTarget('RECOMMENDATION', x)} className="ml-1 align-middle" />
                  <CommentPanel target={itemTarget('RECOMMENDATION', x)} />
                </li>
              ))}
            </ul>
            {save && (
              <details className="mt-3">
                <summary className="cursor-pointer text-sm text-un-blue">{t('editObjective', { number: o.code })}<span className="sr-only"> — {o.title}</span></summary>
                <ActionForm action={save(o.id)} submitLabel={t('save')} className="mt-2 space-y-3">
                  <Field name="title" label={t('titleField')} defaultValue={o.title} />
                  <TextArea name="description" label={t('action.description')} defaultValue={o.description} rows={3} />
                </ActionForm>
              </details>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The operative paragraphs of 2341 and 2396 that no action serves yet. */
export async function CoverageSection({ r }: { r: RoadmapView }) {
  const t = await getTranslations('roadmap');
  return (
    <section aria-labelledby="coverage" className={box}>
      <h2 id="coverage" className="text-lg font-semibold">{t('coverage')}</h2>
      {r.uncovered.length === 0 ? (
        <p className="mt-2 text-green-800">{t('coverageAll')}</p>
      ) : (
        <>
          <p className="mt-1 text-sm text-slate-700">{t('coverageIntro')}</p>
          <ul className="mt-2 space-y-1 text-sm">
            {r.uncovered.map((p) => <li key={p.id}><span className="font-medium">{p.ref}</span> — {p.summary}</li>)}
          </ul>
        </>
      )}
    </section>
  );
}

/** The submitted versions, the PDF of the latest, and the choice of two versions to compare. */
export async function VersionsSection({ r, locale, submit, download }: { r: RoadmapView; locale: string; submit: { run: Run; reviewers: string[] } | null; download: boolean }) {
  const t = await getTranslations('roadmap');
  const format = await getFormatter();
  const latest = r.versions[0];
  return (
    <section aria-labelledby="versions" className="space-y-3">
      <h2 id="versions" className="text-xl font-semibold">{t('versions')}</h2>
      {submit && <RunButton run={submit.run} label={t('decision.submitButton')} confirmation={confirmation(t, locale, 'confirmSubmit', (latest?.number ?? 0) + 1, submit.reviewers)} />}
      <ul className="space-y-2">
        {r.versions.map((v) => (
          <li key={v.number} className={box}>
            <p className="font-medium">
              {t('version', { number: v.number })} · {t(`versionStatus.${v.status}`)}
            </p>
            <p className="text-sm text-slate-600">{t('submittedOn', { date: format.dateTime(new Date(v.submittedAt), { dateStyle: 'long' }), name: v.submittedBy ?? '—' })}</p>
            {v.decisionNote && <p className="mt-1 whitespace-pre-line text-sm">{v.decisionNote}</p>}
            <p className="mt-1 font-mono text-xs text-slate-500">SHA-256 {v.contentHash.slice(0, 16)}…</p>
          </li>
        ))}
      </ul>
      {latest && download && <PdfDownload pdfUrl={`/api/roadmaps/${encodeURIComponent(r.id)}/versions/${latest.number}/pdf`} docxUrl={`/api/roadmaps/${encodeURIComponent(r.id)}/versions/${latest.number}/docx`} />}
      {r.versions.length > 1 && (
        <form method="get" action={`/${locale}/roadmaps/${r.slug}/compare`} className="flex flex-wrap items-end gap-3">
          {(['from', 'to'] as const).map((k, i) => (
            <label key={k} className="flex flex-col gap-1 text-sm font-medium">
              {t(k)}
              <select name={k} defaultValue={r.versions[i === 0 ? 1 : 0].number} className="rounded border border-slate-300 bg-white px-3 py-2">
                {r.versions.map((v) => <option key={v.number} value={v.number}>{v.number}</option>)}
              </select>
            </label>
          ))}
          <button type="submit" className="rounded border border-slate-300 bg-white px-4 py-2">{t('compare')}</button>
        </form>
      )}
    </section>
  );
}

/** The reviewer's decision on the version under review. */
export async function ReviewSection({ locale, number, decide, coordinators }: { locale: string; number: number; decide: FormAction; coordinators: string[] }) {
  const t = await getTranslations('roadmap');
  return (
    <section aria-labelledby="review" className={box}>
      <h2 id="review" className="text-lg font-semibold">{t('decision.title', { number })}</h2>
      <p className="mt-1 text-sm text-slate-700">{t('decision.intro')}</p>
      <ActionForm action={decide} className="mt-3 space-y-3">
        <TextArea name="note" label={t('decisionNote')} rows={4} />
        <div className="flex flex-wrap gap-2">
          <ConfirmButton
            label={t('decision.requestChangesButton')}
            submit={{ name: 'decision', value: 'REQUEST_CHANGES' }}
            confirmation={confirmation(t, locale, 'confirmRequestChanges', number, coordinators)}
            className="rounded border border-slate-400 bg-white px-4 py-2 font-medium hover:bg-slate-100"
          />
          <ConfirmButton
            label={t('decision.approveButton', { number })}
            submit={{ name: 'decision', value: 'APPROVE' }}
            confirmation={confirmation(t, locale, 'confirmApprove', number, coordinators)}
            className="rounded bg-un-blue px-4 py-2 font-medium text-white hover:bg-un-blue-dark"
          />
        </div>
      </ActionForm>
    </section>
  );
}

/**
 * After « modifications demandées », the coordinator's page starts with what the review asked:
 * the decision note, then each open thread on the version sent back, in the document's order,
 * with a link that opens it where the text is.
 */
export async function ChangesAskedSection({ r }: { r: RoadmapView }) {
  const t = await getTranslations('roadmap.threads');
  const latest = r.versions[0];
  if (!isEditable(r.status) || latest?.status !== 'CHANGES_REQUESTED') return null;
  const asked = r.threads.filter((x) => !x.resolved && r.threadVersion[x.id] === latest.number);
  const kind = (x: RoadmapView['threads'][number]) => (x.targetType === 'ROADMAP' ? (x.field ?? 'other') : x.code === null ? 'gone' : x.targetType);
  const title = (x: RoadmapView['threads'][number]) =>
    x.targetType === 'ACTION' ? r.actions.find((a) => a.id === x.targetId)?.title
    : x.targetType === 'OBJECTIVE' ? r.objectives.find((o) => o.id === x.targetId)?.title
    : x.targetType === 'RECOMMENDATION' ? r.recommendations.find((o) => o.id === x.targetId)?.text
    : undefined;
  return (
    <section aria-labelledby="changes-asked" className="space-y-3 rounded border-2 border-amber-400 bg-amber-50 p-4" data-testid="changes-asked">
      <h2 id="changes-asked" className="text-xl font-semibold">{t('asked.title', { number: latest.number })}</h2>
      <p>{t('asked.intro', { count: asked.length, number: latest.number })}</p>
      {latest.decisionNote && (
        <figure className="rounded border border-amber-200 bg-white p-3">
          <figcaption className="text-sm font-medium text-slate-700">{t('asked.note', { name: latest.decidedBy ?? '—' })}</figcaption>
          <blockquote className="mt-1 whitespace-pre-line">{latest.decisionNote}</blockquote>
        </figure>
      )}
      {asked.length > 0 && (
        <ol className="space-y-2">
          {asked.map((x) => (
            <li key={x.id} className="rounded border border-amber-200 bg-white p-3" data-testid="asked-thread">
              <h3 className="font-semibold">
                <a href={`#thread-${x.id}`} className="text-un-blue underline">{t('heading', { kind: kind(x), code: x.code ?? '' })}</a>
                {title(x) && <span className="font-normal text-slate-700"> — {title(x)!.slice(0, 120)}</span>}
              </h3>
              {x.quote && (
                <p className="mt-1 text-sm">
                  <span className="sr-only">{t('quoted')} </span><span className={x.anchor?.state === 'outdated' ? 'italic line-through' : 'bg-amber-100 italic'}>{t('quote', { quote: x.quote })}</span>
                  {x.anchor?.state === 'outdated' && <Badge tone="warning" className="ml-2">{t('outdated')}</Badge>}
                </p>
              )}
              <p className="mt-1 whitespace-pre-line"><span className="font-medium">{t('said', { author: x.author ?? '—' })} </span>{x.body}</p>
              {x.replies.length > 0 && <p className="text-xs text-slate-600">{t('replies', { count: x.replies.length })}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
