// GET: the country's emblem as stored (a PNG redrawn at upload), for the country page's
// preview; to whoever may see the country, through the country-scoped client.
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { can, readableCountries } from '@/lib/auth/can';
import { scopedDb } from '@/lib/auth/scoped-db';
import { currentUser } from '@/lib/auth/server';
import { getEmblemImage } from '@/lib/country/emblem-read';
import { db } from '@/lib/db';
import { jsonResult, requestLocale } from '@/lib/http/json-action';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ code: string }> };

export async function GET(req: Request, { params }: Params) {
  const locale = requestLocale(req);
  const p = z.object({ code: z.string().regex(/^[A-Za-z]{2}$/) }).safeParse(await params);
  if (!p.success) return jsonResult({ ok: false, error: 'errors.notFound' }, 404, locale);
  const user = await currentUser();
  if (!user) return jsonResult({ ok: false, error: 'auth.signInRequired' }, 401, locale);
  const scoped = scopedDb(db, readableCountries(user));
  const country = await scoped.country.findUnique({ where: { code: p.data.code.toUpperCase() }, select: { id: true } });
  // No country, another country and no emblem answer alike.
  const emblem = country && can(user, 'country.view', { countryId: country.id }) ? await getEmblemImage(scoped, country.id) : null;
  if (!emblem) return jsonResult({ ok: false, error: 'errors.notFound' }, 404, locale);
  const etag = `"${emblem.sha256}"`;
  const headers = {
    'content-type': 'image/png',
    'x-content-type-options': 'nosniff',
    'cross-origin-resource-policy': 'same-origin',
    // Private: the browser may keep it, revalidated by its hash; no shared cache may.
    'cache-control': 'private, no-cache',
    etag,
  };
  if (req.headers.get('if-none-match') === etag) return new NextResponse(null, { status: 304, headers });
  return new NextResponse(new Uint8Array(emblem.png) as Uint8Array<ArrayBuffer>, { headers: { ...headers, 'content-length': String(emblem.png.byteLength) } });
}
