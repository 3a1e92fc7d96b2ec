// GET  /api/roadmaps/<id or slug>/versions/<n>/xliff?lang=en : the XLIFF 2.0 file for a translation service
// POST /api/roadmaps/<id>/versions/<n>/xliff (the file as the body): the file it sent back
import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { runAction } from '@/lib/actions/define-action';
import { can, readableCountries } from '@/lib/auth/can';
import { scopedDb } from '@/lib/auth/scoped-db';
import { currentUser, requestContext } from '@/lib/auth/server';
import { db } from '@/lib/db';
import { jsonResult, requestLocale, STATUS } from '@/lib/http/json-action';
import { isSameOrigin, readBody } from '@/lib/http/same-origin';
import { exportXliff } from '@/lib/translation/export-xliff';
import { importXliff } from '@/lib/translation/import-xliff';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const paramsSchema = z.object({ slug: z.string().min(1).max(200), number: z.coerce.number().int().min(1).max(1_000_000) });
const querySchema = z.object({ lang: z.enum(['fr', 'en']).default('en') });
const MAX_BYTES = 10 * 1024 * 1024;

type Context = { params: Promise<{ slug: string; number: string }> };

export async function GET(req: NextRequest, context: Context) {
  const locale = requestLocale(req);
  const params = paramsSchema.safeParse(await context.params);
  const query = querySchema.safeParse(Object.fromEntries(req.nextUrl.searchParams));
  if (!params.success || !query.success) return jsonResult({ ok: false, error: 'form.invalid' }, 400, locale);
  const user = await currentUser();
  if (!user) return jsonResult({ ok: false, error: 'auth.signInRequired' }, 401, locale);
  const scoped = scopedDb(db, readableCountries(user));
  const { slug, number } = params.data;
  const roadmap = await scoped.roadmap.findFirst({ where: { OR: [{ slug }, { id: slug }] }, select: { id: true, countryId: true } });
  // "Not found" and "forbidden" answer alike.
  if (!roadmap || !can(user, 'roadmap.translate', { countryId: roadmap.countryId })) return jsonResult({ ok: false, error: 'errors.notFound' }, 404, locale);
  const r = await exportXliff(scoped, roadmap.id, number, query.data.lang, locale);
  if (!r.ok) return jsonResult(r, 404, locale);
  return new NextResponse(r.data.xml, {
    headers: {
      'content-type': 'application/xliff+xml; charset=utf-8',
      'content-disposition': `attachment; filename="${r.data.filename}"`,
      'cache-control': 'no-store',
    },
  });
}

export async function POST(req: NextRequest, context: Context) {
  const locale = requestLocale(req);
  if (!isSameOrigin(req)) return jsonResult({ ok: false, error: 'auth.forbidden' }, 403, locale);
  const params = paramsSchema.safeParse(await context.params);
  if (!params.success) return jsonResult({ ok: false, error: 'form.invalid' }, 400, locale);
  const body = await readBody(req, MAX_BYTES);
  if (!body) return jsonResult({ ok: false, error: 'form.tooLong' }, 413, locale);
  let content: string;
  try {
    content = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return jsonResult({ ok: false, error: 'xliff.malformed' }, 400, locale);
  }
  const r = await runAction(importXliff, await requestContext(locale), { roadmapId: params.data.slug, number: params.data.number, content });
  return jsonResult(r, r.ok ? 200 : (STATUS[r.error] ?? 422), locale);
}
