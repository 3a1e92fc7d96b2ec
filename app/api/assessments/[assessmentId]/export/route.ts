import { NextResponse, type NextRequest } from 'next/server';
import { db } from '@/lib/db';
import { exportCsv } from '@/lib/assessment/export-csv';
import { exportInfo } from '@/lib/assessment/export-info';
import { getExportTable } from '@/lib/assessment/export-table';
import { exportXlsx } from '@/lib/assessment/export-xlsx';
import { getAssessment } from '@/lib/assessment/get-assessment';
import { exportSchema } from '@/lib/assessment/schemas';
import { can, readableCountries } from '@/lib/auth/can';
import { scopedDb } from '@/lib/auth/scoped-db';
import { currentUser } from '@/lib/auth/server';

type Params = { params: Promise<{ assessmentId: string }> };

/** The answers or the findings as CSV, or both as an Excel workbook, in the chosen language. */
export async function GET(req: NextRequest, { params }: Params) {
  const { assessmentId } = await params;
  const q = exportSchema.safeParse(Object.fromEntries(req.nextUrl.searchParams));
  const user = await currentUser();
  if (!q.success || !user) return NextResponse.json({ ok: false, error: q.success ? 'auth.signInRequired' : 'form.invalid' }, { status: q.success ? 401 : 400 });
  const sdb = scopedDb(db, readableCountries(user));
  const a = await getAssessment(sdb, assessmentId, q.data.locale);
  if (!a || !can(user, 'assessment.export', { countryId: a.countryId, assessmentId })) return NextResponse.json({ ok: false, error: 'auth.forbidden' }, { status: 403 });
  const day = new Date().toISOString().slice(0, 10);
  const base = `jalon-${a.countryCode.toLowerCase()}-${q.data.kind === 'findings' ? 'constats' : 'reponses'}-${q.data.locale}-${day}`;
  const headers = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
  if (q.data.format === 'csv') {
    const csv = exportCsv(await getExportTable(sdb, assessmentId, q.data.kind, q.data.locale));
    return new NextResponse(csv, { headers: { ...headers, 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${base}.csv"` } });
  }
  const tables = [await getExportTable(sdb, assessmentId, 'responses', q.data.locale), await getExportTable(sdb, assessmentId, 'findings', q.data.locale)];
  const xlsx = await exportXlsx(exportInfo(a, q.data.locale), tables);
  const name = `jalon-${a.countryCode.toLowerCase()}-evaluation-${q.data.locale}-${day}.xlsx`;
  return new NextResponse(new Uint8Array(xlsx), {
    headers: { ...headers, 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'content-disposition': `attachment; filename="${name}"` },
  });
}
