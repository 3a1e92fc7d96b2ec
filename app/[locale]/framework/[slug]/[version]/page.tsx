import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { parseExplorerFilters } from '@/lib/framework/explorer-filters';
import { filterQuestions } from '@/lib/framework/filter-questions';
import { paragraphIndex } from '@/lib/framework/paragraph-index';
import { isLocale } from '@/lib/i18n/routing';
import { FrameworkHeader } from '@/components/framework/framework-header';
import { QuestionCard } from '@/components/framework/question-card';
import { WhatIsNew } from '@/components/framework/what-is-new';
import { QuestionFilters } from '@/components/framework/question-filters';
import { ScaleTable } from '@/components/framework/scale-table';
import { loadVersion, loadVersionPage } from '@/lib/page/load-framework-version';

type Props = {
  params: Promise<{ locale: string; slug: string; version: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug, version } = await params;
  if (!isLocale(locale)) return {};
  const stored = await loadVersion(slug, version);
  return stored ? { title: `${stored.content.framework.title[locale]} · ${version}` } : {};
}

/** The explorer: areas and questions, filtered by instrument, paragraph and lens from the address. */
export default async function FrameworkVersionPage({ params, searchParams }: Props) {
  const { locale, stored, path } = await loadVersionPage(params);
  const { content } = stored;
  const filters = parseExplorerFilters(await searchParams);
  const areas = filterQuestions(content, filters);
  const count = areas.reduce((n, a) => n + a.questions.length, 0);
  const paragraphs = paragraphIndex(content);
  const scaleLabels = [...content.framework.scale].sort((a, b) => a.level - b.level).map((s) => s.label[locale]);
  const t = await getTranslations('framework');
  const selected = filters.paragraph ? paragraphs[filters.paragraph] : undefined;

  return (
    <div className="space-y-6">
      <FrameworkHeader framework={content.framework} locale={locale} current="questions" />
      <ScaleTable scale={content.framework.scale} locale={locale} />
      {content.framework.previous && <WhatIsNew content={content} />}
      <QuestionFilters instruments={content.instruments} filters={filters} path={path} />
      {selected && (
        <p className="rounded border-l-4 border-un-blue bg-blue-50 px-4 py-2 text-sm text-slate-800">{selected.summary[locale]}</p>
      )}
      <p role="status" className="text-sm font-medium text-slate-700">{t('filters.count', { count })}</p>
      {areas.map((area) => (
        <section key={area.code} aria-labelledby={`area-${area.code}`} className="space-y-3">
          <div>
            <h2 id={`area-${area.code}`} className="flex flex-wrap items-center gap-2 text-xl font-semibold">
              <span className="font-mono text-base text-un-blue-dark">{area.code}</span>
              {area.title[locale]}
              {area.crossCutting && <span className="rounded bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">{t('area.crossCutting')}</span>}
            </h2>
            <p className="mt-1 max-w-4xl text-sm text-slate-700">{area.purpose[locale]}</p>
          </div>
          {area.questions.map((q) => (
            <QuestionCard key={q.code} question={q} paragraphs={paragraphs} scaleLabels={scaleLabels} locale={locale} path={path} activeParagraph={filters.paragraph} previous={content.framework.previous} />
          ))}
        </section>
      ))}
    </div>
  );
}
