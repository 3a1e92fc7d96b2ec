// Hostile answers in every export: no cell of the Excel workbook or of the CSV files starts
// with a formula sign, read back with exceljs and as CSV text.
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { exportCsv } from '@/lib/assessment/export-csv';
import { getExportTable } from '@/lib/assessment/export-table';
import { exportXlsx } from '@/lib/assessment/export-xlsx';
import { auditCsv, listAuditEvents } from '@/lib/audit/list-events';
import { recordEvent } from '@/lib/audit/record-event';
import { loadSessionUser } from '@/lib/auth/session-user';
import { assessmentWithFindings } from '../helpers/assessment-fixture';
import { freshDb, type TestDb } from '../helpers/fresh-db';

const HOSTILE = [
  '=1+1', '+SUM(A1:A2)', '-2+3', '@SUM(A1)', '\t=1+1', '\r=1+1', '\n=1', '  =HYPERLINK("http://evil.example","x")',
  '\uFF1D1+1', '=cmd|\' /C calc\'!A0',
];
const FORMULA = /^[\s\u00a0]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/;

let t: TestDb;
let f: Awaited<ReturnType<typeof assessmentWithFindings>>;
beforeEach(async () => {
  t = await freshDb();
  f = await assessmentWithFindings(t.db);
  const questions = [f.questions.q1, f.questions.q2];
  for (const [n, q] of questions.entries()) {
    await t.db.assignment.create({ data: { assessmentId: f.assessment.id, entityId: f.ministry.id, questionId: q.id } });
    const h = (k: number) => HOSTILE[(n * 5 + k) % HOSTILE.length];
    await t.db.response.create({
      data: { assessmentId: f.assessment.id, entityId: f.ministry.id, questionId: q.id, state: 'ANSWERED', maturity: 1, achievements: h(0), gaps: h(1), needs: h(2), assistanceNeeded: h(3), evidence: h(4) },
    });
    await t.db.finding.upsert({
      where: { assessmentId_questionId: { assessmentId: f.assessment.id, questionId: q.id } },
      create: { assessmentId: f.assessment.id, questionId: q.id, achievements: h(1), gaps: h(2), needs: h(3) },
      update: { achievements: h(1), gaps: h(2), needs: h(3) },
    });
  }
});
afterEach(async () => {
  await t?.dispose();
});

test('the Excel export of hostile answers has no cell starting with a formula sign, and the text is kept after the apostrophe', async () => {
  const tables = [await getExportTable(t.db, f.assessment.id, 'responses', 'fr'), await getExportTable(t.db, f.assessment.id, 'findings', 'en')];
  const xlsx = await exportXlsx({ title: 'Évaluation', rows: [['Lieu', '=HYPERLINK("http://evil.example")']] }, tables);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
  const texts: string[] = [];
  for (const ws of wb.worksheets) {
    ws.eachRow((row) => row.eachCell((cell) => {
      expect(cell.formula).toBeUndefined();
      expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
      if (typeof cell.value === 'string') texts.push(cell.value);
    }));
  }
  // Every hostile string is there, each behind one apostrophe (XML reads a lone CR as a line feed).
  for (const h of HOSTILE) expect(texts.map((s) => s.replace(/\r\n?/g, '\n'))).toContain(`'${h.replace(/\r/g, '\n')}`);
  expect(texts).toContain(`'=HYPERLINK("http://evil.example")`);
  expect(texts.filter((s) => FORMULA.test(s))).toEqual([]);
  // Numbers stay numbers.
  const maturity = wb.getWorksheet(tables[0].name)!.getRow(2).getCell(8).value;
  expect(maturity).toBe(1);
});

test('the CSV exports (answers and audit trail) go through the same function', async () => {
  const csv = exportCsv(await getExportTable(t.db, f.assessment.id, 'responses', 'fr'));
  const admin = await t.db.user.create({ data: { email: 'admin@x.example', name: 'Admin', twoFactorEnabled: true, memberships: { create: { role: 'ADMIN' } } } });
  await recordEvent(t.db, { actorId: admin.id, countryId: f.country.id, action: 'test.hostile', targetType: '=1+1', after: { note: '=1+1' } });
  const audit = auditCsv(await listAuditEvents(t.db, (await loadSessionUser(t.db, admin.id))!, {}, 100), ['when', 'who', 'what', 'target', 'id', 'from', 'before', 'after', 'saves']);
  for (const doc of [csv, audit]) {
    // Each field, unquoted, must not start with a formula sign.
    const fields = doc.replace(/^\uFEFF/, '').split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)|\r\n/).map((c) => c.replace(/^"|"$/g, '').replace(/""/g, '"'));
    expect(fields.filter((c) => FORMULA.test(c))).toEqual([]);
  }
  expect(csv).toContain(`'@SUM(A1)`);
  expect(audit).toContain(`'=1+1`);
});
