import { definePublicAction } from '../actions/define-action';
import { acceptInvitationSchema } from '../auth/schemas';
import { inTransaction, type Db } from '../db/client';
import { fail, ok } from '../result';
import { hashToken } from './tokens';

/** The invitation a token opens, if it can still be accepted. */
export async function findOpenInvitation(db: Db, token: string) {
  const inv = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { country: { select: { code: true } }, entity: { select: { nameFr: true, nameEn: true } } },
  });
  if (!inv || inv.revokedAt || inv.acceptedAt) return { state: 'invalid' as const };
  if (inv.expiresAt < new Date()) return { state: 'expired' as const };
  return { state: 'open' as const, invitation: inv };
}

/** What the invitation page shows: the open invitation, who sent it, and whether its address already has an account. */
export async function viewInvitation(db: Db, token: string) {
  const found = await findOpenInvitation(db, token);
  if (found.state !== 'open') return found;
  const inv = found.invitation;
  const [inviter, existing] = await Promise.all([
    db.user.findUnique({ where: { id: inv.invitedById }, select: { name: true } }),
    db.user.findUnique({ where: { email: inv.email }, select: { id: true } }),
  ]);
  return { ...found, inviter, existing };
}

/** Creates the account (or adds the role to an existing one) and closes the invitation. */
export const acceptInvitation = definePublicAction({
  name: 'invitation.accept',
  input: acceptInvitationSchema,
  run: async (ctx, input) => {
    const found = await findOpenInvitation(ctx.db, input.token);
    if (found.state !== 'open') return fail(found.state === 'expired' ? 'invitation.expired' : 'invitation.invalid');
    const inv = found.invitation;
    const hash = await (await ctx.auth.$context).password.hash(input.password);
    return inTransaction(ctx.db, async (tx) => {
      // Claim the invitation first: of two tabs accepting at once, only one gets here.
      const claimed = await tx.invitation.updateMany({ where: { id: inv.id, acceptedAt: null }, data: { acceptedAt: new Date() } });
      if (claimed.count !== 1) return fail('invitation.invalid');
      let user = await tx.user.findUnique({ where: { email: inv.email } });
      if (!user) {
        user = await tx.user.create({ data: { email: inv.email, name: input.name, emailVerified: true, locale: ctx.locale } });
        await tx.account.create({ data: { userId: user.id, accountId: user.id, providerId: 'credential', password: hash } });
      }
      const scope = { role: inv.role, countryId: inv.countryId, entityId: inv.entityId, assessmentId: inv.assessmentId };
      const existing = await tx.membership.findFirst({ where: { userId: user.id, ...scope } });
      if (!existing) await tx.membership.create({ data: { userId: user.id, ...scope } });
      await ctx.audit(tx, 'invitation.accept', { type: 'Invitation', id: inv.id, countryId: inv.countryId, actorId: user.id }, undefined, scope);
      return ok({ email: user.email });
    });
  },
});
