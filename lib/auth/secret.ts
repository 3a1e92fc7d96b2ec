import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The key that signs session cookies and encrypts TOTP secrets. Production sets
 * JALON_AUTH_SECRET (the same on every instance); a local installation gets one generated
 * once into data/auth-secret, readable by its owner only.
 */
export function authSecret(env: Record<string, string | undefined> = process.env): string {
  const configured = env.JALON_AUTH_SECRET ?? env.BETTER_AUTH_SECRET;
  if (configured) {
    if (configured.length < 32) throw new Error('JALON_AUTH_SECRET must be at least 32 characters long');
    return configured;
  }
  const file = path.join(process.cwd(), 'data', 'auth-secret');
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(48).toString('base64url'), { flag: 'wx', mode: 0o600 });
  }
  chmodSync(file, 0o600);
  return readFileSync(file, 'utf8').trim();
}
