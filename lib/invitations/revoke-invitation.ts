import { defineAction } from '../actions/define-action';
import { revokeInvitationSchema } from '../auth/schemas';
import { inTransaction } from '../db/client';
import { fail, ok } from '../result';

export const revokeInvitation = defineAction({
  name: 'invitation.revoke',
  input: revokeInvitationSchema,
  policy: 'user.invite',
  scope: async (db, input) => {
    const inv = await db.invitation.findUnique({ where: { id: input.invitationId }, select: { countryId: true } });
    return inv ? { countryId: inv.countryId } : null;
  },
  run: async (ctx, input) =>
    inTransaction(ctx.db, async (tx) => {
      const inv = await tx.invitation.findUnique({ where: { id: input.invitationId } });
      if (!inv) return fail('auth.forbidden');
      if (inv.acceptedAt) return fail('invitation.alreadyAccepted');
      if (inv.revokedAt) return ok({ id: inv.id });
      await tx.invitation.update({ where: { id: inv.id }, data: { revokedAt: new Date() } });
      await ctx.audit(tx, 'invitation.revoke', { type: 'Invitation', id: inv.id }, { revokedAt: null }, { revokedAt: new Date() });
      return ok({ id: inv.id });
    }),
});
