// GET /api/roadmaps/<id or slug>/versions/<n>/docx?lang=fr|en
// A roadmap version as a Word document, to rework before the official layout (lib/docx).
import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { getRoadmapDocx } from '@/lib/docx/serve';
import { roadmapDownloadAccess } from '@/lib/pdf/download-access';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const querySchema = z.object({ lang: z.enum(['fr', 'en']).default('fr') });
const paramsSchema = z.object({ slug: z.string().min(1).max(200), number: z.coerce.number().int().min(1) });

type Context = { params: Promise<{ slug: string; number: string }> };

export async function GET(req: NextRequest, context: Context) {
  const params = paramsSchema.safeParse(await context.params);
  const query = querySchema.safeParse(Object.fromEntries(req.nextUrl.searchParams));
  if (!params.success || !query.success) return NextResponse.json({ error: 'form.invalid' }, { status: 400 });
  const access = await roadmapDownloadAccess(params.data.slug);
  if (!access.ok) return NextResponse.json({ error: access.error }, { status: access.status });
  const result = await getRoadmapDocx(access.scoped, params.data.slug, params.data.number, query.data.lang);
  if (!result.ok) return NextResponse.json({ error: result.error }, { status: 404 });
  const { bytes, filename } = result.data;
  return new NextResponse(new Uint8Array(bytes) as Uint8Array<ArrayBuffer>, {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'content-length': String(bytes.byteLength),
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'private, no-store',
    },
  });
}
