import type { Cell, ExportTable } from './export-table';

function csvCell(value: Cell): string {
  const s = value === null ? '' : String(value);
  // A cell a spreadsheet would run as a formula is prefixed (CSV injection).
  const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV with a byte-order mark, so that spreadsheet software reads accents as UTF-8. */
export function exportCsv(table: ExportTable): string {
  return '\uFEFF' + [table.header, ...table.rows].map((l) => l.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
