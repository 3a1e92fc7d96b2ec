import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { can } from '@/lib/auth/can';
import { getCountryRegister } from '@/lib/country/views';
import { Link } from '@/lib/i18n/navigation';
import { isLocale } from '@/lib/i18n/routing';
import { loadPage } from '@/lib/page/load-page';
import { RegisterImportForm } from '@/components/admin/country-forms';
import { ClientMessages } from '@/components/shell/client-messages';
import { Notice } from '@/components/ui/notice';
import { REGISTER_COLUMNS } from '@/lib/country/register-file';
import { importRegisterFormAction } from '../actions';

type Props = { params: Promise<{ locale: string; code: string }>; searchParams: Promise<{ created?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, code } = await params;
  if (!isLocale(locale) || !/^[a-z]{2}$/i.test(code)) return {};
  const t = await getTranslations({ locale, namespace: 'country.import' });
  return { title: `${t('title')} · ${code.toUpperCase()}` };
}

/** A country's register imported from a CSV or Excel file, previewed before anything is written. */
export default async function CountryRegisterAdminPage({ params, searchParams }: Props) {
  const { params: { code }, locale, user, db, t } = await loadPage(params, { path: (p) => `/admin/countries/${p.code}`, namespace: 'country' });
  if (!/^[a-z]{2}$/i.test(code) || !can(user, 'country.manage', { countryId: null })) notFound();
  const register = await getCountryRegister(db, code, locale);
  if (!register) notFound();
  const { created } = await searchParams;
  return (
    <ClientMessages namespaces={['country', 'entityKind', 'assessment']}>
      <div className="space-y-6">
        <p className="text-sm">
          <Link href="/admin/countries" className="font-medium text-un-blue underline-offset-2 hover:underline">← {t('admin.title')}</Link>
        </p>
        <div className="max-w-3xl space-y-3">
          <h1 className="text-3xl font-semibold tracking-tight text-un-blue-dark">{t('import.title')} · {register.name}</h1>
          {created === '1' && <Notice tone="success">{t('admin.create.created', { country: register.name })}</Notice>}
          <p className="text-slate-700">{t('import.intro')}</p>
          <p className="text-sm text-slate-700">
            {t('count', { count: register.entities.length })} ·{' '}
            <Link href={`/countries/${register.code.toLowerCase()}`} className="font-medium text-un-blue underline-offset-2 hover:underline">{t('registerTitle')}</Link>
          </p>
          <details className="text-sm">
            <summary className="cursor-pointer font-medium text-un-blue">{t('import.columnsTitle')}</summary>
            <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-700">
              {REGISTER_COLUMNS.map((c) => <li key={c}>{t(`import.columnHelp.${c}`)}</li>)}
            </ul>
          </details>
        </div>
        <RegisterImportForm locale={locale} action={importRegisterFormAction.bind(null, locale, register.id)} />
      </div>
    </ClientMessages>
  );
}
