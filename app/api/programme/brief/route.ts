// GET /api/programme/brief?lang=fr|en&disposition=inline|attachment
// The two-page regional brief over the countries the user reviews, rendered by the PDF pool.
import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { db } from '@/lib/db';
import { readableCountries } from '@/lib/auth/can';
import { scopedDb } from '@/lib/auth/scoped-db';
import { currentUser } from '@/lib/auth/server';
import { getPdfPool } from '@/lib/pdf/pool';
import { briefDocument } from '@/lib/programme/brief-document';
import { getProgramme } from '@/lib/programme/get-programme';
import { mayViewProgramme } from '@/lib/programme/scope';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const querySchema = z.object({ lang: z.enum(['fr', 'en']).default('fr'), disposition: z.enum(['inline', 'attachment']).default('attachment') });

export async function GET(req: NextRequest) {
  const query = querySchema.safeParse(Object.fromEntries(req.nextUrl.searchParams));
  if (!query.success) return NextResponse.json({ error: 'form.invalid' }, { status: 400 });
  const user = await currentUser();
  if (!user) return NextResponse.json({ error: 'auth.signInRequired' }, { status: 401 });
  if (!mayViewProgramme(user)) return NextResponse.json({ error: 'errors.notFound' }, { status: 404 });
  const { lang, disposition } = query.data;
  const now = new Date();
  const p = await getProgramme(scopedDb(db, readableCountries(user)), user, { locale: lang, now });
  const pdf = await getPdfPool().renderBrief(briefDocument(p, { locale: lang, now })).catch((error: unknown) => {
    console.error('pdf: regional brief render failed', error);
    return null;
  });
  if (!pdf) return NextResponse.json({ error: 'pdf.errors.renderFailed' }, { status: 500 });
  const filename = lang === 'fr' ? `note-regionale-${now.toISOString().slice(0, 10)}.pdf` : `regional-brief-${now.toISOString().slice(0, 10)}.pdf`;
  return new NextResponse(new Uint8Array(pdf.bytes) as Uint8Array<ArrayBuffer>, {
    headers: {
      'content-type': 'application/pdf', 'content-length': String(pdf.bytes.byteLength), 'content-disposition': `${disposition}; filename="${filename}"`,
      'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff',
    },
  });
}
