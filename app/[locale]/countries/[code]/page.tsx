import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { can } from '@/lib/auth/can';
import { getCountryRegister } from '@/lib/country/views';
import { isLocale } from '@/lib/i18n/routing';
import { loadPage } from '@/lib/page/load-page';
import { DemoBanner } from '@/components/shell/demo-banner';

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
  return (
    <div>
      {register.demo && <DemoBanner />}
      <h1 className="text-3xl font-semibold tracking-tight text-un-blue-dark">{register.name}</h1>
      <h2 className="mt-6 text-xl font-semibold">{t('country.registerTitle')}</h2>
      <p className="mt-1 text-slate-700">{t('country.registerIntro', { country: register.name })}</p>
      <p className="mt-1 text-sm text-slate-600">
        {t('country.count', { count: register.entities.length })} · {t('country.currency', { currency: register.currency })}
      </p>
      <div className="mt-4 overflow-x-auto rounded border border-slate-200 bg-white shadow-sm">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t('country.registerTitle')}</caption>
          <thead className="bg-slate-100 text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2">{t('country.columns.acronym')}</th>
              <th scope="col" className="px-3 py-2">{t('country.columns.name')}</th>
              <th scope="col" className="px-3 py-2">{t('country.columns.kind')}</th>
              <th scope="col" className="px-3 py-2">{t('country.columns.parent')}</th>
            </tr>
          </thead>
          <tbody>
            {register.entities.map((e) => (
              <tr key={e.id} className="border-t border-slate-100">
                <td className="px-3 py-2 font-medium">{e.acronym ?? t('country.noAcronym')}</td>
                <th scope="row" className="px-3 py-2 font-normal">{e.name}</th>
                <td className="px-3 py-2">{t(`entityKind.${e.kind}`)}</td>
                <td className="px-3 py-2 text-slate-600">{e.parentName ?? t('country.noParent')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
