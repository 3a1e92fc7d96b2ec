import { createHash, randomBytes } from 'node:crypto';

export const INVITATION_DAYS = 7;

/** A token for the mail; only its hash is stored, so a copy of the database opens nothing. */
export function newToken() {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string) {
  return createHash('sha256').update(token).digest('hex');
}
