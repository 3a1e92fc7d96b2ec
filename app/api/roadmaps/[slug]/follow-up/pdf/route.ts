// GET /api/roadmaps/<id or slug>/follow-up/pdf?period=2025-T3&lang=fr|en&disposition=inline|attachment
// The progress report of a period, from the shared cache or rendered by the worker pool.
// ?prepare=1 renders (or finds) it and answers JSON, for the page's prepare/preview/download.
import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { db } from '@/lib/db';
import { can, readableCountries } from '@/lib/auth/can';
import { scopedDb } from '@/lib/auth/scoped-db';
import { currentUser } from '@/lib/auth/server';
import { periodKeySchema } from '@/lib/followup/periods';
import { getProgressPdf } from '@/lib/followup/progress-pdf';
import { getPdfPool } from '@/lib/pdf/pool';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const querySchema = z.object({
  period: periodKeySchema,
  lang: z.enum(['fr', 'en']).default('fr'),
  disposition: z.enum(['inline', 'attachment']).default('attachment'),
  prepare: z.literal('1').optional(),
});
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
  const roadmap = await scoped.roadmap.findFirst({ where: { OR: [{ slug }, { id: slug }] }, select: { id: true, countryId: true } });
  // "Not found" and "forbidden" answer alike.
  if (!roadmap || !can(user, 'followup.view', { countryId: roadmap.countryId })) return NextResponse.json({ error: 'errors.notFound' }, { status: 404 });
  const { period, lang, disposition, prepare } = query.data;
  const result = await getProgressPdf(scoped, { countryId: roadmap.countryId, roadmap: roadmap.id, period, locale: lang, now: new Date() }, (doc) => getPdfPool().renderProgress(doc)).catch((error: unknown) => {
    console.error('pdf: progress render failed', error);
    return { ok: false as const, error: 'pdf.errors.renderFailed' };
  });
  if (!result.ok) return NextResponse.json({ error: result.error }, { status: result.error === 'pdf.errors.renderFailed' ? 500 : 404 });
  const { bytes, key, cached, filename } = result.data;
  if (prepare) return NextResponse.json({ ready: true, cached, size: bytes.byteLength }, { headers: { 'cache-control': 'no-store' } });
  const etag = `"${key}"`;
  if (req.headers.get('if-none-match') === etag) return new NextResponse(null, { status: 304, headers: { etag } });
  return new NextResponse(new Uint8Array(bytes) as Uint8Array<ArrayBuffer>, {
    headers: {
      'content-type': 'application/pdf', 'content-length': String(bytes.byteLength), 'content-disposition': `${disposition}; filename="${filename}"`,
      'cache-control': 'private, no-cache', etag, 'x-content-type-options': 'nosniff',
    },
  });
}
