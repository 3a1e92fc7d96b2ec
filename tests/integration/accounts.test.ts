import { afterEach, beforeEach, expect, test } from 'vitest';
import { runAction, runPublicAction, type ActionContext } from '@/lib/actions/define-action';
import { requestPasswordReset, resetPassword, signInAction } from '@/lib/auth/actions';
import { createAuth } from '@/lib/auth/auth';
import { loadSessionUser } from '@/lib/auth/session-user';
import { acceptInvitation } from '@/lib/invitations/accept-invitation';
import { inviteUser } from '@/lib/invitations/invite-user';
import { revokeInvitation } from '@/lib/invitations/revoke-invitation';
import { DEMO_PASSWORD, seedDemo } from '@/lib/seed/seed-demo';
import { freshDb, type TestDb } from '../helpers/fresh-db';

let t: TestDb;
beforeEach(async () => {
  t = await freshDb();
  await seedDemo(t.db);
});
afterEach(async () => {
  await t?.dispose();
});

async function ctx(email?: string): Promise<ActionContext> {
  const u = email ? await t.db.user.findUniqueOrThrow({ where: { email } }) : null;
  return {
    db: t.db, auth: createAuth(t.db, { secret: 'x'.repeat(40), baseURL: 'http://localhost:3000', provider: t.provider, production: false }),
    headers: new Headers(), user: u ? await loadSessionUser(t.db, u.id) : null, ip: '198.51.100.4', userAgent: 'test', locale: 'fr', baseUrl: 'http://localhost:3000',
  };
}

test('a password reset goes through the outbox, and the new password works once the link is used', async () => {
  const email = 'contributrice.asin@demo.jalon.example';
  expect(await runPublicAction(requestPasswordReset, await ctx(), { email })).toEqual({ ok: true, data: null });
  // An unknown address gets the same answer and no mail.
  expect(await runPublicAction(requestPasswordReset, await ctx(), { email: 'personne@nulle-part.example' })).toEqual({ ok: true, data: null });
  const mails = await t.db.outboxMail.findMany();
  expect(mails.map((m) => m.to)).toEqual([email]);
  const token = new URL(mails[0].text.match(/https?:\/\/\S+/)![0]).searchParams.get('token') ?? mails[0].text.match(/reset-password\/([^?\s]+)/)?.[1];
  expect(token).toBeTruthy();
  const newPassword = 'une nouvelle phrase de passe';
  expect(await runPublicAction(resetPassword, await ctx(), { token, password: newPassword, confirm: newPassword })).toEqual({ ok: true, data: null });
  expect(await runPublicAction(resetPassword, await ctx(), { token, password: newPassword, confirm: newPassword })).toEqual({ ok: false, error: 'auth.resetInvalid' });
  expect(await runPublicAction(signInAction, await ctx(), { email, password: DEMO_PASSWORD })).toEqual({ ok: false, error: 'auth.invalidCredentials' });
  expect(await runPublicAction(signInAction, await ctx(), { email, password: newPassword })).toMatchObject({ ok: true });
});

test('a revoked or expired invitation cannot be accepted', async () => {
  const coordinator = await ctx('coordonnateur@demo.jalon.example');
  const bj = await t.db.country.findUniqueOrThrow({ where: { code: 'BJ' } });
  const invite = async (email: string) => {
    const r = await runAction(inviteUser, coordinator, { email, role: 'OBSERVER', countryId: bj.id, locale: 'fr' });
    expect(r.ok).toBe(true);
    const mail = await t.db.outboxMail.findFirstOrThrow({ where: { to: email } });
    return { id: (r as { ok: true; data: { id: string } }).data.id, token: mail.text.match(/invitations\/(\S+)/)![1] };
  };
  const accept = (token: string) => runPublicAction(acceptInvitation, coordinator, { token, name: 'Quelqu’un', password: 'une phrase solide ici', confirm: 'une phrase solide ici' });

  const revoked = await invite('revoquee@example.org');
  expect(await runAction(revokeInvitation, coordinator, { invitationId: revoked.id })).toMatchObject({ ok: true });
  expect(await accept(revoked.token)).toEqual({ ok: false, error: 'invitation.invalid' });

  const late = await invite('tardive@example.org');
  await t.db.invitation.update({ where: { id: late.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
  expect(await accept(late.token)).toEqual({ ok: false, error: 'invitation.expired' });

  // A coordinator cannot give a role above their own.
  expect(await runAction(inviteUser, coordinator, { email: 'x@example.org', role: 'REVIEWER', countryId: bj.id, locale: 'fr' })).toEqual({ ok: false, error: 'auth.forbidden' });
  expect(await t.db.user.count({ where: { email: { in: ['revoquee@example.org', 'tardive@example.org'] } } })).toBe(0);
});
