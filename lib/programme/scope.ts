// Which countries the programme view covers: an administrator's, every country; a reviewer's,
// the countries she is assigned to as a reviewer (her REVIEWER memberships), and those only.
// Another role in a country (coordinator, observer) does not put it in the programme view.
// Every query of lib/programme names these ids: the raw SQL statements are not filtered by
// the scoped client (lib/auth/scoped-db.ts), so the list is the one boundary they respect.
import { can, isAdmin, type Principal } from '../auth/can';
import type { Db } from '../db/client';

/** null: every country (administrators); else the ids of the countries she reviews. */
export function programmeScope(user: Principal): string[] | null {
  if (isAdmin(user)) return null;
  return [...new Set(user.memberships.filter((m) => m.role === 'REVIEWER' && m.countryId).map((m) => m.countryId!))]
    .filter((countryId) => can(user, 'programme.view', { countryId }));
}

export type ProgrammeCountry = { id: string; code: string; demo: boolean };

/** The countries of the view, by code (a stable order in every part of it). */
export async function programmeCountries(db: Db, user: Principal): Promise<ProgrammeCountry[]> {
  const ids = programmeScope(user);
  if (ids && !ids.length) return [];
  return db.country.findMany({ where: ids ? { id: { in: ids } } : {}, select: { id: true, code: true, demo: true }, orderBy: { code: 'asc' } });
}

/** May this user open the programme view at all (an administrator, or a reviewer of one country at least)? */
export function mayViewProgramme(user: Principal) {
  const ids = programmeScope(user);
  return ids === null || ids.length > 0;
}
