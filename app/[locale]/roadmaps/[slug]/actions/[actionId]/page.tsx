import { notFound } from 'next/navigation';
import { can } from '@/lib/auth/can';
import { loadPage } from '@/lib/page/load-page';
import { Link } from '@/lib/i18n/navigation';
import { actionFormValues } from '@/lib/roadmap/form-input';
import { getRoadmapView } from '@/lib/roadmap/get-roadmap-view';
import { isEditable } from '@/lib/roadmap/scope';
import { RoadmapActionForm } from '@/components/roadmap/action-form';
import { actionFormAction } from '../../../actions';
import { ClientMessages } from '@/components/shell/client-messages';

type Props = { params: Promise<{ locale: string; slug: string; actionId: string }> };

/** Edits an action, or adds one when the address ends in /actions/new. */
export default async function ActionPage({ params }: Props) {
  const { params: { slug, actionId }, locale, user, db, t } = await loadPage(params, { path: (p) => `/roadmaps/${p.slug}/actions/${p.actionId}`, namespace: 'roadmap' });
  const r = await getRoadmapView(db, slug, locale);
  if (!r || !isEditable(r.status) || !can(user, 'roadmap.edit', { countryId: r.countryId })) notFound();
  const isNew = actionId === 'new';
  const a = isNew ? null : r.actions.find((x) => x.id === actionId);
  if (!isNew && !a) notFound();
  const values = a
    ? actionFormValues(a)
    : { title: '', description: '', objectiveId: '', leadEntityId: '', partners: '', startPeriod: '', endPeriod: '', priority: 'MEDIUM', indicators: '', costAmount: '', currency: r.currency, fundingSource: '', status: 'PLANNED' };
  return (
    <ClientMessages namespaces={['roadmap']}>
      <div className="space-y-6">
        <p><Link href={`/roadmaps/${slug}#actions`} className="text-un-blue underline">← {r.title}</Link></p>
        <h1 className="text-2xl font-semibold text-un-blue-dark">{isNew ? t('addAction') : t('editAction')}</h1>
        <div className="rounded border border-slate-200 bg-white p-4 shadow-sm">
          <RoadmapActionForm
            action={actionFormAction.bind(null, locale, slug, r.id, a?.id ?? null, a?.version ?? 1)}
            values={values}
            selected={{ supportingEntityIds: a?.supportingEntityIds ?? [], questionIds: a?.questionIds ?? [], paragraphIds: a?.paragraphIds ?? [] }}
            options={{ ...r.options, objectives: r.objectives.map((o) => ({ id: o.id, name: o.title })) }}
          />
        </div>
      </div>
    </ClientMessages>
  );
}
