import { getTranslations } from 'next-intl/server';
import type { CoverageRow, InstrumentCoverage } from '@/lib/framework/compute-coverage';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { paragraphLabel } from './paragraph-label';

type Previous = { version: string; path: string; byKey: Map<string, CoverageRow['questions']> };

function QuestionLinks({ questions, href, locale }: { questions: CoverageRow['questions']; href: (code: string) => string; locale: Locale }) {
  if (questions.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-1">
      {questions.map((q) => (
        <li key={q.code}>
          <Link href={href(q.code)} className="rounded border border-slate-300 px-1.5 py-0.5 font-mono text-xs text-un-blue-dark hover:bg-slate-100">
            <span aria-hidden="true">{q.code}</span>
            <span className="sr-only">{`${q.code} : ${q.text[locale]}`}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

/**
 * One instrument's operative paragraphs and the questions covering each; gaps stand out. For
 * a version that follows another, a column gives the previous version's questions too.
 */
export async function CoverageTable({ instrument, locale, path, previous }: { instrument: InstrumentCoverage; locale: Locale; path: string; previous?: Previous | null }) {
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
              {previous && <th scope="col" className="px-3 py-2">{t('coverage.previousQuestions', { version: previous.version })}</th>}
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
                  <QuestionLinks questions={row.questions} href={(code) => `${path}?paragraph=${encodeURIComponent(row.key)}#${code}`} locale={locale} />
                </td>
                {previous && (
                  <td className="px-3 py-2">
                    {previous.byKey.has(row.key) ? (
                      <QuestionLinks questions={previous.byKey.get(row.key)!} href={(code) => `${previous.path}#${code}`} locale={locale} />
                    ) : (
                      <span className="text-xs text-slate-600">{t('coverage.notInPrevious')}</span>
                    )}
                  </td>
                )}
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
