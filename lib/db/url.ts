// Which database a URL points at. Shared by the app, the scripts and the tests.
export type Provider = 'sqlite' | 'postgresql';

export const DEFAULT_DATABASE_URL = 'file:./data/jalon.db';

export class DatabaseUrlError extends Error {
  constructor(url: string) {
    super(`DATABASE_URL must start with file: (SQLite) or postgres:// (PostgreSQL); got "${redact(url)}"`);
    this.name = 'DatabaseUrlError';
  }
}

export function providerOf(url: string): Provider {
  if (url.startsWith('file:')) return 'sqlite';
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgresql';
  throw new DatabaseUrlError(url);
}

export function databaseUrl(env: Record<string, string | undefined> = process.env) {
  return env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}

/** A URL fit for a log line: the password replaced. */
export function redact(url: string) {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}
