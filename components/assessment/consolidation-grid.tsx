'use client';

import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import styles from './consolidation-grid.module.css';

/**
 * One row per question; `cells` has one character per entity: 0-4 a level, N not
 * applicable, D don't know, - assigned but not answered, a space not assigned. Compact on
 * purpose: the page carries 1,320 cells for 22 entities x 60 questions, on slow lines.
 */
export type GridRow = { id: string; code: string; text: string; cells: string; finding: number | null; done: boolean };
export type GridAreaRows = { id: string; code: string; title: string; rows: GridRow[] };

export function ConsolidationGrid({ assessmentId, entities, areas }: { assessmentId: string; entities: { id: string; short: string; name: string }[]; areas: GridAreaRows[] }) {
  const t = useTranslations('consolidation');
  const cell = (c: string, i: number) =>
    c === ' ' ? <td key={i} className={styles.none} />
    : c === '-' ? <td key={i} className={`${styles.cell} ${styles.empty}`}>–</td>
    : c === 'N' || c === 'D' ? <td key={i} className={`${styles.cell} ${styles.other}`}>{c === 'N' ? 'S.O.' : 'NSP'}</td>
    : <td key={i} className={`${styles.cell} ${styles[`l${c}`]}`}>{c}</td>;
  return (
    <table className="w-full border-collapse text-left text-sm">
      <caption className="sr-only">{t('gridCaption')}</caption>
      <thead className="bg-slate-100">
        <tr>
          <th scope="col" className="min-w-72 px-2 py-2">{t('question')}</th>
          {entities.map((e) => <th key={e.id} scope="col" className="px-0.5 py-2 text-center text-xs font-medium"><abbr title={e.name} className="no-underline">{e.short}</abbr></th>)}
          <th scope="col" className="px-2 py-2">{t('finding')}</th>
        </tr>
      </thead>
      {areas.map((ar) => (
        <tbody key={ar.id}>
          <tr className="bg-slate-50"><th scope="colgroup" colSpan={entities.length + 2} className="px-2 py-1.5 text-left font-semibold text-un-blue-dark">{ar.code} · {ar.title}</th></tr>
          {ar.rows.map((q) => (
            <tr key={q.id} className="border-t border-slate-100">
              <th scope="row" className="px-2 py-1 font-normal">
                <Link href={`/assessments/${assessmentId}/consolidation/${q.id}`} className="font-mono text-xs text-un-blue hover:underline" aria-label={t('open', { code: q.code })}>{q.code}</Link>{' '}
                <span className="text-slate-700">{q.text}</span>
              </th>
              {[...q.cells].map(cell)}
              <td className="whitespace-nowrap px-2 py-1">
                {q.done
                  ? <span className="rounded bg-green-100 px-1.5 py-0.5 text-xs text-green-900">{q.finding ?? '–'} · {t('findingDone')}</span>
                  : <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900">{t('findingMissing')}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}
