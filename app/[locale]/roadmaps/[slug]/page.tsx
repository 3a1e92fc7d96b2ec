import { notFound } from 'next/navigation';
import { can } from '@/lib/auth/can';
import { Link } from '@/lib/i18n/navigation';
import { loadPage } from '@/lib/page/load-page';
import { getRoadmapView } from '@/lib/roadmap/get-roadmap-view';
import { isEditable, mayDecide } from '@/lib/roadmap/scope';
import { DemoBanner } from '@/components/shell/demo-banner';
import { ActionMatrix } from '@/components/roadmap/action-matrix';
import { GenerateButton } from '@/components/roadmap/generate-button';
import {
  box, ChangesAskedSection, CoverageSection, HeaderSection, ObjectivesSection, ReviewSection, RoadmapTitle, VersionsSection,
} from '@/components/roadmap/roadmap-sections';
import { ClientMessages } from '@/components/shell/client-messages';
import { CommentsProvider, ThreadsOverview } from '@/components/roadmap/comments';
import { headerTarget } from '@/lib/roadmap/comment-threads';
import { listRecipients } from '@/lib/roadmap/recipients';
import {
  commentFormAction, decideFormAction, deleteActionAction, generateAction, headerFormAction, objectiveFormAction,
  reorderAction, resolveCommentAction, submitFormAction,
} from '../actions';

type Props = { params: Promise<{ locale: string; slug: string }> };

/** A roadmap: who may do what is decided here, the sections render it (components/roadmap/roadmap-sections.tsx). */
export default async function RoadmapPage({ params }: Props) {
  const { params: { slug }, locale, user, db, t } = await loadPage(params, { path: (p) => `/roadmaps/${p.slug}`, namespace: 'roadmap' });
  const r = await getRoadmapView(db, slug, locale);
  if (!r || !can(user, 'roadmap.view', { countryId: r.countryId })) notFound();
  const scope = { countryId: r.countryId };
  const editable = isEditable(r.status) && can(user, 'roadmap.edit', scope);
  const canComment = can(user, 'roadmap.comment', scope);
  const latest = r.versions[0];
  const submit = editable && can(user, 'roadmap.submit', scope);
  const decide = mayDecide(user, r);
  // Who each decision notifies, named in its confirmation (lib/roadmap/notify.ts sends to them).
  const [reviewers, coordinators] = await Promise.all([
    submit ? listRecipients(db, r.countryId, ['REVIEWER'], user.id) : [],
    decide ? listRecipients(db, r.countryId, ['COORDINATOR'], user.id) : [],
  ]);

  return (
    <ClientMessages namespaces={['roadmap', 'pdf', 'confirm']}>
      <CommentsProvider
        threads={r.threads}
        me={user.id}
        comment={canComment ? commentFormAction.bind(null, locale, slug, r.id) : null}
        resolve={canComment ? resolveCommentAction.bind(null, locale, slug) : null}
      >
      <div className="space-y-10">
        {r.demo && <DemoBanner />}
        <RoadmapTitle r={r} />
        <ChangesAskedSection r={r} />
        <ThreadsOverview target={headerTarget(null)} />
        {editable && r.assessment && (
          <section className={box}>
            <GenerateButton run={generateAction.bind(null, locale, slug, r.id)} label={t('generate')} />
          </section>
        )}
        <HeaderSection r={r} save={editable ? headerFormAction.bind(null, locale, slug, r.id, r.version) : null} />
        <ObjectivesSection r={r} save={editable ? (objectiveId) => objectiveFormAction.bind(null, locale, slug, r.id, objectiveId) : null} />
        <section aria-labelledby="actions" className="space-y-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="actions" className="text-xl font-semibold">{t('actions')}</h2>
            {editable && <Link href={`/roadmaps/${slug}/actions/new`} className="rounded bg-un-blue px-4 py-2 font-medium text-white">{t('addAction')}</Link>}
          </div>
          <ActionMatrix
            slug={slug}
            actions={r.actions}
            editable={editable}
            reorder={reorderAction.bind(null, locale, slug, r.id)}
            remove={deleteActionAction.bind(null, locale, slug)}
          />
        </section>
        <CoverageSection r={r} />
        <VersionsSection
          r={r}
          locale={locale}
          submit={submit ? { run: submitFormAction.bind(null, locale, slug, r.id), reviewers } : null}
          download={can(user, 'roadmap.download', scope)}
        />
        {decide && <ReviewSection locale={locale} number={latest.number} decide={decideFormAction.bind(null, locale, slug, r.id, latest.number)} coordinators={coordinators} />}
      </div>
      </CommentsProvider>
    </ClientMessages>
  );
}
