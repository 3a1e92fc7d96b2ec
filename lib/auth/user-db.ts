import 'server-only';
import { db } from '../db';
import { readableCountries, type Principal } from './can';
import { scopedDb } from './scoped-db';

/** The shared client limited to the countries a user may read: what pages and route handlers read through. */
export function userDb(user: Principal) {
  return scopedDb(db, readableCountries(user));
}
