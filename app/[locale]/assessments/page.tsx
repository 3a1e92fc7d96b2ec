import { getTranslations } from 'next-intl/server';
import { listAssessments } from '@/lib/assessment/list-assessments';
import { loadPage } from '@/lib/page/load-page';
import { Link } from '@/lib/i18n/navigation';
import { StatusBadge } from '@/components/assessment/assessment-header';
import { CreateAssessmentForm } from '@/components/assessment/create-assessment-form';
import { ProgressBar } from '@/components/assessment/progress-bar';
import { createAssessmentFormAction } from './actions';
import { ClientMessages } from '@/components/shell/client-messages';
import { Cell, RowHeader, Table } from '@/components/ui/table';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale === 'en' ? 'en' : 'fr', namespace: 'assessment' });
  return { title: t('title') };
}

export default async function AssessmentsPage({ params }: Props) {
  const { locale, user, db, t } = await loadPage(params, { path: '/assessments', namespace: 'assessment' });
  const { rows, create } = await listAssessments(db, user, locale);
  return (
    <ClientMessages namespaces={['assessment']}>
      <div className="space-y-10">
        <section aria-labelledby="list">
          <h1 id="list" className="text-3xl font-semibold tracking-tight text-un-blue-dark">{t('title')}</h1>
          <p className="mt-2 max-w-3xl text-slate-700">{t('intro')}</p>
          {rows.length === 0 ? (
            <p className="mt-4 text-slate-600">{t('none')}</p>
          ) : (
            <Table
              className="mt-4"
              caption={t('title')}
              columns={[t('columns.title'), t('columns.country'), t('columns.status'), t('columns.entities'), t('columns.progress')]}
            >
                  {rows.map((r) => (
                    <tr key={r.id}>
                      <RowHeader>
                        <Link href={r.href} className="font-medium text-un-blue hover:underline">{r.title}</Link>
                      </RowHeader>
                      <Cell>{r.country}</Cell>
                      <Cell><StatusBadge status={r.status} label={t(`status.${r.status}`)} /></Cell>
                      <Cell>{r.entities}</Cell>
                      <Cell className="w-40">
                        <ProgressBar size="sm" value={r.progress} max={100} label={r.title} text={t('progress.bar', { percent: r.progress })} />
                        <span className="text-xs text-slate-600">{r.progress} %</span>
                      </Cell>
                    </tr>
                  ))}
            </Table>
          )}
        </section>
        {create.countries.length > 0 && (
          <section aria-labelledby="create" className="max-w-xl">
            <h2 id="create" className="text-lg font-semibold">{t('create.title')}</h2>
            {create.frameworks.length === 0 ? <p className="mt-2 text-slate-600">{t('create.noFramework')}</p> : (
              <CreateAssessmentForm options={create} action={createAssessmentFormAction.bind(null, locale)} />
            )}
          </section>
        )}
      </div>
    </ClientMessages>
  );
}
