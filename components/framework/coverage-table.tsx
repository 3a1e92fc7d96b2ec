import { getTranslations } from 'next-intl/server';
import type { InstrumentCoverage } from '@/lib/framework/compute-coverage';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { paragraphLabel } from './paragraph-label';

/** One instrument's operative paragraphs and the questions covering each; gaps stand out. */
export async function CoverageTable({ instrument, locale, path }: { instrument: InstrumentCoverage; locale: Locale; path: string }) {
  const t = await getTranslations('framework');
  const id = `coverage-${instrument.code.replace(/[^A-Za-z0-9]/g, '-')}`;
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h2 id={id} className="text-xl font-semibold">
        {instrument.symbol}
        <span className="ml-2 text-base font-normal text-slate-600">{instrument.title[locale]}</span>
      </h2>
      <p className="text-sm text-slate-700">
        {t('coverage.summary', { covered: instrument.covered, total: instrument.rows.length })}
        {' · '}
        <a href={instrument.url} className="font-medium text-un-blue underline-offset-2 hover:underline" rel="noreferrer">
          {t('traceability.official')}
        </a>
      </p>
      <div className="overflow-x-auto rounded border border-slate-200 bg-white shadow-sm">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t('coverage.caption', { symbol: instrument.symbol })}</caption>
          <thead className="bg-slate-100 text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2 whitespace-nowrap">{t('coverage.paragraph')}</th>
              <th scope="col" className="px-3 py-2">{t('coverage.content')}</th>
              <th scope="col" className="px-3 py-2">{t('coverage.questions')}</th>
              <th scope="col" className="px-3 py-2">{t('coverage.status')}</th>
            </tr>
          </thead>
          <tbody>
            {instrument.rows.map((row) => (
              <tr key={row.key} className={`border-t border-slate-100 align-top ${row.covered ? '' : 'bg-red-50'}`}>
                <th scope="row" className="px-3 py-2 font-semibold whitespace-nowrap">
                  {paragraphLabel(t, locale, instrument.code, { ...row, kind: 'operative' })}
                </th>
                <td className="px-3 py-2 text-slate-700">{row.summary[locale]}</td>
                <td className="px-3 py-2">
                  {row.questions.length > 0 && (
                    <ul className="flex flex-wrap gap-1">
                      {row.questions.map((q) => (
                        <li key={q.code}>
                          <Link
                            href={`${path}?paragraph=${encodeURIComponent(row.key)}#${q.code}`}
                            className="rounded border border-slate-300 px-1.5 py-0.5 font-mono text-xs text-un-blue-dark hover:bg-slate-100"
                          >
                            <span aria-hidden="true">{q.code}</span>
                            <span className="sr-only">{`${q.code} : ${q.text[locale]}`}</span>
                          </Link>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td className="px-3 py-2 whitespace-nowrap">
                  {row.covered ? (
                    <span className="rounded bg-green-100 px-2 py-0.5 text-xs font-medium text-green-900">{t('coverage.covered')}</span>
                  ) : (
                    <span className="rounded bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-900">{t('coverage.uncovered')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
