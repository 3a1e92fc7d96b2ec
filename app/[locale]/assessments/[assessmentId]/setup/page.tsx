import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getSetup } from '@/lib/assessment/get-setup';
import { setupOpen } from '@/lib/assessment/status';
import { AssessmentHeader } from '@/components/assessment/assessment-header';
import { AddEntitiesForm, AssignForm, ConsultationForm, CreateEntityForm, InviteContributorForm } from '@/components/assessment/setup-forms';
import {
  addEntitiesFormAction, assignFormAction, consultationFormAction, createEntityFormAction, inviteContributorFormAction, removeEntityAction,
} from '../../actions';
import { loadAssessment } from '@/lib/page/load-assessment';
import { ClientMessages } from '@/components/shell/client-messages';
import { RowHeader, Table } from '@/components/ui/table';

type Props = { params: Promise<{ locale: string; assessmentId: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale === 'en' ? 'en' : 'fr', namespace: 'assessment.setup' });
  return { title: t('title') };
}

export default async function SetupPage({ params }: Props) {
  const { assessment: a, db, may, locale } = await loadAssessment(params, '/setup', 'assessment.manage');
  const setup = await getSetup(db, a.id, locale);
  if (!setup) notFound();
  const t = await getTranslations('assessment.setup');
  const open = setupOpen(a.status);
  const canInvite = may('user.invite');
  const register = [...setup.participants, ...setup.register].map((e) => ({ id: e.id, name: e.name })).sort((x, y) => x.name.localeCompare(y.name, locale));
  const card = 'rounded border border-slate-200 bg-white p-4 shadow-sm sm:p-6';
  return (
    <ClientMessages namespaces={['assessment', 'entityKind']}>
      <div>
        <AssessmentHeader a={a} current="setup" sections={['overview', 'setup', 'consolidation', 'results']} />
        {!open && <p className="mb-6 rounded border border-slate-300 bg-slate-100 px-3 py-2 text-sm">{t('readOnly')}</p>}
        <div className="space-y-8">
          <section aria-labelledby="consultation" className={card}>
            <h2 id="consultation" className="text-lg font-semibold">{t('consultation')}</h2>
            <p className="mb-4 text-sm text-slate-600">{t('consultationHelp')}</p>
            <ConsultationForm a={a} entities={register} action={consultationFormAction.bind(null, locale, a.id)} />
          </section>

          <section aria-labelledby="participants" className={card}>
            <h2 id="participants" className="text-lg font-semibold">{t('participants')}</h2>
            <p className="mb-4 text-sm text-slate-600">{t('participantsHelp')}</p>
            {setup.participants.length === 0 ? <p className="text-sm text-slate-600">{t('noParticipants')}</p> : (
              <Table
                framed={false}
                caption={t('matrixCaption')}
                columns={[
                  { label: t('participants'), className: 'px-2 py-2' },
                  ...setup.areas.map((ar) => ({ label: ar.code, title: ar.title, className: 'px-1 py-2 text-center font-mono text-xs' })),
                  { label: t('contributors'), className: 'px-2 py-2' },
                  { label: <span className="sr-only">{t('remove')}</span>, className: 'px-2 py-2' },
                ]}
              >
                    {setup.participants.map((e) => (
                      <tr key={e.id}>
                        <RowHeader className="px-2 py-2">{e.acronym ? <span className="font-medium">{e.acronym} · </span> : null}{e.name}</RowHeader>
                        {e.assignedPerArea.map((n, i) => (
                          <td key={setup.areas[i].id} className={`px-1 py-2 text-center tabular-nums ${n ? 'bg-blue-50 font-medium' : 'text-slate-400'}`}>{n || '·'}</td>
                        ))}
                        <td className="min-w-56 px-2 py-2">
                          {e.contributors.length === 0 && e.pendingInvitations.length === 0 && <span className="text-slate-500">{t('noContributor')}</span>}
                          <ul>
                            {e.contributors.map((c) => <li key={c.email}>{c.name}</li>)}
                            {e.pendingInvitations.map((m) => <li key={m} className="text-slate-600">{m} ({t('pending')})</li>)}
                          </ul>
                          {canInvite && open && <InviteContributorForm entity={e.name} action={inviteContributorFormAction.bind(null, locale, a.id, a.countryId, e.id)} />}
                        </td>
                        <td className="px-2 py-2">
                          {open && e.answered === 0 && (
                            <form action={async () => { 'use server'; await removeEntityAction(locale, a.id, e.id); }}>
                              <button type="submit" className="rounded border border-red-300 px-2 py-1 text-xs text-red-800 hover:bg-red-50" aria-label={t('removeLabel', { entity: e.name })}>{t('remove')}</button>
                            </form>
                          )}
                        </td>
                      </tr>
                    ))}
              </Table>
            )}
            {open && (
              <div className="mt-6 grid gap-6 lg:grid-cols-2">
                <AddEntitiesForm register={setup.register} action={addEntitiesFormAction.bind(null, locale, a.id)} />
                <details className="rounded border border-slate-200 p-3" open={setup.register.length === 0 || undefined}>
                  <summary className="cursor-pointer text-sm font-medium text-un-blue">{t('newEntity')}</summary>
                  <div className="mt-3">{may('entity.manage') && <CreateEntityForm action={createEntityFormAction.bind(null, locale, a.id)} />}</div>
                </details>
              </div>
            )}
          </section>

          {open && setup.participants.length > 0 && (
            <section aria-labelledby="assign" className={card}>
              <h2 id="assign" className="text-lg font-semibold">{t('assignments')}</h2>
              <p className="mb-4 text-sm text-slate-600">{t('assignmentsHelp')}</p>
              <AssignForm setup={setup} action={assignFormAction.bind(null, locale, a.id)} />
            </section>
          )}
        </div>
      </div>
    </ClientMessages>
  );
}
