import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { traceParagraphs } from '@/lib/framework/trace-paragraphs';
import { isLocale } from '@/lib/i18n/routing';
import { FrameworkHeader } from '@/components/framework/framework-header';
import { TraceabilityList } from '@/components/framework/traceability-list';
import { loadVersionPage } from '@/lib/page/load-framework-version';

type Props = { params: Promise<{ locale: string; slug: string; version: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug, version } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'framework' });
  return { title: `${t('traceability.title')} · ${slug} ${version}` };
}

export default async function TraceabilityPage({ params }: Props) {
  const { locale, stored, path } = await loadVersionPage(params);
  const t = await getTranslations('framework');
  return (
    <div className="space-y-6">
      <FrameworkHeader framework={stored.content.framework} locale={locale} current="traceability" />
      <p className="max-w-4xl text-slate-700">{t('traceability.intro')}</p>
      <TraceabilityList instruments={traceParagraphs(stored.content)} locale={locale} path={path} />
    </div>
  );
}
