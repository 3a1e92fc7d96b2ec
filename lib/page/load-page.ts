// What every page starts with, in one place (docs/decisions/007): the language checked and
// set, the signed-in user required (with the two-factor rule), a client limited to the
// user's countries, and the translator and formatter. Pages and layouts never import the
// database (eslint.config.mjs): a signed-in page reads through `db` from `loadPage`; a page
// open to visitors calls `loadPublicPage`, which says so and hands the full client for
// reference content only (frameworks, an invitation found by its token).
import 'server-only';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import type { Messages, NamespaceKeys, NestedKeyOf } from 'use-intl/core';
import { db as fullDb } from '../db';
import { currentUser, requireUser } from '../auth/server';
import { userDb } from '../auth/user-db';
import { isLocale, type Locale } from '../i18n/routing';

export type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;

export type PageOptions<P, N extends Namespace> = {
  /** the address after the language, to come back to after signing in: '/audit', or from the params */
  path: string | ((params: P) => string);
  /** for the pages that set up two-factor authentication itself */
  allowWithoutTwoFactor?: boolean;
  /** the messages' namespace the translator reads (none: full keys) */
  namespace?: N;
};

/** The language of the address, set for the request; any other is a 404. */
export async function pageLocale(locale: string): Promise<Locale> {
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  await connection();
  return locale;
}

/** A signed-in page: sends visitors to sign in, and admins and reviewers without TOTP to set it up. */
export async function loadPage<P extends { locale: string }, N extends Namespace = never>(params: Promise<P>, opts: PageOptions<P, N>) {
  const p = await params;
  const locale = await pageLocale(p.locale);
  const path = typeof opts.path === 'function' ? opts.path(p) : opts.path;
  const user = await requireUser(locale, `/${locale}${path}`, { allowWithoutTwoFactor: opts.allowWithoutTwoFactor });
  const [t, format] = await Promise.all([getTranslations<N>(opts.namespace as N), getFormatter()]);
  return { params: p, locale, user, db: userDb(user), t, format };
}

/**
 * A page open to visitors (sign in, framework reference, an invitation by its token): the
 * user when there is one, and `publicDb`, the unrestricted client, for reads that no
 * country owns. Anything of a country is read through `userDb`, limited like `loadPage`'s.
 */
export async function loadPublicPage<P extends { locale: string }, N extends Namespace = never>(params: Promise<P>, opts: { namespace?: N } = {}) {
  const p = await params;
  const locale = await pageLocale(p.locale);
  const [user, t, format] = await Promise.all([currentUser(), getTranslations<N>(opts.namespace as N), getFormatter()]);
  return { params: p, locale, user, publicDb: fullDb, userDb: user ? userDb(user) : null, t, format };
}
