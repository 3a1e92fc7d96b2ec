import { NextResponse, type NextRequest } from 'next/server';
import { runAction } from '@/lib/actions/define-action';
import { requestContext } from '@/lib/auth/server';
import { isSameOrigin, readBody } from '@/lib/http/same-origin';
import { importRoadmapAction } from '@/lib/roadmap/import-roadmap-action';

const MAX_BYTES = 20 * 1024 * 1024;

/** POST { slug, file }: a roadmap exported by another Jalon installation. */
export async function POST(req: NextRequest) {
  if (!isSameOrigin(req)) return NextResponse.json({ ok: false, error: 'auth.forbidden' }, { status: 403 });
  const body = await readBody(req, MAX_BYTES);
  if (!body) return NextResponse.json({ ok: false, error: 'form.tooLong' }, { status: 413 });
  let input: unknown;
  try {
    input = JSON.parse(new TextDecoder().decode(body));
  } catch {
    return NextResponse.json({ ok: false, error: 'roadmap.badFile' }, { status: 400 });
  }
  const locale = req.nextUrl.searchParams.get('locale') ?? 'fr';
  const r = await runAction(importRoadmapAction, await requestContext(locale), input);
  const status = r.ok ? 200 : r.error === 'auth.signInRequired' ? 401 : r.error === 'auth.forbidden' ? 403 : 422;
  return NextResponse.json(r, { status });
}
