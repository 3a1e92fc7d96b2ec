// GET /api/roadmaps/<id or slug>/versions/<n>/pdf?lang=fr|en&disposition=inline|attachment
// The PDF of a roadmap version, from the shared cache or rendered by the worker pool.
// ?prepare=1 renders (or finds) it and answers JSON, for the progress shown in the page.
import { NextResponse, type NextRequest } from 'next/server';
import { PDFDocument } from 'pdf-lib';
import { z } from 'zod';
import { roadmapDownloadAccess } from '@/lib/pdf/download-access';
import { getPdfPool } from '@/lib/pdf/pool';
import { getRoadmapPdf } from '@/lib/pdf/serve';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const querySchema = z.object({
  lang: z.enum(['fr', 'en']).default('fr'),
  disposition: z.enum(['inline', 'attachment']).default('attachment'),
  prepare: z.literal('1').optional(),
});
// `slug` is the roadmap's slug or id (the segment is named like its neighbour, export/).
const paramsSchema = z.object({ slug: z.string().min(1).max(200), number: z.coerce.number().int().min(1) });

type Context = { params: Promise<{ slug: string; number: string }> };

export async function GET(req: NextRequest, context: Context) {
  const params = paramsSchema.safeParse(await context.params);
  const query = querySchema.safeParse(Object.fromEntries(req.nextUrl.searchParams));
  if (!params.success || !query.success) return NextResponse.json({ error: 'form.invalid' }, { status: 400 });
  const { slug, number } = params.data;
  const { lang, disposition, prepare } = query.data;

  const access = await roadmapDownloadAccess(slug);
  if (!access.ok) return NextResponse.json({ error: access.error }, { status: access.status });
  const { scoped } = access;

  const result = await getRoadmapPdf(scoped, slug, number, lang, (doc, options) => getPdfPool().render(doc, options)).catch((error: unknown) => {
    console.error('pdf: render failed', error);
    return { ok: false as const, error: 'pdf.errors.renderFailed' };
  });
  if (!result.ok) return NextResponse.json({ error: result.error }, { status: result.error === 'pdf.errors.renderFailed' ? 500 : 404 });
  const { bytes, key, cached, filename } = result.data;
  if (prepare) {
    return NextResponse.json({ ready: true, cached, size: bytes.byteLength, pages: await countPages(bytes) }, { headers: { 'cache-control': 'no-store' } });
  }
  const etag = `"${key}"`;
  if (req.headers.get('if-none-match') === etag) return new NextResponse(null, { status: 304, headers: { etag } });
  return new NextResponse(new Uint8Array(bytes) as Uint8Array<ArrayBuffer>, {
    headers: {
      'content-type': 'application/pdf',
      'content-length': String(bytes.byteLength),
      'content-disposition': `${disposition}; filename="${filename}"`,
      // Private: a roadmap may be restricted; the ETag (content hash, language, template) lets
      // the browser revalidate for free.
      'cache-control': 'private, no-cache',
      etag,
    },
  });
}

async function countPages(bytes: Uint8Array): Promise<number | null> {
  try {
    return (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();
  } catch {
    return null;
  }
}
