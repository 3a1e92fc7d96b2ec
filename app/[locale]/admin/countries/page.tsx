import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { can } from '@/lib/auth/can';
import { isoCountries } from '@/lib/country/names';
import { listCountries } from '@/lib/country/views';
import { Link } from '@/lib/i18n/navigation';
import { isLocale } from '@/lib/i18n/routing';
import { loadPage } from '@/lib/page/load-page';
import { CreateCountryForm } from '@/components/admin/country-forms';
import { ClientMessages } from '@/components/shell/client-messages';
import { Cell, RowHeader, Table } from '@/components/ui/table';
import { createCountryFormAction } from './actions';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'country.admin' });
  return { title: t('title') };
}

/** Administrators add a country from the ISO 3166 list and open its register's import. */
export default async function CountriesAdminPage({ params }: Props) {
  const { locale, user, db, t } = await loadPage(params, { path: '/admin/countries', namespace: 'country' });
  if (!can(user, 'country.manage', { countryId: null })) notFound();
  const countries = await listCountries(db, locale);
  const registered = new Set(countries.map((c) => c.code));
  const choices = isoCountries(locale).filter((c) => !registered.has(c.code));
  return (
    <ClientMessages namespaces={['country', 'entityKind']}>
      <div className="space-y-8">
        <div className="max-w-3xl space-y-3">
          <h1 className="text-3xl font-semibold tracking-tight text-un-blue-dark">{t('admin.title')}</h1>
          <p className="text-slate-700">{t('admin.intro')}</p>
        </div>
        <section aria-labelledby="registered" className="space-y-3">
          <h2 id="registered" className="text-xl font-semibold">{t('admin.listTitle')}</h2>
          <Table caption={t('admin.listTitle')} columns={[t('admin.columns.country'), t('admin.columns.code'), t('admin.columns.entities'), t('registerTitle')]}>
            {countries.map((c) => (
              <tr key={c.code}>
                <RowHeader>{c.name}</RowHeader>
                <Cell className="font-mono text-xs">{c.code}</Cell>
                <Cell>{t('count', { count: c.entityCount })}</Cell>
                <Cell>
                  <Link href={`/admin/countries/${c.code.toLowerCase()}`} className="font-medium text-un-blue underline-offset-2 hover:underline">{t('admin.manage')}<span className="sr-only"> — {c.name}</span></Link>
                </Cell>
              </tr>
            ))}
          </Table>
        </section>
        <section aria-labelledby="create" className="space-y-3">
          <h2 id="create" className="text-xl font-semibold">{t('admin.create.title')}</h2>
          <CreateCountryForm choices={choices} action={createCountryFormAction.bind(null, locale)} />
        </section>
      </div>
    </ClientMessages>
  );
}
