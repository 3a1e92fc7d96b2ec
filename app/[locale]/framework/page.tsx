import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { can } from '@/lib/auth/can';
import { listFrameworkVersions } from '@/lib/framework/list-framework-versions';
import { Link } from '@/lib/i18n/navigation';
import { isLocale } from '@/lib/i18n/routing';
import { loadPublicPage } from '@/lib/page/load-page';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'framework' });
  return { title: t('title') };
}

/** Every imported version of the reference framework: reference content, open to all. */
export default async function FrameworksPage({ params }: Props) {
  const { locale, user, publicDb, t, format } = await loadPublicPage(params, { namespace: 'framework' });
  const versions = await listFrameworkVersions(publicDb);
  const canImport = can(user, 'framework.import', { countryId: null });
  const select = 'rounded border border-slate-300 bg-white px-3 py-2 text-sm';
  return (
    <div className="space-y-8">
      <section aria-labelledby="framework-title" className="max-w-4xl">
        <h1 id="framework-title" className="text-3xl font-semibold tracking-tight text-un-blue-dark">{t('title')}</h1>
        <p className="mt-4 text-slate-700">{t('intro')}</p>
        {canImport && (
          <p className="mt-4">
            <Link href="/admin/frameworks/import" className="inline-block rounded bg-un-blue px-4 py-2 text-sm font-medium text-white hover:bg-un-blue-dark">
              {t('importLink')}
            </Link>
          </p>
        )}
      </section>

      {versions.length === 0 ? (
        <p className="text-slate-600">{t('none')}</p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {versions.map((v) => (
            <li key={`${v.slug}/${v.version}`} className="flex flex-col rounded border border-slate-200 bg-white p-4 shadow-sm">
              <h2 className="text-lg font-semibold">{v.title[locale]}</h2>
              <p className="mt-1 text-sm font-medium text-slate-600">
                {t('versionLabel', { version: v.version })} · {t('importedOn', { date: format.dateTime(v.importedAt, { dateStyle: 'long' }) })}
              </p>
              <p className="mt-2 text-sm text-slate-700">{t('counts', { areas: v.areas, questions: v.questions, instruments: v.instruments })}</p>
              {v.inUse && <p className="mt-2 w-fit rounded bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">{t('inUse')}</p>}
              <Link
                href={`/framework/${encodeURIComponent(v.slug)}/${encodeURIComponent(v.version)}`}
                className="mt-3 text-sm font-medium text-un-blue underline-offset-2 hover:underline"
              >
                {t('open', { version: v.version })}
              </Link>
            </li>
          ))}
        </ul>
      )}

      {versions.length > 1 && (
        <section aria-labelledby="compare-title" className="max-w-3xl rounded border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id="compare-title" className="text-lg font-semibold">{t('compareTitle')}</h2>
          <p className="mt-1 text-sm text-slate-700">{t('compareIntro')}</p>
          <form method="get" action={`/${locale}/framework/diff`} className="mt-3 flex flex-wrap items-end gap-3">
            <label className="flex flex-col gap-1 text-sm font-medium">
              {t('compareFrom')}
              <select name="from" className={select} defaultValue={`${versions[1].slug}/${versions[1].version}`}>
                {versions.map((v) => <option key={`${v.slug}/${v.version}`} value={`${v.slug}/${v.version}`}>{`${v.slug} ${v.version}`}</option>)}
              </select>
            </label>
            <label className="flex flex-col gap-1 text-sm font-medium">
              {t('compareTo')}
              <select name="to" className={select} defaultValue={`${versions[0].slug}/${versions[0].version}`}>
                {versions.map((v) => <option key={`${v.slug}/${v.version}`} value={`${v.slug}/${v.version}`}>{`${v.slug} ${v.version}`}</option>)}
              </select>
            </label>
            <button type="submit" className="rounded bg-un-blue px-4 py-2 text-sm font-medium text-white hover:bg-un-blue-dark">{t('compare')}</button>
          </form>
        </section>
      )}
    </div>
  );
}
