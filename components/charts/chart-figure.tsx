import type { ReactNode } from 'react';
import { Cell, RowHeader, Table } from '@/components/ui/table';

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
      <div className="sr-only print:not-sr-only">
        <Table caption={title} columns={table.columns} dense scroll={false}>
          {table.rows.map((r, i) => (
            <tr key={i}>
              <RowHeader dense>{r.label}</RowHeader>
              {r.cells.map((c, k) => <Cell dense key={k}>{c}</Cell>)}
            </tr>
          ))}
        </Table>
      </div>
    </figure>
  );
}
