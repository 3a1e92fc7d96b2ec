import { DatabaseUrlError, redact } from './url';

/**
 * One line for a person: what went wrong with the database, without a stack or SQL.
 * Connection failures come from pg, better-sqlite3 or the schema engine, each in its own
 * shape; match their codes, not their prose where a code exists.
 */
export function describeDbError(error: unknown): string {
  if (error instanceof DatabaseUrlError) return error.message;
  const e = error as { code?: string; message?: string; cause?: unknown };
  const code = e?.code ?? (e?.cause as { code?: string } | undefined)?.code;
  const url = process.env.DATABASE_URL ? redact(process.env.DATABASE_URL) : 'the database';
  switch (code) {
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'ETIMEDOUT':
      return `cannot reach ${url} (${code}): is the database server running and the address right?`;
    case '28P01':
    case '28000':
      return `the database refused the credentials in ${url}`;
    case '3D000':
      return `the database named in ${url} does not exist: create it first (createdb)`;
    case 'SQLITE_CANTOPEN':
      return `cannot open the SQLite file of ${url}: check the path and its permissions`;
  }
  const message = e?.message ?? String(error);
  if (/Can't reach database|ECONNREFUSED|DatabaseNotReachable|connect/i.test(message) && /connect|reach/i.test(message)) {
    return `cannot reach ${url}: is the database server running and the address right?`;
  }
  return message.split('\n')[0];
}
