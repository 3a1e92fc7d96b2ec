import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { computeCoverage } from '@/lib/framework/compute-coverage';
import { isLocale } from '@/lib/i18n/routing';
import { CoverageTable } from '@/components/framework/coverage-table';
import { FrameworkHeader } from '@/components/framework/framework-header';
import { loadVersion, loadVersionPage } from '@/lib/page/load-framework-version';

type Props = { params: Promise<{ locale: string; slug: string; version: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug, version } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'framework' });
  return { title: `${t('coverage.title')} · ${slug} ${version}` };
}

export default async function CoveragePage({ params }: Props) {
  const { locale, stored, path } = await loadVersionPage(params);
  const coverage = computeCoverage(stored.content);
  // A version that follows another shows, paragraph by paragraph, the questions of both.
  const previousVersion = stored.content.framework.previous;
  const previousStored = previousVersion ? await loadVersion(stored.content.framework.slug, previousVersion) : null;
  const previous = previousStored
    ? {
        version: previousStored.content.framework.version,
        path: `/framework/${encodeURIComponent(stored.content.framework.slug)}/${encodeURIComponent(previousStored.content.framework.version)}`,
        byKey: new Map(computeCoverage(previousStored.content).flatMap((i) => i.rows.map((r) => [r.key, r.questions] as const))),
      }
    : null;
  const t = await getTranslations('framework');
  return (
    <div className="space-y-6">
      <FrameworkHeader framework={stored.content.framework} locale={locale} current="coverage" />
      <p className="max-w-4xl text-slate-700">{t('coverage.intro')}</p>
      {coverage.length === 0 && <p className="text-slate-600">{t('coverage.none')}</p>}
      {coverage.map((instrument) => (
        <CoverageTable key={instrument.code} instrument={instrument} locale={locale} path={path} previous={previous} />
      ))}
    </div>
  );
}
