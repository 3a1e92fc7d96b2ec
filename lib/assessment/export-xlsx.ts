import ExcelJS from 'exceljs';
import { safeCell } from '../export/spreadsheet';
import type { ExportTable } from './export-table';

export type WorkbookInfo = { title: string; rows: [string, string][] };

/**
 * An Excel workbook: a sheet of the consultation's facts, then one sheet per table, with a
 * frozen, filterable header row and wrapped text. Strings are written as strings, and
 * those that start like a formula are neutralised as in the CSV exports (safeCell).
 */
export async function exportXlsx(info: WorkbookInfo, tables: ExportTable[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Jalon';
  wb.created = new Date(0);
  const about = wb.addWorksheet(info.title.slice(0, 31).replace(/[\\/?*[\]:]/g, ' '));
  about.columns = [{ width: 32 }, { width: 80 }];
  for (const row of info.rows) about.addRow(row.map(safeCell));
  about.getColumn(1).font = { bold: true };
  for (const table of tables) {
    const ws = wb.addWorksheet(table.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = table.header.map((h, i) => ({ header: safeCell(h), width: table.widths[i] ?? 20 }));
    for (const r of table.rows) ws.addRow(r.map(safeCell));
    ws.getRow(1).font = { bold: true };
    ws.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F2' } };
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.header.length } };
    ws.eachRow((row, n) => {
      if (n > 1) row.alignment = { vertical: 'top', wrapText: true };
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
