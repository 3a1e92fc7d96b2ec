// An entity register sent as a CSV or Excel file: read into rows, each row checked on its
// own and against the others, every problem named by its line and column as a message key
// (the page says it in the reader's language). Nothing here touches the database.
import ExcelJS from 'exceljs';
import { z } from 'zod';
import { ENTITY_KINDS } from '../assessment/schemas';
import { guessFrenchArticle } from '../i18n/entity-name';
import { loadMessages } from '../i18n/messages';
import { schemaKey, type MessageKey } from '../result';
import { safeText } from '../validation/text';

/** Under the server actions' body limit (1 MB, next.config.ts) with the form around it. */
export const MAX_REGISTER_BYTES = 900 * 1024;
export const MAX_REGISTER_ROWS = 2000;

export type EntityKind = (typeof ENTITY_KINDS)[number];
export type Article = 'LE' | 'LA' | 'ELIDED' | 'LES';

export type RegisterRow = {
  /** the line of the file (1 is the header row) */
  line: number;
  code: string;
  acronym: string | null;
  nameFr: string;
  nameEn: string;
  articleFr: Article | null;
  kind: EntityKind;
  parentCode: string | null;
};

export type RegisterColumn = 'code' | 'acronym' | 'nameFr' | 'nameEn' | 'articleFr' | 'kind' | 'parentCode';
export const REGISTER_COLUMNS: readonly RegisterColumn[] = ['code', 'acronym', 'nameFr', 'nameEn', 'articleFr', 'kind', 'parentCode'];
const REQUIRED: readonly RegisterColumn[] = ['code', 'nameFr', 'nameEn', 'kind'];

/** A problem of the file (line 0) or of one row; params fill the message. */
export type RegisterProblem = { line: number; column?: RegisterColumn; key: MessageKey; params?: Record<string, string | number> };

/** Lower case, no accents, letters and digits only: « Nom (français) » and "name_fr" compare as "nomfrancais" and "namefr". */
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');

/** The headings a column is recognised by, in French and in English. */
const HEADINGS: Record<RegisterColumn, string[]> = {
  code: ['code'],
  acronym: ['acronym', 'acronyme', 'sigle', 'abbreviation'],
  nameFr: ['namefr', 'nomfr', 'nomfrancais', 'namefrench', 'nomenfrancais', 'frenchname'],
  nameEn: ['nameen', 'nomen', 'nomanglais', 'nameenglish', 'nomenanglais', 'englishname'],
  articleFr: ['articlefr', 'article', 'articlefrancais', 'frencharticle'],
  kind: ['kind', 'type', 'nature', 'categorie', 'category'],
  parentCode: ['parent', 'parentcode', 'codeparent', 'codeduparent', 'rattachement', 'tutelle'],
};

/** Kinds by their code or their name in either language (« Ministère », "Security force"). */
function kindsByName(): Map<string, EntityKind> {
  const out = new Map<string, EntityKind>();
  for (const k of ENTITY_KINDS) out.set(fold(k), k);
  for (const locale of ['fr', 'en'] as const) {
    const names = loadMessages(locale).entityKind as Record<string, string>;
    for (const k of ENTITY_KINDS) if (names[k]) out.set(fold(names[k]), k);
  }
  return out;
}

const ARTICLES: Record<string, Article | 'NONE'> = {
  le: 'LE', la: 'LA', l: 'ELIDED', elided: 'ELIDED', les: 'LES',
  none: 'NONE', aucun: 'NONE', sans: 'NONE',
};

const CODE = /^[A-Z0-9][A-Z0-9_-]{0,19}$/;
const rowSchema = z.object({
  code: z.string().trim().toUpperCase().min(1, { error: 'form.required' }).regex(CODE, { error: 'assessment.codeFormat' }),
  acronym: safeText(30),
  nameFr: safeText(300).min(1, { error: 'form.required' }).min(3, { error: 'form.tooShort' }),
  nameEn: safeText(300).min(1, { error: 'form.required' }).min(3, { error: 'form.tooShort' }),
  parentCode: z.string().trim().toUpperCase().refine((s) => s === '' || CODE.test(s), { error: 'assessment.codeFormat' }),
});

/** The cells of a CSV text: RFC 4180 quotes, and the separator (`;` from a French Excel, `,` or a tab) taken from the header line. */
export function parseCsv(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  const header = body.slice(0, body.search(/\r?\n|$/));
  const sep = [';', ',', '\t'].map((c) => [c, header.split(c).length] as const).sort((a, b) => b[1] - a[1])[0][0];
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === sep) { row.push(cell); cell = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      row.push(cell); rows.push(row); row = []; cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) { row.push(cell); rows.push(row); }
  return rows;
}

/** The first sheet of an Excel workbook, as text cells. */
async function readXlsx(bytes: Buffer): Promise<string[][] | null> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return null;
  }
  const ws = wb.worksheets[0];
  if (!ws) return [];
  const rows: string[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, 1); c++) cells.push(row.getCell(c).text ?? '');
    rows.push(cells);
  }
  return rows;
}

export type ReadRegister = { ok: true; rows: RegisterRow[]; problems: RegisterProblem[] } | { ok: false; problems: RegisterProblem[] };

/** Reads a register file: an .xlsx workbook (by its name or its zip signature) or a CSV text. */
export async function readRegisterFile(filename: string, bytes: Buffer): Promise<ReadRegister> {
  if (bytes.length === 0) return { ok: false, problems: [{ line: 0, key: 'country.import.emptyFile' }] };
  if (bytes.length > MAX_REGISTER_BYTES) return { ok: false, problems: [{ line: 0, key: 'country.import.tooLarge' }] };
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  let cells: string[][] | null;
  if (zip || /\.xlsx$/i.test(filename)) cells = await readXlsx(bytes);
  else if (/\.(csv|txt)$/i.test(filename) || !/\.[a-z0-9]+$/i.test(filename)) cells = parseCsv(bytes.toString('utf8'));
  else return { ok: false, problems: [{ line: 0, key: 'country.import.badType' }] };
  if (!cells) return { ok: false, problems: [{ line: 0, key: 'country.import.unreadable' }] };
  return parseRegisterTable(cells);
}

/** The rows of a register table whose first row names the columns. */
export function parseRegisterTable(cells: string[][]): ReadRegister {
  const lines = cells.map((r, i) => ({ line: i + 1, cells: r.map((c) => c ?? '') })).filter((r) => r.cells.some((c) => c.trim() !== ''));
  const [head, ...body] = lines;
  if (!head) return { ok: false, problems: [{ line: 0, key: 'country.import.emptyFile' }] };
  const at = new Map<RegisterColumn, number>();
  head.cells.forEach((h, i) => {
    const f = fold(h);
    const col = REGISTER_COLUMNS.find((c) => HEADINGS[c].includes(f));
    if (col && !at.has(col)) at.set(col, i);
  });
  const missing = REQUIRED.filter((c) => !at.has(c));
  if (missing.length) return { ok: false, problems: missing.map((column) => ({ line: head.line, column, key: 'country.import.missingColumn' })) };
  if (body.length === 0) return { ok: false, problems: [{ line: 0, key: 'country.import.noRows' }] };
  if (body.length > MAX_REGISTER_ROWS) return { ok: false, problems: [{ line: 0, key: 'country.import.tooManyRows', params: { max: MAX_REGISTER_ROWS } }] };

  const kinds = kindsByName();
  const rows: RegisterRow[] = [];
  const problems: RegisterProblem[] = [];
  const firstLine = new Map<string, number>();
  for (const { line, cells: r } of body) {
    const get = (c: RegisterColumn) => (at.has(c) ? (r[at.get(c)!] ?? '') : '');
    const parsed = rowSchema.safeParse({ code: get('code'), acronym: get('acronym'), nameFr: get('nameFr'), nameEn: get('nameEn'), parentCode: get('parentCode') });
    const before = problems.length;
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = issue.path[0] as RegisterColumn;
        if (!problems.some((p) => p.line === line && p.column === column)) problems.push({ line, column, key: /^[a-z]+(\.[a-zA-Z]+)+$/.test(issue.message) ? schemaKey(issue.message) : 'form.invalidValue' });
      }
    }
    const kindText = get('kind').trim();
    const kind = kinds.get(fold(kindText));
    if (!kind) problems.push({ line, column: 'kind', key: kindText ? 'country.import.unknownKind' : 'form.required', params: { value: kindText } });
    const articleText = get('articleFr').trim();
    const article = articleText === '' ? undefined : (ARTICLES[fold(articleText)] ?? null);
    if (article === null) problems.push({ line, column: 'articleFr', key: 'country.import.unknownArticle', params: { value: articleText } });
    if (problems.length > before || !parsed.success || !kind) continue;
    const d = parsed.data;
    const seen = firstLine.get(d.code);
    if (seen) {
      problems.push({ line, column: 'code', key: 'country.import.duplicateCode', params: { code: d.code, line: seen } });
      continue;
    }
    firstLine.set(d.code, line);
    rows.push({
      line,
      code: d.code,
      acronym: d.acronym || null,
      nameFr: d.nameFr,
      nameEn: d.nameEn,
      articleFr: article === 'NONE' ? null : (article ?? guessFrenchArticle(d.nameFr)),
      kind,
      parentCode: d.parentCode || null,
    });
  }
  return { ok: true, rows, problems };
}

/**
 * Checks each row's parent against the file and the country's register: it must exist, not be
 * the row itself, and no chain of parents may come back to where it started.
 */
export function checkParents(rows: RegisterRow[], existing: { code: string; parentCode: string | null }[]): RegisterProblem[] {
  const parentOf = new Map<string, string | null>(existing.map((e) => [e.code, e.parentCode]));
  for (const r of rows) parentOf.set(r.code, r.parentCode);
  const problems: RegisterProblem[] = [];
  for (const r of rows) {
    if (!r.parentCode) continue;
    if (r.parentCode === r.code) problems.push({ line: r.line, column: 'parentCode', key: 'country.import.selfParent', params: { code: r.code } });
    else if (!parentOf.has(r.parentCode)) problems.push({ line: r.line, column: 'parentCode', key: 'country.import.unknownParent', params: { code: r.parentCode } });
    else {
      const seen = new Set([r.code]);
      for (let p: string | null | undefined = r.parentCode; p; p = parentOf.get(p)) {
        if (seen.has(p)) {
          problems.push({ line: r.line, column: 'parentCode', key: 'country.import.parentCycle', params: { code: r.code } });
          break;
        }
        seen.add(p);
      }
    }
  }
  return problems;
}
