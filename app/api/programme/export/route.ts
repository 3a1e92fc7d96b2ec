// GET /api/programme/export?list=requests|needs&format=csv|xlsx&locale=fr|en&country=&area=&priority=&status=&partner=
// The programme view's technical-assistance requests (filtered as on the page) or its common
// needs, as CSV; as Excel, both in one workbook. Only the countries the user reviews.
import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { db } from '@/lib/db';
import { exportCsv } from '@/lib/assessment/export-csv';
import { exportXlsx } from '@/lib/assessment/export-xlsx';
import { readableCountries } from '@/lib/auth/can';
import { scopedDb } from '@/lib/auth/scoped-db';
import { currentUser } from '@/lib/auth/server';
import { translator } from '@/lib/i18n/translate';
import { needsTable, requestsTable } from '@/lib/programme/export-requests';
import { getProgramme } from '@/lib/programme/get-programme';
import { requestFilterSchema } from '@/lib/programme/needs';
import { mayViewProgramme } from '@/lib/programme/scope';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const querySchema = z.object({ list: z.enum(['requests', 'needs']).default('requests'), format: z.enum(['csv', 'xlsx']).default('csv'), locale: z.enum(['fr', 'en']).default('fr') });

export async function GET(req: NextRequest) {
  const raw = Object.fromEntries(req.nextUrl.searchParams);
  const query = querySchema.safeParse(raw);
  if (!query.success) return NextResponse.json({ error: 'form.invalid' }, { status: 400 });
  const user = await currentUser();
  if (!user) return NextResponse.json({ error: 'auth.signInRequired' }, { status: 401 });
  if (!mayViewProgramme(user)) return NextResponse.json({ error: 'errors.notFound' }, { status: 404 });
  const { list, format, locale } = query.data;
  const now = new Date();
  const p = await getProgramme(scopedDb(db, readableCountries(user)), user, { locale, now, filter: requestFilterSchema.parse(raw) });
  const headers = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
  const t = translator(locale, 'programme.export');
  const base = `programme-${list}-${now.toISOString().slice(0, 10)}-${locale}`;
  if (format === 'csv') {
    const body = exportCsv(list === 'needs' ? needsTable(p, locale) : requestsTable(p, locale));
    return new NextResponse(body, { headers: { ...headers, 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${base}.csv"` } });
  }
  const info = { title: t('about'), rows: [[t('countries'), p.overview.countries.map((c) => c.name).join(', ')], [t('exportedAt'), now.toISOString().slice(0, 16).replace('T', ' ')]] as [string, string][] };
  const xlsx = await exportXlsx(info, [requestsTable(p, locale), needsTable(p, locale)]);
  return new NextResponse(new Uint8Array(xlsx), {
    headers: { ...headers, 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'content-disposition': `attachment; filename="programme-${now.toISOString().slice(0, 10)}-${locale}.xlsx"` },
  });
}
