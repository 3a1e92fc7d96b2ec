'use client';

import { Suspense } from 'react';
import { useSearchParams } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { Link, usePathname } from '@/lib/i18n/navigation';
import { LOCALES } from '@/lib/i18n/routing';

/**
 * Plain links, so the switch works with the keyboard, a screen reader and without JavaScript.
 * They keep the page's query: a comparison of versions 1 and 2 switches to the same
 * comparison in the other language, not to a page without its versions.
 */
export function LanguageSwitcher() {
  // The query is read in the browser; until then (and on prerendered pages) the links have none.
  return (
    <Suspense fallback={<Links search="" />}>
      <WithQuery />
    </Suspense>
  );
}

function WithQuery() {
  return <Links search={useSearchParams().toString()} />;
}

function Links({ search }: { search: string }) {
  const t = useTranslations('language');
  const locale = useLocale();
  const pathname = usePathname();
  const href = search ? `${pathname}?${search}` : pathname;
  return (
    <ul aria-label={t('label')} className="flex shrink-0 items-center gap-1 whitespace-nowrap">
      {LOCALES.map((l) => (
        <li key={l}>
          {l === locale ? (
            <span aria-current="true" lang={l} className="rounded bg-white px-2 py-1 font-semibold text-un-blue-dark">
              <span aria-hidden="true">{l.toUpperCase()}</span>
              <span className="sr-only">{t('current', { language: t(l) })}</span>
            </span>
          ) : (
            <Link href={href} locale={l} lang={l} hrefLang={l} className="rounded px-2 py-1 hover:bg-un-blue-dark">
              {/* The visible code starts the accessible name (WCAG 2.5.3), the language's name follows it. */}
              {l.toUpperCase()}
              <span className="sr-only"> {t(l)}</span>
            </Link>
          )}
        </li>
      ))}
    </ul>
  );
}
