import type { ReactNode, TdHTMLAttributes, ThHTMLAttributes } from 'react';

export type Column = { label: ReactNode; className?: string; title?: string };

const isColumn = (c: ReactNode | Column): c is Column => typeof c === 'object' && c !== null && 'label' in c && !('$$typeof' in c);

/**
 * The one table of the app. It scrolls sideways on a narrow screen inside a region that is
 * named by the caption and reachable by keyboard (axe `scrollable-region-focusable`; WCAG
 * 2.1.1), keeps its caption for screen readers (visible or not), and draws the header row
 * the same everywhere.
 */
export function Table({ caption, captionVisible = false, columns, children, className = '', framed = true, dense = false, scroll = true }: {
  caption: string;
  captionVisible?: boolean;
  /** The header row: one cell per column (a string, a node for a hidden or composite label, or a cell with its own class). */
  columns?: readonly (ReactNode | Column)[];
  children: ReactNode;
  className?: string;
  framed?: boolean;
  dense?: boolean;
  /**
   * false for a narrow table whose text wraps (a question's five levels): no scroll region,
   * so a page of such tables does not add a tab stop for each.
   */
  scroll?: boolean;
}) {
  const pad = dense ? 'px-2 py-1' : 'px-3 py-2';
  const frame = `${framed ? 'rounded border border-slate-200 bg-white shadow-sm' : ''} ${className}`;
  const region = scroll ? { role: 'region', 'aria-label': caption, tabIndex: 0, className: `overflow-x-auto ${frame}` } : { className: frame };
  return (
    <div {...region}>
      <table className="w-full text-left text-sm">
        <caption className={captionVisible ? 'px-3 py-2 text-left font-semibold text-un-blue-dark' : 'sr-only'}>{caption}</caption>
        {columns && (
          <thead className="bg-slate-100 text-slate-700">
            <tr>
              {columns.map((c, i) => isColumn(c)
                ? <th key={i} scope="col" title={c.title} className={c.className ?? pad}>{c.label}</th>
                : <th key={i} scope="col" className={pad}>{c}</th>)}
            </tr>
          </thead>
        )}
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}

type CellProps = { dense?: boolean; className?: string; children?: ReactNode };

/** The cell's padding, unless its class sets its own. */
const padding = (dense: boolean | undefined, className: string) => (/(^|\s)p[xy]?-/.test(className) ? '' : dense ? 'px-2 py-1' : 'px-3 py-2');

/** A row's header cell (its first column, usually the thing the row is about). */
export function RowHeader({ dense, className = '', children, ...rest }: CellProps & ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope="row" className={`${padding(dense, className)} align-top font-normal ${className}`} {...rest}>{children}</th>;
}

export function Cell({ dense, className = '', children, ...rest }: CellProps & TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={`${padding(dense, className)} align-top ${className}`} {...rest}>{children}</td>;
}
