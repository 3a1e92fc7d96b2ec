// Every server action is defined here, framework-free: its input schema, the policy action
// it needs and how to find the scope of the record it touches. `runAction` validates,
// authorizes and runs it; the 'use server' files in app/ only build the context. The
// authorization matrix and the fuzz tests iterate over the registry (lib/actions/index.ts),
// so an action cannot be added without a policy entry and a test case.
import { isAPIError } from 'better-auth/api';
import { z } from 'zod';
import { auditAs, type Audit } from '../audit/record-event';
import type { PrismaClient } from '../db/client';
import { can, readableCountries, type Scope } from '../auth/can';
import type { Auth } from '../auth/auth';
import type { Action } from '../auth/policy';
import { CrossCountryError, scopedDb } from '../auth/scoped-db';
import type { SessionUser } from '../auth/session-user';
import { needsTwoFactorSetup } from '../auth/session-user';
import { prismaErrorKey } from '../db/prisma-errors';
import type { Locale } from '../i18n/routing';
import { fail, schemaKey, type MessageKey, type Result } from '../result';

export type ActionContext = {
  /** the full client: only for reading the scope before authorization */
  db: PrismaClient;
  auth: Auth;
  /** the request's headers (better-auth reads the session cookie from them) */
  headers: Headers;
  user: SessionUser | null;
  ip: string | null;
  userAgent: string | null;
  locale: Locale;
  /** the app's public address, for links in mails */
  baseUrl: string;
};

/**
 * What `run` receives: a client limited to the user's countries, who is acting, and `audit`,
 * which records an event as that user, from the request's address and agent, in the scope's
 * country unless the record names another: `ctx.audit(tx, 'roadmap.create', { type: 'Roadmap', id }, before, after)`.
 */
export type RunContext = Omit<ActionContext, 'user' | 'db'> & { db: PrismaClient; user: SessionUser; audit: Audit };

/** What a public action's `run` receives: the request, and `audit` as nobody (the record names the actor when known). */
export type PublicRunContext = ActionContext & { audit: Audit };

/**
 * `C`: what `scope` hands `run` besides the country (entity, assessment) the policy checks,
 * e.g. the record it had to read to find them, so that `run` need not read it again. `scope`
 * and `run` are methods so that an action with its own `C` is still an `ActionDef<S, T>`
 * for the registry: `runAction` only ever gives `run` what the same action's `scope` returned.
 */
export type ActionDef<S extends z.ZodType, T, C extends Scope = Scope> = {
  name: string;
  input: S;
  /** the policy entry to check; 'signed-in' for actions on one's own account */
  policy: Action | 'signed-in';
  /** the country (entity, assessment) of the record the input names; null if it does not exist */
  scope(db: PrismaClient, input: z.infer<S>): Promise<C | null>;
  run(ctx: RunContext, input: z.infer<S>, scope: C): Promise<Result<T>>;
  /** for the actions that set up two-factor authentication itself */
  allowWithoutTwoFactor?: boolean;
};

export function defineAction<S extends z.ZodType, T, C extends Scope = Scope>(def: ActionDef<S, T, C>): ActionDef<S, T, C> {
  return def;
}

/** Actions anyone may call (sign in, reset a password, accept an invitation). */
export type PublicActionDef<S extends z.ZodType, T> = {
  name: string;
  input: S;
  policy: 'public';
  run: (ctx: PublicRunContext, input: z.infer<S>) => Promise<Result<T>>;
};

export function definePublicAction<S extends z.ZodType, T>(def: Omit<PublicActionDef<S, T>, 'policy'>): PublicActionDef<S, T> {
  return { ...def, policy: 'public' };
}

export async function runPublicAction<S extends z.ZodType, T>(
  def: PublicActionDef<S, T>,
  ctx: ActionContext,
  raw: unknown,
): Promise<Result<T>> {
  const parsed = def.input.safeParse(raw);
  if (!parsed.success) return fail('form.invalid', fieldErrors(parsed.error));
  try {
    return await def.run({ ...ctx, audit: auditAs({ actorId: null, ip: ctx.ip, userAgent: ctx.userAgent }) }, parsed.data);
  } catch (error) {
    const key = expectedErrorKey(error);
    if (key) return fail(key);
    console.error(`action ${def.name} failed`, error);
    return fail('errors.unexpected');
  }
}

export const selfScope = async (): Promise<Scope> => ({ countryId: null });

/** Validation errors as message keys per field; zod's own messages become `form.invalidValue`. */
export function fieldErrors(error: z.ZodError): Record<string, MessageKey[]> {
  const out: Record<string, MessageKey[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    const message = /^[a-z]+(\.[a-zA-Z]+)+$/.test(issue.message) ? schemaKey(issue.message) : 'form.invalidValue';
    (out[key] ??= []).push(message);
  }
  return out;
}

/** Failures a caller can cause, from Prisma (by code) or from better-auth (by status). */
function expectedErrorKey(error: unknown): MessageKey | null {
  if (isAPIError(error)) return error.statusCode === 401 ? 'auth.signInRequired' : error.statusCode === 429 ? 'auth.tooManyAttempts' : 'form.invalid';
  return prismaErrorKey(error);
}

export async function runAction<S extends z.ZodType, T, C extends Scope = Scope>(
  def: ActionDef<S, T, C>,
  ctx: ActionContext,
  raw: unknown,
): Promise<Result<T>> {
  const parsed = def.input.safeParse(raw);
  if (!parsed.success) return fail('form.invalid', fieldErrors(parsed.error));
  const user = ctx.user;
  if (!user) return fail('auth.signInRequired');
  if (!def.allowWithoutTwoFactor && needsTwoFactorSetup(user)) return fail('auth.twoFactorRequired');
  try {
    const scope = await def.scope(ctx.db, parsed.data);
    // "Not found" and "forbidden" answer alike, so ids cannot be probed.
    if (!scope) return fail('auth.forbidden');
    if (def.policy !== 'signed-in' && !can(user, def.policy, scope)) return fail('auth.forbidden');
    const db = scopedDb(ctx.db, readableCountries(user));
    const audit = auditAs({ actorId: user.id, ip: ctx.ip, userAgent: ctx.userAgent }, scope.countryId);
    return await def.run({ ...ctx, db, user, audit }, parsed.data, scope);
  } catch (error) {
    if (error instanceof CrossCountryError) return fail('auth.forbidden');
    const key = expectedErrorKey(error);
    if (key) return fail(key);
    console.error(`action ${def.name} failed`, error);
    return fail('errors.unexpected');
  }
}
