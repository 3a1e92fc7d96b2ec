// This installation's signing key, and the public keys of the installations it trusts.
// Exchange files are signed with Ed25519 (node:crypto): whoever holds an installation's
// public key can check that a file comes from it unchanged; nobody can sign without the
// private key, which is created here at first start and never leaves the database.
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import type { Db } from '../db/client';

const SELF = 'self';

export type Signature = { algorithm: 'ed25519'; keyId: string; value: string };

/** The SHA-256 of the public key's DER encoding, in hex: how a file names its signer. */
export function keyIdOf(key: KeyObject): string {
  return createHash('sha256').update(key.export({ type: 'spki', format: 'der' })).digest('hex');
}

/** An Ed25519 public key in PEM (SPKI), or null for anything else. */
export function parsePublicKey(pem: string): KeyObject | null {
  try {
    const key = createPublicKey({ key: pem.trim(), format: 'pem' });
    return key.asymmetricKeyType === 'ed25519' ? key : null;
  } catch {
    return null;
  }
}

/** Creates the key pair if there is none yet (first start); a concurrent start keeps the first. */
export async function ensureInstallationKey(db: Db): Promise<{ keyId: string; publicKey: string }> {
  const found = await db.installationKey.findUnique({ where: { id: SELF }, select: { keyId: true, publicKey: true } });
  if (found) return found;
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const row = {
    id: SELF, keyId: keyIdOf(publicKey),
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
  await db.installationKey.upsert({ where: { id: SELF }, create: row, update: {} });
  return db.installationKey.findUniqueOrThrow({ where: { id: SELF }, select: { keyId: true, publicKey: true } });
}

/** The signature of `message` by this installation. */
export async function signWithInstallationKey(db: Db, message: string): Promise<Signature> {
  await ensureInstallationKey(db);
  const row = await db.installationKey.findUniqueOrThrow({ where: { id: SELF } });
  const value = sign(null, Buffer.from(message, 'utf8'), createPrivateKey(row.privateKey)).toString('base64');
  return { algorithm: 'ed25519', keyId: row.keyId, value };
}

export type Signer = { trusted: true; name: string | null; self: boolean } | { trusted: false; reason: 'unsigned' | 'unknownSigner' };

/**
 * Who signed `message`: this installation, or a registered installation not revoked. A
 * signature by a known key that does not verify is a changed file: `null`.
 */
export async function signerOf(db: Db, message: string, signature: Signature | undefined): Promise<Signer | null> {
  if (!signature) return { trusted: false, reason: 'unsigned' };
  const own = await ensureInstallationKey(db);
  const candidates = own.keyId === signature.keyId
    ? [{ name: null, publicKey: own.publicKey, self: true }]
    : (await db.peerInstallation.findMany({ where: { keyId: signature.keyId, revokedAt: null }, select: { name: true, publicKey: true } })).map((p) => ({ ...p, self: false }));
  if (candidates.length === 0) return { trusted: false, reason: 'unknownSigner' };
  let bytes: Buffer;
  try {
    bytes = Buffer.from(signature.value, 'base64');
  } catch {
    return null;
  }
  for (const c of candidates) {
    const key = parsePublicKey(c.publicKey);
    if (key && keyIdOf(key) === signature.keyId && verify(null, Buffer.from(message, 'utf8'), key, bytes)) return { trusted: true, name: c.name, self: c.self };
  }
  return null;
}
