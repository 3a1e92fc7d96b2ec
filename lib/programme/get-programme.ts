// Everything the programme view shows, for one user: the countries she reviews (or all, for
// an administrator), their overview, the common needs and the assistance requests (filtered).
// The page, the exports and the regional brief read it through here, so that they cannot
// disagree on which countries they cover.
import type { Principal } from '../auth/can';
import type { Db } from '../db/client';
import type { Locale } from '../i18n/routing';
import { assistanceRequests, commonNeeds, type RequestFilter } from './needs';
import { getOverview } from './overview';
import { programmeCountries } from './scope';

export async function getProgramme(db: Db, user: Principal, o: { locale: Locale; now: Date; filter?: RequestFilter }) {
  const countries = await programmeCountries(db, user);
  const overview = await getOverview(db, { countries, locale: o.locale, now: o.now });
  const [needs, requests] = await Promise.all([
    commonNeeds(db, { countries: overview.countries, locale: o.locale }),
    assistanceRequests(db, { countries: overview.countries, locale: o.locale, filter: o.filter }),
  ]);
  return { overview, needs, requests };
}

export type Programme = Awaited<ReturnType<typeof getProgramme>>;
