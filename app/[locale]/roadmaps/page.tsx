import { can } from '@/lib/auth/can';
import { loadPage } from '@/lib/page/load-page';
import { Link } from '@/lib/i18n/navigation';
import { listRoadmaps } from '@/lib/roadmap/get-roadmap-view';
import { listAssessmentsForRoadmaps } from '@/lib/roadmap/list-assessments-for-roadmaps';
import { ActionForm, Advanced, Field, Select } from '@/components/forms/action-form';
import { ImportRoadmapForm } from '@/components/roadmap/import-form';
import { createRoadmapFormAction } from './actions';
import { ClientMessages } from '@/components/shell/client-messages';

type Props = { params: Promise<{ locale: string }> };

export default async function RoadmapsPage({ params }: Props) {
  const { locale, user, db, t } = await loadPage(params, { path: '/roadmaps', namespace: 'roadmap' });
  const roadmaps = (await listRoadmaps(db, locale)).filter((r) => can(user, 'roadmap.view', { countryId: r.countryId }));
  const assessments = (await listAssessmentsForRoadmaps(db)).filter((a) => can(user, 'roadmap.edit', { countryId: a.countryId }));
  const canImport = user.memberships.some((m) => can(user, 'roadmap.edit', { countryId: m.countryId }));
  return (
    <ClientMessages namespaces={['roadmap']}>
      <div className="space-y-8">
        <h1 className="text-2xl font-semibold text-un-blue-dark">{t('title')}</h1>
        {roadmaps.length === 0 ? (
          <p className="text-slate-600">{t('none')}</p>
        ) : (
          <ul className="grid gap-3 md:grid-cols-2">
            {roadmaps.map((r) => (
              <li key={r.id} className="rounded border border-slate-200 bg-white p-4 shadow-sm">
                <h2 className="text-lg font-medium"><Link href={`/roadmaps/${r.slug}`} className="text-un-blue-dark hover:underline">{r.title}</Link></h2>
                <p className="text-sm text-slate-600">{r.country} · {t(`status.${r.status}`)} · {t('version', { number: r._count.versions })}</p>
              </li>
            ))}
          </ul>
        )}
        {assessments.length > 0 && (
          <section aria-labelledby="create" className="max-w-xl rounded border border-slate-200 bg-white p-4 shadow-sm">
            <h2 id="create" className="text-lg font-semibold">{t('create')}</h2>
            <ActionForm action={createRoadmapFormAction.bind(null, locale)} submitLabel={t('create')} className="mt-3 space-y-3">
              <Select name="assessmentId" label={t('assessment')} options={assessments.map((a) => ({ value: a.id, label: a.title }))} />
              <Field name="title" label={t('titleField')} />
              <Advanced summary={t('advanced')} fields={['slug']}>
                <Field name="slug" label={t('slug')} hint={t('slugHint')} />
              </Advanced>
            </ActionForm>
          </section>
        )}
        {canImport && (
          <section aria-labelledby="import" className="max-w-xl rounded border border-slate-200 bg-white p-4 shadow-sm">
            <h2 id="import" className="text-lg font-semibold">{t('importJson')}</h2>
            <ImportRoadmapForm locale={locale} />
          </section>
        )}
      </div>
    </ClientMessages>
  );
}
