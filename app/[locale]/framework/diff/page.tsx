import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { diffVersions } from '@/lib/framework/diff-versions';
import { getFrameworkVersion } from '@/lib/framework/get-framework-version';
import { parseVersionRef } from '@/lib/framework/version-ref';
import { Link } from '@/lib/i18n/navigation';
import { isLocale } from '@/lib/i18n/routing';
import { loadPublicPage } from '@/lib/page/load-page';
import { DiffView } from '@/components/framework/diff-view';
import { Notice } from '@/components/ui/notice';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'framework' });
  return { title: t('diff.title') };
}

/** framework/diff?from=vt/2025.1&to=vt/2025.2: what changed between two imported versions. */
export default async function FrameworkDiffPage({ params, searchParams }: Props) {
  const { locale, publicDb, t } = await loadPublicPage(params, { namespace: 'framework' });
  const query = await searchParams;
  const from = parseVersionRef(query.from);
  const to = parseVersionRef(query.to);
  const [a, b] = from && to ? await Promise.all([getFrameworkVersion(publicDb, from.slug, from.version), getFrameworkVersion(publicDb, to.slug, to.version)]) : [null, null];

  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/framework" className="font-medium text-un-blue underline-offset-2 hover:underline">{t('nav.allVersions')}</Link>
      </p>
      <h1 className="text-3xl font-semibold tracking-tight text-un-blue-dark">{t('diff.title')}</h1>
      {!from || !to ? (
        <p className="text-slate-700">{t('diff.choose')}</p>
      ) : !a || !b ? (
        <Notice large tone="error">{t('diff.notFound')}</Notice>
      ) : (
        <>
          <p className="text-lg text-slate-700">{t('diff.heading', { from: `${from.slug} ${from.version}`, to: `${to.slug} ${to.version}` })}</p>
          <DiffView diff={diffVersions(a.content, b.content)} locale={locale} />
        </>
      )}
    </div>
  );
}
