// Sign-in with the lock-out: five wrong passwords in a row lock the account for a while,
// and one address may not try more than a few dozen times in a quarter of an hour.
import { isAPIError } from 'better-auth/api';
import type { PrismaClient } from '../db/client';
import type { Audit } from '../audit/record-event';
import { fail, ok, type Result } from '../result';
import type { Auth } from './auth';
import { hit } from './rate-limit';
import { loadSessionUser, needsTwoFactorSetup } from './session-user';
import type { SignInInput } from './schemas';

export const MAX_FAILED_SIGN_INS = 5;
export const LOCK_MINUTES = 15;
const PER_ADDRESS = { max: 30, windowMs: 15 * 60 * 1000 };

export type AuthDeps = { db: PrismaClient; auth: Auth; headers: Headers; ip: string | null; audit: Audit };

/** `setupRequired`: the role demands two-factor authentication and the account has none yet. */
export async function signIn(d: AuthDeps, input: SignInInput): Promise<Result<{ twoFactor: boolean; setupRequired: boolean }>> {
  const email = input.email.toLowerCase();
  if (!(await hit(d.db, `sign-in:${d.ip ?? 'unknown'}`, PER_ADDRESS.max, PER_ADDRESS.windowMs))) {
    return fail('auth.tooManyAttempts');
  }
  const user = await d.db.user.findUnique({ where: { email }, select: { id: true, lockedUntil: true, disabled: true, failedSignIns: true } });
  if (user?.lockedUntil && user.lockedUntil > new Date()) return fail('auth.locked');
  if (user?.disabled) return fail('auth.invalidCredentials');
  try {
    const res = (await d.auth.api.signInEmail({ body: { email, password: input.password }, headers: d.headers })) as { twoFactorRedirect?: boolean };
    if (user) await d.db.user.update({ where: { id: user.id }, data: { failedSignIns: 0, lockedUntil: null } });
    await d.audit(d.db, 'auth.signIn', { type: 'User', id: user?.id, actorId: user?.id ?? null });
    const sessionUser = user ? await loadSessionUser(d.db, user.id) : null;
    return ok({ twoFactor: !!res?.twoFactorRedirect, setupRequired: !!sessionUser && needsTwoFactorSetup(sessionUser) });
  } catch (error) {
    if (!isAPIError(error) || !user) {
      if (isAPIError(error)) return fail('auth.invalidCredentials');
      throw error;
    }
    const failures = user.failedSignIns + 1;
    const locked = failures >= MAX_FAILED_SIGN_INS;
    await d.db.user.update({
      where: { id: user.id },
      data: locked ? { failedSignIns: 0, lockedUntil: new Date(Date.now() + LOCK_MINUTES * 60_000) } : { failedSignIns: failures },
    });
    if (locked) {
      await d.audit(d.db, 'auth.lockedOut', { type: 'User', id: user.id });
      return fail('auth.locked');
    }
    return fail('auth.invalidCredentials');
  }
}

/** The second step for accounts with two-factor authentication. */
export async function verifyTotp(d: AuthDeps, code: string): Promise<Result<null>> {
  if (!(await hit(d.db, `totp:${d.ip ?? 'unknown'}`, PER_ADDRESS.max, PER_ADDRESS.windowMs))) return fail('auth.tooManyAttempts');
  try {
    await d.auth.api.verifyTOTP({ body: { code }, headers: d.headers });
    return ok(null);
  } catch (error) {
    if (isAPIError(error)) return fail('auth.invalidCode');
    throw error;
  }
}
