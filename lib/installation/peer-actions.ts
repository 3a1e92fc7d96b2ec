// Administrators register the public keys of the installations whose signed exchange files this
// one trusts (a national installation registers the UN's, and the other way round), and revoke
// them. Both are audited; the keys carry no country.
import { z } from 'zod';
import { defineAction } from '../actions/define-action';
import { inTransaction, type Db } from '../db/client';
import { fail, ok } from '../result';
import { safeText } from '../validation/text';
import { ensureInstallationKey, keyIdOf, parsePublicKey } from './keys';

export const registerPeerSchema = z.object({
  name: safeText(120).min(2, { error: 'form.tooShort' }),
  publicKey: z.string({ error: 'form.invalidValue' }).trim().max(2000, { error: 'form.tooLong' }),
});

export const registerPeer = defineAction({
  name: 'installation.peer.register',
  input: registerPeerSchema,
  policy: 'installation.manage',
  scope: async () => ({ countryId: null }),
  run: async (ctx, input) => {
    const key = parsePublicKey(input.publicKey);
    if (!key) return fail('form.invalid', { publicKey: ['installation.badKey'] });
    const keyId = keyIdOf(key);
    if ((await ensureInstallationKey(ctx.db)).keyId === keyId) return fail('form.invalid', { publicKey: ['installation.ownKey'] });
    return inTransaction(ctx.db, async (tx) => {
      if (await tx.peerInstallation.findFirst({ where: { keyId, revokedAt: null }, select: { id: true } })) return fail('form.invalid', { publicKey: ['installation.alreadyRegistered'] });
      const publicKey = key.export({ type: 'spki', format: 'pem' }).toString();
      const row = await tx.peerInstallation.create({ data: { name: input.name, keyId, publicKey, createdById: ctx.user.id } });
      await ctx.audit(tx, 'installation.peer.register', { type: 'PeerInstallation', id: row.id, countryId: null }, undefined, { name: input.name, keyId });
      return ok({ id: row.id, keyId });
    });
  },
});

export const revokePeer = defineAction({
  name: 'installation.peer.revoke',
  input: z.object({ peerId: z.string().min(1).max(64) }),
  policy: 'installation.manage',
  scope: async () => ({ countryId: null }),
  run: async (ctx, input) =>
    inTransaction(ctx.db, async (tx) => {
      const peer = await tx.peerInstallation.findUnique({ where: { id: input.peerId } });
      if (!peer || peer.revokedAt) return fail('installation.notFound');
      await tx.peerInstallation.update({ where: { id: peer.id }, data: { revokedAt: new Date(), revokedById: ctx.user.id } });
      await ctx.audit(tx, 'installation.peer.revoke', { type: 'PeerInstallation', id: peer.id, countryId: null }, { name: peer.name, keyId: peer.keyId });
      return ok(null);
    }),
});

/** What the administrators' page shows: this installation's public key, and the registered ones. */
export async function listInstallations(db: Db) {
  const own = await ensureInstallationKey(db);
  const peers = await db.peerInstallation.findMany({ orderBy: [{ revokedAt: 'asc' }, { createdAt: 'desc' }], select: { id: true, name: true, keyId: true, createdAt: true, revokedAt: true } });
  return { own, peers };
}
