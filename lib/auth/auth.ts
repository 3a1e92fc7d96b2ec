// Accounts with better-auth: email and password (scrypt, memory-hard), sessions in the
// database, TOTP two-factor. Jalon calls its server API from server actions only; its HTTP
// handler is not mounted, so every sign-in goes through lib/auth/sign-in.ts, which adds
// the lock-out and the per-address limit. Sign-up is closed: accounts come from invitations.
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { nextCookies } from 'better-auth/next-js';
import { twoFactor } from 'better-auth/plugins/two-factor';
import type { PrismaClient } from '../db/client';
import type { Provider } from '../db/url';
import { sendMail } from '../mail/send-mail';
import { resetPasswordMail } from './mails';

export const SESSION_HOURS = 8;

export type AuthOptions = { secret: string; baseURL: string; provider: Provider; production: boolean };

export function createAuth(db: PrismaClient, o: AuthOptions) {
  return betterAuth({
    appName: 'Jalon',
    secret: o.secret,
    baseURL: o.baseURL,
    database: prismaAdapter(db, { provider: o.provider }),
    telemetry: { enabled: false },
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: 12,
      maxPasswordLength: 200,
      revokeSessionsOnPasswordReset: true,
      resetPasswordTokenExpiresIn: 60 * 60,
      sendResetPassword: async ({ user, url }) => {
        const locale = (user as { locale?: string }).locale === 'en' ? 'en' : 'fr';
        await sendMail(db, { to: user.email, ...resetPasswordMail(locale, url) });
      },
    },
    user: {
      additionalFields: {
        locale: { type: 'string', required: false, defaultValue: 'fr', input: false },
      },
    },
    session: { expiresIn: SESSION_HOURS * 60 * 60, updateAge: 30 * 60 },
    rateLimit: { enabled: false }, // the HTTP handler is not mounted; see lib/auth/rate-limit.ts
    advanced: {
      cookiePrefix: 'jalon',
      useSecureCookies: o.production,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', secure: o.production },
    },
    plugins: [twoFactor({ issuer: 'Jalon' }), nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;
