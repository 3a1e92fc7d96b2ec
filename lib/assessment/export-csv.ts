import { csvDocument } from '../export/spreadsheet';
import type { ExportTable } from './export-table';

/** The table as CSV (cells through the one formula-neutralising function). */
export function exportCsv(table: ExportTable): string {
  return csvDocument([table.header, ...table.rows]);
}
