import { PrismaClient as SqliteClient, type Prisma } from './generated/sqlite/client';
import { PrismaClient as PostgresClient } from './generated/postgresql/client';
import { createAdapter } from './adapter';
import { databaseUrl, providerOf } from './url';

/**
 * Both generated clients come from the same models (prisma/models.prisma), so their APIs
 * are the same; the SQLite one's types stand for both.
 */
export type PrismaClient = SqliteClient;
export type Db = PrismaClient | Prisma.TransactionClient;
export type { Prisma };

export function createClient(url = databaseUrl()): PrismaClient {
  const adapter = createAdapter(url);
  return providerOf(url) === 'sqlite'
    ? new SqliteClient({ adapter })
    : (new PostgresClient({ adapter }) as unknown as PrismaClient);
}

/** True when `db` is a full client (it can open a transaction), false inside one. */
function isClient(db: Db): db is PrismaClient {
  return typeof (db as PrismaClient).$transaction === 'function';
}

/** Runs `fn` in a transaction, or inside the caller's when `db` already is one. */
export async function inTransaction<T>(db: Db, fn: (tx: Prisma.TransactionClient) => Promise<T>, options?: { timeout?: number; maxWait?: number }): Promise<T> {
  return isClient(db) ? db.$transaction(fn, options) : fn(db);
}
