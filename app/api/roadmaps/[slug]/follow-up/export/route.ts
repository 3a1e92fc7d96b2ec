// GET /api/roadmaps/<id or slug>/follow-up/export?period=2025-T3&format=csv|xlsx&locale=fr|en
// The updates of a period as CSV, or as an Excel workbook, in the chosen language.
import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { db } from '@/lib/db';
import { exportCsv } from '@/lib/assessment/export-csv';
import { exportXlsx } from '@/lib/assessment/export-xlsx';
import { can, readableCountries } from '@/lib/auth/can';
import { scopedDb } from '@/lib/auth/scoped-db';
import { currentUser } from '@/lib/auth/server';
import { getUpdatesTable } from '@/lib/followup/export-updates';
import { getPeriod } from '@/lib/followup/period-rows';
import { periodKeySchema, periodLabel } from '@/lib/followup/periods';
import { translator } from '@/lib/i18n/translate';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const querySchema = z.object({ period: periodKeySchema, format: z.enum(['csv', 'xlsx']).default('csv'), locale: z.enum(['fr', 'en']).default('fr') });
const paramsSchema = z.object({ slug: z.string().min(1).max(200) });
type Context = { params: Promise<{ slug: string }> };

export async function GET(req: NextRequest, context: Context) {
  const params = paramsSchema.safeParse(await context.params);
  const query = querySchema.safeParse(Object.fromEntries(req.nextUrl.searchParams));
  if (!params.success || !query.success) return NextResponse.json({ error: 'form.invalid' }, { status: 400 });
  const user = await currentUser();
  if (!user) return NextResponse.json({ error: 'auth.signInRequired' }, { status: 401 });
  const scoped = scopedDb(db, readableCountries(user));
  const { slug } = params.data;
  const roadmap = await scoped.roadmap.findFirst({ where: { OR: [{ slug }, { id: slug }] }, select: { slug: true, title: true, countryId: true, followUp: { select: { id: true } } } });
  if (!roadmap || !roadmap.followUp || !can(user, 'followup.view', { countryId: roadmap.countryId })) return NextResponse.json({ error: 'errors.notFound' }, { status: 404 });
  const { period: key, format, locale } = query.data;
  const period = await getPeriod(scoped, { countryId: roadmap.countryId, followUpId: roadmap.followUp.id, key });
  if (!period) return NextResponse.json({ error: 'followup.unknownPeriod' }, { status: 404 });
  const now = new Date();
  const table = await getUpdatesTable(scoped, { countryId: roadmap.countryId, followUpId: roadmap.followUp.id, period, locale, now });
  const base = `${roadmap.slug}-suivi-${key}-${locale}`;
  const headers = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
  if (format === 'csv') {
    return new NextResponse(exportCsv(table), { headers: { ...headers, 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${base}.csv"` } });
  }
  const t = translator(locale, 'followupExport');
  const info = { title: t('about'), rows: [[t('roadmap'), roadmap.title], [t('period'), periodLabel(key, locale)], [t('dueOn'), period.dueOn.toISOString().slice(0, 10)], [t('exportedAt'), now.toISOString().slice(0, 16).replace('T', ' ')]] as [string, string][] };
  const xlsx = await exportXlsx(info, [table]);
  return new NextResponse(new Uint8Array(xlsx), {
    headers: { ...headers, 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'content-disposition': `attachment; filename="${base}.xlsx"` },
  });
}
