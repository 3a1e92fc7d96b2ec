import { getTranslations } from 'next-intl/server';
import { ActionForm, Field, Select } from '@/components/forms/action-form';
import type { FormState } from '@/components/forms/action-form';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { pick } from '@/lib/i18n/pick';

type Neighbours = {
  previous: { id: string; title: string } | null;
  next: { id: string; title: string } | null;
  frameworks: { id: string; version: string; titleFr: string; titleEn: string }[];
};

/** The cycles around an assessment: links to the previous and next ones, and the form that starts the next from a closed one. */
export async function NextCycle({ id, n, title, closed, mayStart, locale, action }: {
  id: string; n: Neighbours; title: string; closed: boolean; mayStart: boolean; locale: Locale;
  action: (s: FormState, fd: FormData) => Promise<FormState>;
}) {
  const t = await getTranslations('programme.cycle');
  return (
    <div className="mt-4 space-y-3 border-t border-slate-200 pt-4 text-sm">
      {n.previous && (
        <p>
          <Link href={`/assessments/${n.previous.id}`} className="text-un-blue hover:underline">{t('previous', { title: n.previous.title })}</Link>
          {' · '}
          <Link href={`/assessments/${id}/compare`} className="font-medium text-un-blue hover:underline">{t('compare')}</Link>
        </p>
      )}
      {n.next && <p><Link href={`/assessments/${n.next.id}`} className="text-un-blue hover:underline">{t('next', { title: n.next.title })}</Link></p>}
      {closed && !n.next && mayStart && (
        <div className="space-y-2">
          <h3 className="font-semibold">{t('start')}</h3>
          <p className="text-slate-700">{t('startHelp')}</p>
          <ActionForm action={action} submitLabel={t('submit')} className="space-y-3">
            <Field name="title" label={t('titleField')} defaultValue={t('defaultTitle', { title })} required />
            <Select name="frameworkVersionId" label={t('framework')} options={n.frameworks.map((f) => ({ value: f.id, label: `${pick(locale, f)} (${f.version})` }))} defaultValue={n.frameworks[0]?.id} />
          </ActionForm>
        </div>
      )}
    </div>
  );
}
