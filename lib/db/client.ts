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

/** `onQuery`: called for every SQL statement the client sends (Prisma's query events), with its SQL. */
export function createClient(url = databaseUrl(), o: { onQuery?: (event: { query: string }) => void } = {}): PrismaClient {
  const adapter = createAdapter(url);
  const log = o.onQuery ? [{ emit: 'event' as const, level: 'query' as const }] : undefined;
  const client = providerOf(url) === 'sqlite'
    ? new SqliteClient({ adapter, log })
    : (new PostgresClient({ adapter, log }) as unknown as PrismaClient);
  if (o.onQuery) (client as unknown as { $on: (event: 'query', cb: (e: { query: string }) => void) => void }).$on('query', o.onQuery);
  return client;
}

/** True when `db` is a full client (it can open a transaction), false inside one. */
function isClient(db: Db): db is PrismaClient {
  return typeof (db as PrismaClient).$transaction === 'function';
}

/** Runs `fn` in a transaction, or inside the caller's when `db` already is one. */
export async function inTransaction<T>(db: Db, fn: (tx: Prisma.TransactionClient) => Promise<T>, options?: { timeout?: number; maxWait?: number }): Promise<T> {
  return isClient(db) ? db.$transaction(fn, options) : fn(db);
}
