// The app's side of accounts: the better-auth instance on the shared client, and what
// pages and server actions need from a request. Imported from app/ only (it reads
// next/headers); lib/ domain code takes a context instead.
import 'server-only';
import { cookies, headers as nextHeaders } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { db } from '../db';
import { databaseUrl, providerOf } from '../db/url';
import { publicBaseUrl } from '../http/base-url';
import type { ActionContext } from '../actions/define-action';
import { requestClientAddress } from '../http/client-address';
import { isLocale, type Locale } from '../i18n/routing';
import { createAuth } from './auth';
import { authSecret } from './secret';
import { loadSessionUser, needsTwoFactorSetup, type SessionUser } from './session-user';

const production = process.env.NODE_ENV === 'production' && process.env.JALON_INSECURE_COOKIES !== '1';
export const baseUrl = publicBaseUrl();

const holder = globalThis as unknown as { jalonAuth?: ReturnType<typeof createAuth> };
export const auth = (holder.jalonAuth ??= createAuth(db, {
  secret: authSecret(),
  baseURL: baseUrl,
  provider: providerOf(databaseUrl()),
  production,
}));

/**
 * The request's headers with the cookies as they are now. A server action that replaces
 * the session (better-auth's verifyTOTP, on enabling two-factor, creates a new session and
 * deletes the old one) is followed by a render of the page and its layout in the same
 * request, where cookies() has the new session but headers() still the old Cookie line
 * (next/dist/server/async-storage/request-store.js, synchronizeMutableCookies): read with
 * headers(), the deleted session made the header render signed out, and a client-side
 * navigation afterwards kept that layout until a reload.
 */
async function sessionHeaders(): Promise<Headers> {
  const h = new Headers(await nextHeaders());
  h.set('cookie', (await cookies()).toString());
  return h;
}

/** The signed-in user of this request, or null. Cached for the request. */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth.api.getSession({ headers: await sessionHeaders() });
  return session ? loadSessionUser(db, session.user.id) : null;
});

/** For pages that need a user: sends others to sign in, and admins/reviewers without TOTP to set it up. */
export async function requireUser(locale: Locale, here: string, opts: { allowWithoutTwoFactor?: boolean } = {}) {
  const user = await currentUser();
  if (!user) redirect(`/${locale}/sign-in?next=${encodeURIComponent(here)}`);
  if (!opts.allowWithoutTwoFactor && needsTwoFactorSetup(user)) redirect(`/${locale}/account/two-factor?required=1`);
  return user;
}

export async function requestContext(locale: string): Promise<ActionContext> {
  const h = await nextHeaders();
  return {
    db,
    auth,
    headers: h,
    user: await currentUser(),
    // The socket's peer, or the client a trusted proxy forwarded for (lib/http/client-address.ts).
    ip: requestClientAddress(h),
    userAgent: h.get('user-agent'),
    locale: isLocale(locale) ? locale : 'fr',
    baseUrl,
  };
}
