import { NextResponse } from 'next/server';
import { queryCount } from '@/lib/db/query-count';

export const dynamic = 'force-dynamic';

/**
 * How many SQL statements the server's database client has sent since it started, for the
 * benchmarks' queries per page (bench/app.ts). Answers only when the server runs with
 * JALON_BENCH=1, and says nothing else.
 */
export function GET() {
  if (process.env.JALON_BENCH !== '1') return new NextResponse(null, { status: 404 });
  return NextResponse.json({ queries: queryCount() }, { headers: { 'cache-control': 'no-store' } });
}
