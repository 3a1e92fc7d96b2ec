// Everything the programme view shows, for one user: the countries she reviews (or all, for
// an administrator), their overview, the common needs and the assistance requests (filtered).
// The page, the exports and the regional brief read it through here, so that they cannot
// disagree on which countries they cover.
import type { Principal } from '../auth/can';
import type { Db } from '../db/client';
import type { Locale } from '../i18n/routing';
import { assistanceRequests, commonNeeds, filterRequests, type RequestFilter } from './needs';
import { getOverview } from './overview';
import { programmeCountries } from './scope';

/** `requests`: filtered; `allRequests`: every request (the common needs and the filters' options read them). */
export async function getProgramme(db: Db, user: Principal, o: { locale: Locale; now: Date; filter?: RequestFilter }) {
  const countries = await programmeCountries(db, user);
  const overview = await getOverview(db, { countries, locale: o.locale, now: o.now });
  // The requests are read once: the filter narrows that list, whose whole feeds the common needs and the filters' options.
  const allRequests = await assistanceRequests(db, { countries: overview.countries, locale: o.locale });
  const needs = await commonNeeds(db, { countries: overview.countries, locale: o.locale, requests: allRequests });
  const filtered = !!o.filter && Object.values(o.filter).some(Boolean);
  return { overview, needs, requests: filtered ? filterRequests(allRequests, o.filter) : allRequests, allRequests };
}

export type Programme = Awaited<ReturnType<typeof getProgramme>>;
