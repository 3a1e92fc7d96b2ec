// Who may download a roadmap version's documents (PDF, Word): people who may download this
// country's roadmaps. "Not found" and "forbidden" answer alike, so that nothing of another
// country shows, not even that it exists.
import { db, type Db } from '@/lib/db';
import { can, readableCountries } from '@/lib/auth/can';
import { scopedDb } from '@/lib/auth/scoped-db';
import { currentUser } from '@/lib/auth/server';

export type DownloadAccess = { ok: true; scoped: Db } | { ok: false; status: 401 | 404; error: string };

export async function roadmapDownloadAccess(roadmapIdOrSlug: string): Promise<DownloadAccess> {
  const user = await currentUser();
  if (!user) return { ok: false, status: 401, error: 'auth.signInRequired' };
  const scoped = scopedDb(db, readableCountries(user));
  const roadmap = await scoped.roadmap.findFirst({ where: { OR: [{ slug: roadmapIdOrSlug }, { id: roadmapIdOrSlug }] }, select: { countryId: true } });
  if (!roadmap || !can(user, 'roadmap.download', { countryId: roadmap.countryId })) return { ok: false, status: 404, error: 'errors.notFound' };
  return { ok: true, scoped: scoped as Db };
}
