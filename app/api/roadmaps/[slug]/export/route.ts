import { NextResponse, type NextRequest } from 'next/server';
import { db } from '@/lib/db';
import { can, readableCountries } from '@/lib/auth/can';
import { scopedDb } from '@/lib/auth/scoped-db';
import { currentUser } from '@/lib/auth/server';
import { exportRoadmap } from '@/lib/roadmap/exchange';

type Ctx = { params: Promise<{ slug: string }> };

export async function GET(_req: NextRequest, { params }: Ctx) {
  const { slug } = await params;
  const user = await currentUser();
  if (!user) return NextResponse.json({ error: 'auth.signInRequired' }, { status: 401 });
  const scoped = scopedDb(db, readableCountries(user));
  const roadmap = await scoped.roadmap.findUnique({ where: { slug }, select: { id: true, countryId: true } });
  // Not found and forbidden answer alike.
  if (!roadmap || !can(user, 'roadmap.view', { countryId: roadmap.countryId })) return NextResponse.json({ error: 'auth.forbidden' }, { status: 404 });
  const file = await exportRoadmap(scoped, roadmap.id);
  return new NextResponse(JSON.stringify(file, null, 2), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="${slug}.jalon.json"`,
      'cache-control': 'no-store',
    },
  });
}
