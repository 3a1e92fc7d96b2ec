import { NextResponse } from 'next/server';
import { isSameOrigin, readBody } from '@/lib/http/same-origin';

/**
 * The framework's floor for the autosave benchmark (bench/assessment.bench.ts): the same
 * origin check, body read and JSON parse as the autosave, then nothing. Answers only when
 * the server runs with JALON_BENCH=1.
 */
export async function POST(req: Request) {
  if (process.env.JALON_BENCH !== '1') return new NextResponse(null, { status: 404 });
  if (!isSameOrigin(req)) return NextResponse.json({ ok: false, error: 'auth.forbidden' }, { status: 403 });
  const bytes = await readBody(req, 256 * 1024);
  if (!bytes) return NextResponse.json({ ok: false, error: 'form.tooLong' }, { status: 413 });
  JSON.parse(new TextDecoder().decode(bytes));
  return NextResponse.json({ ok: true, data: null }, { headers: { 'cache-control': 'no-store' } });
}
