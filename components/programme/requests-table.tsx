'use client';
import { Badge } from '@/components/ui/badge';
import { Cell, RowHeader, Table } from '@/components/ui/table';
import { Link } from '@/lib/i18n/navigation';

type Priority = 'HIGH' | 'MEDIUM' | 'LOW';

/** A request's row, its texts already in the reader's language: country, area, need, roadmap's slug, priority, partners, status. */
export type RequestRow = [country: string, area: string, need: string, roadmap: string, priority: Priority, partners: string, status: string];

const TONE = { HIGH: 'danger', MEDIUM: 'warning', LOW: 'neutral' } as const;

/**
 * The page of assistance requests. A client component for the size of the page only: its
 * data is one short array per row rather than every cell's element; it renders on the
 * server like the rest.
 */
export function RequestsTable({ caption, columns, rows, priorities }: { caption: string; columns: string[]; rows: RequestRow[]; priorities: Record<Priority, string> }) {
  return (
    <Table caption={caption} columns={columns}>
      {rows.map(([country, area, need, roadmap, priority, partners, status], i) => (
        <tr key={i}>
          <RowHeader>{country}</RowHeader>
          <Cell>{area}</Cell>
          <Cell><Link href={`/roadmaps/${roadmap}`} className="text-un-blue hover:underline">{need}</Link></Cell>
          <Cell><Badge tone={TONE[priority]}>{priorities[priority]}</Badge></Cell>
          <Cell>{partners}</Cell>
          <Cell>{status}</Cell>
        </tr>
      ))}
    </Table>
  );
}
