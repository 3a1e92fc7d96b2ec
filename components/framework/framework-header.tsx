import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import type { FrameworkHeader as Header } from '@/lib/framework/schema';

export type FrameworkPart = 'questions' | 'traceability' | 'coverage';
const PARTS: { part: FrameworkPart; path: string }[] = [
  { part: 'questions', path: '' },
  { part: 'traceability', path: '/traceability' },
  { part: 'coverage', path: '/coverage' },
];

/** The version's title (and, on the explorer, its description) and the links between its three views. */
export async function FrameworkHeader({ framework, locale, current }: { framework: Header; locale: Locale; current: FrameworkPart }) {
  const t = await getTranslations('framework');
  const base = `/framework/${encodeURIComponent(framework.slug)}/${encodeURIComponent(framework.version)}`;
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/framework" className="font-medium text-un-blue underline-offset-2 hover:underline">
          {t('nav.allVersions')}
        </Link>
      </p>
      <div className="max-w-4xl">
        <h1 className="text-3xl font-semibold tracking-tight text-un-blue-dark">{framework.title[locale]}</h1>
        <p className="mt-1 text-sm font-medium text-slate-600">{t('versionLabel', { version: framework.version })}</p>
        {current === 'questions' && <p className="mt-3 text-slate-700">{framework.description[locale]}</p>}
      </div>
      <nav aria-label={t('nav.label')} className="border-b border-slate-200">
        <ul className="-mb-px flex flex-wrap gap-1 text-sm">
          {PARTS.map(({ part, path }) => (
            <li key={part}>
              <Link
                href={`${base}${path}`}
                aria-current={part === current ? 'page' : undefined}
                className={
                  part === current
                    ? 'inline-block rounded-t border border-b-white border-slate-200 bg-white px-4 py-2 font-semibold text-un-blue-dark'
                    : 'inline-block rounded-t px-4 py-2 text-un-blue hover:bg-white hover:underline'
                }
              >
                {t(`nav.${part}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
