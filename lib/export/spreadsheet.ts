// What every CSV and Excel export writes its cells through. A text cell that starts like a
// formula (= + - @, their full-width forms, a tab or a line break, even after spaces) is
// prefixed with an apostrophe: a spreadsheet then shows it as text, and it stays text when
// someone edits the cell or saves the sheet as CSV (CSV or formula injection).
const FORMULA_START = /^[\s\u00a0]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/;

export function neutraliseFormula(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s;
}

/** A cell of any export: numbers stay numbers, every text goes through neutraliseFormula. */
export function safeCell<T>(value: T): T | string {
  return typeof value === 'string' ? neutraliseFormula(value) : value;
}

function csvCell(value: unknown): string {
  const s = value === null || value === undefined ? '' : typeof value === 'string' ? value : typeof value === 'number' ? String(value) : JSON.stringify(value);
  const safe = typeof value === 'number' ? s : neutraliseFormula(s);
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV with a byte-order mark, so that spreadsheet software reads accents as UTF-8. */
export function csvDocument(lines: unknown[][]): string {
  return '\uFEFF' + lines.map((l) => l.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
