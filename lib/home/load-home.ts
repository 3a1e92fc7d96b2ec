// The home page's data for one signed-in person: one part per role they hold.
import type { SessionUser } from '../auth/session-user';
import { countryName } from '../country/names';
import type { Db } from '../db/client';
import type { Locale } from '../i18n/routing';
import { adminHome, contributorHome, coordinatorHome, observerHome, reviewerHome } from './home';

export async function loadHome(db: Db, user: SessionUser, locale: Locale, now = new Date()) {
  const has = (role: string) => user.memberships.some((m) => m.role === role);
  const countriesOf = async (role: string) => {
    const ids = [...new Set(user.memberships.filter((m) => m.role === role && m.countryId).map((m) => m.countryId!))];
    const list = await db.country.findMany({ where: { id: { in: ids } }, select: { id: true, code: true } });
    return list.map((c) => ({ countryId: c.id, code: c.code, country: countryName(c.code, locale) }));
  };
  const reviewerCountries = user.memberships.filter((m) => m.role === 'REVIEWER').map((m) => m.countryId);
  return {
    contributor: has('CONTRIBUTOR') ? await contributorHome(db, user, now) : null,
    coordinator: await Promise.all((await countriesOf('COORDINATOR')).map(async (c) => ({ ...c, ...(await coordinatorHome(db, c.countryId, now)) }))),
    reviewer: has('REVIEWER') ? await reviewerHome(db, reviewerCountries.includes(null) ? null : (reviewerCountries as string[]), now) : null,
    admin: has('ADMIN') ? await adminHome(db) : null,
    observer: await Promise.all((await countriesOf('OBSERVER')).map(async (c) => ({ ...c, roadmaps: await observerHome(db, c.countryId) }))),
  };
}
export type HomeData = Awaited<ReturnType<typeof loadHome>>;
