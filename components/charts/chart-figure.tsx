import type { ReactNode } from 'react';
import { Table } from '@/components/ui/table';

/** The body cells as RowHeader and Cell draw them dense. */
const CELLS = '[&_tbody_td]:px-2 [&_tbody_td]:py-1 [&_tbody_td]:align-top [&_tbody_th]:px-2 [&_tbody_th]:py-1 [&_tbody_th]:align-top [&_tbody_th]:font-normal';

export type ChartTable = { columns: string[]; rows: { label: string; cells: string[] }[] };

/**
 * A chart as a figure anyone can read: its title, a sentence saying what it shows (read by
 * screen readers and printed), the SVG drawing, and the same figures as a table. The table
 * is for screen readers on screen and printed under the chart on paper.
 */
export function ChartFigure({ id, title, summary, table, children }: { id: string; title: string; summary: string; table: ChartTable; children: ReactNode }) {
  return (
    <figure aria-labelledby={`${id}-title`} className="space-y-2 rounded border border-slate-200 bg-white p-4 shadow-sm break-inside-avoid">
      <figcaption>
        <h3 id={`${id}-title`} className="font-semibold text-un-blue-dark">{title}</h3>
        <p id={`${id}-summary`} className="text-sm text-slate-700">{summary}</p>
      </figcaption>
      {children}
      {/* The cells take their padding from the table's class, not one class each: a page of
          charts has hundreds of cells, every one sent twice (HTML and page data). */}
      <div className="sr-only print:not-sr-only">
        <Table caption={title} columns={table.columns} dense scroll={false} className={CELLS}>
          {table.rows.map((r, i) => (
            <tr key={i}>
              <th scope="row">{r.label}</th>
              {r.cells.map((c, k) => <td key={k}>{c}</td>)}
            </tr>
          ))}
        </Table>
      </div>
    </figure>
  );
}
