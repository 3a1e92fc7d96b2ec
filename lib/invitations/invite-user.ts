import { defineAction } from '../actions/define-action';
import type { Scope } from '../auth/can';
import { INVITABLE, type Role } from '../auth/policy';
import { inviteSchema } from '../auth/schemas';
import { invitationMail } from '../auth/mails';
import { countryName } from '../country/names';
import { inTransaction } from '../db/client';
import { sendMail } from '../mail/send-mail';
import { fail, ok } from '../result';
import { INVITATION_DAYS, newToken } from './tokens';

/**
 * Invites someone by mail to a role. The inviter's own role decides which roles they may
 * give (INVITABLE): a coordinator invites contributors and observers of their country.
 */
export const inviteUser = defineAction({
  name: 'invitation.create',
  input: inviteSchema,
  policy: 'user.invite',
  scope: async (db, input): Promise<Scope | null> => {
    if (input.role === 'ADMIN') return input.countryId ? null : { countryId: null };
    if (!input.countryId) return null;
    const country = await db.country.findUnique({ where: { id: input.countryId }, select: { id: true } });
    if (!country) return null;
    if (input.entityId) {
      const entity = await db.entity.findUnique({ where: { id: input.entityId }, select: { countryId: true } });
      if (!entity || entity.countryId !== country.id) return null;
    }
    if (input.assessmentId) {
      const a = await db.assessment.findUnique({ where: { id: input.assessmentId }, select: { countryId: true } });
      if (!a || a.countryId !== country.id) return null;
    }
    return { countryId: country.id, entityId: input.entityId ?? null, assessmentId: input.assessmentId ?? null };
  },
  run: async (ctx, input, scope) => {
    const grantable = new Set<Role>(
      ctx.user.memberships
        .filter((m) => m.role === 'ADMIN' || m.countryId === scope.countryId)
        .flatMap((m) => INVITABLE[m.role]),
    );
    if (!grantable.has(input.role)) return fail('auth.forbidden');
    if (input.role === 'CONTRIBUTOR' && !input.entityId) return fail('form.invalid', { entityId: ['invitation.entityRequired'] });
    const { token, hash } = newToken();
    const email = input.email.toLowerCase();
    const expiresAt = new Date(Date.now() + INVITATION_DAYS * 86_400_000);
    return inTransaction(ctx.db, async (tx) => {
      const invitation = await tx.invitation.create({
        data: {
          email, role: input.role, countryId: input.countryId, entityId: input.entityId ?? null,
          assessmentId: input.assessmentId ?? null, tokenHash: hash, expiresAt, invitedById: ctx.user.id,
        },
      });
      const country = scope.countryId ? await tx.country.findUnique({ where: { id: scope.countryId }, select: { code: true } }) : null;
      const url = `${ctx.baseUrl}/${input.locale}/invitations/${token}`;
      await sendMail(tx, {
        to: email,
        ...invitationMail(input.locale, {
          url, inviter: ctx.user.name, role: input.role, days: INVITATION_DAYS,
          country: country ? countryName(country.code, input.locale) : 'Jalon',
        }),
      });
      await ctx.audit(tx, 'invitation.create', { type: 'Invitation', id: invitation.id }, undefined, { email, role: input.role, entityId: input.entityId ?? null, expiresAt });
      return ok({ id: invitation.id, expiresAt: expiresAt.toISOString() });
    });
  },
});
