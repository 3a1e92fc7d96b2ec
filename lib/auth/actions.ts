// The account actions: signing in (with the second step), password reset, two-factor
// set-up, signing out everywhere. Thin: the rules live in sign-in.ts and better-auth.
import { isAPIError } from 'better-auth/api';
import QRCode from 'qrcode';
import { z } from 'zod';
import { defineAction, definePublicAction, selfScope } from '../actions/define-action';
import { fail, ok } from '../result';
import { hit } from './rate-limit';
import { enableTwoFactorSchema, requestResetSchema, resetPasswordSchema, signInSchema, totpSchema } from './schemas';
import { signIn, verifyTotp } from './sign-in';

export const signInAction = definePublicAction({
  name: 'auth.signIn',
  input: signInSchema,
  run: (ctx, input) => signIn(ctx, input),
});

export const verifyTotpAction = definePublicAction({
  name: 'auth.verifyTotp',
  input: totpSchema,
  run: (ctx, input) => verifyTotp(ctx, input.code),
});

export const requestPasswordReset = definePublicAction({
  name: 'auth.requestReset',
  input: requestResetSchema,
  run: async (ctx, input) => {
    if (!(await hit(ctx.db, `reset:${ctx.ip ?? 'unknown'}`, 10, 15 * 60 * 1000))) return fail('auth.tooManyAttempts');
    // The same answer whether or not the address has an account: addresses cannot be probed.
    await ctx.auth.api.requestPasswordReset({
      body: { email: input.email.toLowerCase(), redirectTo: `${ctx.baseUrl}/${ctx.locale}/reset-password` },
      headers: ctx.headers,
    });
    return ok(null);
  },
});

export const resetPassword = definePublicAction({
  name: 'auth.resetPassword',
  input: resetPasswordSchema,
  run: async (ctx, input) => {
    try {
      await ctx.auth.api.resetPassword({ body: { newPassword: input.password, token: input.token }, headers: ctx.headers });
    } catch (error) {
      if (isAPIError(error)) return fail('auth.resetInvalid');
      throw error;
    }
    return ok(null);
  },
});

export type TwoFactorSetup = { secret: string; qrSvg: string; backupCodes: string[] };

export const startTwoFactorSetup = defineAction({
  name: 'account.twoFactor.start',
  input: enableTwoFactorSchema,
  policy: 'signed-in',
  scope: selfScope,
  allowWithoutTwoFactor: true,
  run: async (ctx, input) => {
    try {
      const r = await ctx.auth.api.enableTwoFactor({ body: { password: input.password }, headers: ctx.headers });
      if (r.method !== 'totp') return fail('errors.unexpected');
      const secret = new URL(r.totpURI).searchParams.get('secret') ?? '';
      const qrSvg = await QRCode.toString(r.totpURI, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
      return ok<TwoFactorSetup>({ secret, qrSvg, backupCodes: r.backupCodes });
    } catch (error) {
      if (isAPIError(error)) return fail('auth.invalidCredentials');
      throw error;
    }
  },
});

export const confirmTwoFactor = defineAction({
  name: 'account.twoFactor.confirm',
  input: totpSchema,
  policy: 'signed-in',
  scope: selfScope,
  allowWithoutTwoFactor: true,
  run: async (ctx, input) => {
    try {
      await ctx.auth.api.verifyTOTP({ body: { code: input.code }, headers: ctx.headers });
    } catch (error) {
      if (isAPIError(error)) return fail('auth.invalidCode');
      throw error;
    }
    await ctx.audit(ctx.db, 'account.twoFactor.enable', { type: 'User', id: ctx.user.id, countryId: null });
    return ok(null);
  },
});

export const signOutEverywhere = defineAction({
  name: 'account.signOutEverywhere',
  input: z.object({}),
  policy: 'signed-in',
  scope: selfScope,
  allowWithoutTwoFactor: true,
  run: async (ctx) => {
    await ctx.auth.api.revokeSessions({ headers: ctx.headers });
    await ctx.audit(ctx.db, 'account.signOutEverywhere', { type: 'User', id: ctx.user.id, countryId: null });
    return ok(null);
  },
});
