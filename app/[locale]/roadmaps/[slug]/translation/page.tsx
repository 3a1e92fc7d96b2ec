import { notFound } from 'next/navigation';
import { can } from '@/lib/auth/can';
import { loadPage } from '@/lib/page/load-page';
import { Link } from '@/lib/i18n/navigation';
import { getTranslationView } from '@/lib/translation/get-translation-view';
import { SECTIONS, type Section } from '@/lib/translation/texts';
import { TranslationEditor } from '@/components/translation/translation-editor';
import { TranslationTools } from '@/components/translation/translation-tools';
import { ClientMessages } from '@/components/shell/client-messages';
import { approveLanguageAction, reviewTranslationsAction, setPublicationLanguagesAction } from './actions';

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ section?: string }> };

/** The roadmap's texts side by side, original and translation, one section at a time. */
export default async function TranslationPage({ params, searchParams }: Props) {
  const { params: { slug }, locale, user, db, t } = await loadPage(params, { path: (p) => `/roadmaps/${p.slug}/translation`, namespace: 'translation' });
  const { section: asked } = await searchParams;
  const section: Section = (SECTIONS as readonly string[]).includes(asked ?? '') ? (asked as Section) : 'summary';
  const view = await getTranslationView(db, slug, section);
  if (!view || !can(user, 'roadmap.view', { countryId: view.roadmap.countryId })) notFound();
  const scope = { countryId: view.roadmap.countryId };
  const { counts } = view;
  return (
    // The client components also show the domain's refusals: xliff.*, pdf.errors.*.
    <ClientMessages namespaces={['translation', 'questionnaire', 'xliff', 'pdf']}>
      <div className="space-y-6">
        <p><Link href={`/roadmaps/${slug}`} className="text-un-blue underline">← {view.roadmap.title}</Link></p>
        <h1 className="text-2xl font-semibold text-un-blue-dark">{t('page.title', { to: view.language })}</h1>
        <p className="max-w-3xl text-slate-700">{t('page.intro')}</p>
        <nav aria-label={t('page.sections')}>
          <ul className="flex flex-wrap gap-2">
            {SECTIONS.map((s) => {
              const c = counts[s];
              const total = c.missing + c.draft + c.reviewed + c.outdated;
              if (!total) return null;
              return (
                <li key={s}>
                  <Link href={`/roadmaps/${slug}/translation?section=${s}`} aria-current={s === section ? 'page' : undefined}
                    className={`inline-block rounded border px-3 py-1.5 text-sm ${s === section ? 'border-un-blue bg-blue-50 font-semibold' : 'border-slate-300 bg-white'}`}>
                    {t(`section.${s}`)} <span className="text-slate-600">{t('page.progress', { reviewed: c.reviewed, total })}</span>
                    {c.missing + c.outdated > 0 && <span className="ml-1 rounded bg-amber-100 px-1.5 text-xs text-amber-900">{t('page.toDo', { count: c.missing + c.outdated })}</span>}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        <TranslationTools
          roadmap={view.roadmap} language={view.language} latest={view.latest} locale={locale}
          canTranslate={can(user, 'roadmap.translate', scope)} canDecide={can(user, 'roadmap.decide', scope)} canEdit={can(user, 'roadmap.edit', scope)}
          actions={{ setLanguages: setPublicationLanguagesAction.bind(null, locale, slug), approve: approveLanguageAction.bind(null, locale, slug) }}
        />
        <TranslationEditor
          key={section} roadmapId={view.roadmap.id} language={view.language} original={view.roadmap.original} texts={view.texts}
          canTranslate={can(user, 'roadmap.translate', scope)} canReview={can(user, 'roadmap.reviewTranslation', scope)}
          review={reviewTranslationsAction.bind(null, locale, slug)}
        />
      </div>
    </ClientMessages>
  );
}
