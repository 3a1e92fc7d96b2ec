import { getTranslations } from 'next-intl/server';
import type { CoverageRow, InstrumentCoverage } from '@/lib/framework/compute-coverage';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { paragraphLabel } from './paragraph-label';
import { Cell, RowHeader, Table } from '@/components/ui/table';
import { Badge } from '@/components/ui/badge';

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
      <Table
        caption={t('coverage.caption', { symbol: instrument.symbol })}
        columns={[
          { label: t('coverage.paragraph'), className: 'px-3 py-2 whitespace-nowrap' },
          t('coverage.content'),
          t('coverage.questions'),
          ...(previous ? [t('coverage.previousQuestions', { version: previous.version })] : []),
          t('coverage.status'),
        ]}
      >
            {instrument.rows.map((row) => (
              <tr key={row.key} className={row.covered ? undefined : 'bg-red-50'}>
                <RowHeader className="font-semibold whitespace-nowrap">
                  {paragraphLabel(locale, instrument.code, { ...row, kind: 'operative' })}
                </RowHeader>
                <Cell className="text-slate-700">{row.summary[locale]}</Cell>
                <Cell>
                  <QuestionLinks questions={row.questions} href={(code) => `${path}?paragraph=${encodeURIComponent(row.key)}#${code}`} locale={locale} />
                </Cell>
                {previous && (
                  <Cell>
                    {previous.byKey.has(row.key) ? (
                      <QuestionLinks questions={previous.byKey.get(row.key)!} href={(code) => `${previous.path}#${code}`} locale={locale} />
                    ) : (
                      <span className="text-xs text-slate-600">{t('coverage.notInPrevious')}</span>
                    )}
                  </Cell>
                )}
                <Cell className="whitespace-nowrap">
                  {row.covered ? (
                    <Badge tone="success">{t('coverage.covered')}</Badge>
                  ) : (
                    <Badge tone="danger" className="font-semibold">{t('coverage.uncovered')}</Badge>
                  )}
                </Cell>
              </tr>
            ))}
      </Table>
    </section>
  );
}
