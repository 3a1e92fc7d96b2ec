import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { can } from '@/lib/auth/can';
import { getEmblemInfo } from '@/lib/country/emblem-read';
import { getCountryRegister } from '@/lib/country/views';
import { isLocale } from '@/lib/i18n/routing';
import { loadPage } from '@/lib/page/load-page';
import { EmblemForm } from '@/components/country/emblem-form';
import { ClientMessages } from '@/components/shell/client-messages';
import { DemoBanner } from '@/components/shell/demo-banner';
import { Link } from '@/lib/i18n/navigation';
import { Cell, RowHeader, Table } from '@/components/ui/table';
import type { EntityKind } from '@/lib/i18n/enum-keys';
import { removeEmblemFormAction, setEmblemFormAction } from './actions';

type Props = { params: Promise<{ locale: string; code: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale, code } = await params;
  if (!isLocale(locale) || !/^[a-z]{2}$/i.test(code)) return {};
  const t = await getTranslations({ locale, namespace: 'country' });
  return { title: `${t('registerTitle')} · ${code.toUpperCase()}` };
}

export default async function CountryPage({ params }: Props) {
  const { params: { code }, locale, user, db, t } = await loadPage(params, { path: (p) => `/countries/${p.code}` });
  if (!/^[a-z]{2}$/i.test(code)) notFound();
  const register = await getCountryRegister(db, code, locale);
  if (!register || !can(user, 'country.view', { countryId: register.id })) notFound();
  const emblem = await getEmblemInfo(db, register.id);
  const slug = register.code.toLowerCase();
  return (
    <div>
      {register.demo && <DemoBanner />}
      <h1 className="text-3xl font-semibold tracking-tight text-un-blue-dark">{register.name}</h1>
      <h2 className="mt-6 text-xl font-semibold">{t('country.registerTitle')}</h2>
      <p className="mt-1 text-slate-700">{t('country.registerIntro', { country: register.name })}</p>
      <p className="mt-1 text-sm text-slate-600">
        {t('country.count', { count: register.entities.length })} · {t('country.currency', { currency: register.currency })}
      </p>
      {can(user, 'country.manage', { countryId: null }) && (
        <p className="mt-2 text-sm">
          <Link href={`/admin/countries/${register.code.toLowerCase()}`} className="font-medium text-un-blue underline-offset-2 hover:underline">{t('country.manageRegister')}</Link>
        </p>
      )}
      <Table
        className="mt-4"
        caption={t('country.registerTitle')}
        columns={[t('country.columns.acronym'), t('country.columns.name'), t('country.columns.kind'), t('country.columns.parent')]}
      >
            {register.entities.map((e) => (
              <tr key={e.id}>
                <Cell className="font-medium">{e.acronym ?? t('country.noAcronym')}</Cell>
                <RowHeader>{e.name}</RowHeader>
                <Cell>{t(`entityKind.${e.kind as EntityKind}`)}</Cell>
                <Cell className="text-slate-600">{e.parentName ?? t('country.noParent')}</Cell>
              </tr>
            ))}
      </Table>
      <section aria-labelledby="emblem-title" className="mt-10">
        <h2 id="emblem-title" className="text-xl font-semibold">{t('country.emblem.title')}</h2>
        <ClientMessages namespaces={['country']}>
          <EmblemForm
            country={register.name}
            emblem={emblem}
            // The hash in the address: a new emblem is a new image, never an old copy from the cache.
            previewUrl={emblem ? `/api/countries/${slug}/emblem?v=${emblem.sha256.slice(0, 16)}` : null}
            canEdit={can(user, 'country.emblem', { countryId: register.id })}
            setAction={setEmblemFormAction.bind(null, locale, register.id, slug)}
            removeAction={removeEmblemFormAction.bind(null, locale, register.id, slug)}
          />
        </ClientMessages>
      </section>
    </div>
  );
}
