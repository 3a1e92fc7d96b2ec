import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import Database from 'better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter, Transaction } from '@prisma/driver-adapter-utils';
import { providerOf } from './url';

/** The path of a `file:` URL, relative to the working directory as Prisma reads it. */
export function sqlitePath(url: string) {
  return path.resolve(url.slice('file:'.length).replace(/^\/\/(?=\/)/, ''));
}

/**
 * A PostgreSQL URL may name a schema (`?schema=name`), as Prisma's URLs do: tests give each
 * worker its own. Queries and migrations then both run in that schema.
 */
export function pgConfig(url: string) {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema') ?? undefined;
  parsed.searchParams.delete('schema');
  return {
    schema,
    pool: {
      connectionString: parsed.toString(),
      options: schema ? `-c search_path="${schema}"` : undefined,
      connectionTimeoutMillis: 5_000,
    },
  };
}

export function createAdapter(url: string) {
  if (providerOf(url) === 'sqlite') {
    const file = sqlitePath(url);
    mkdirSync(path.dirname(file), { recursive: true });
    enableWriteAheadLog(file);
    return new PrismaBetterSqlite3({ url: `file:${file}` });
  }
  const { schema, pool } = pgConfig(url);
  const factory = new PrismaPg(pool, schema ? { schema } : undefined);
  const connect = factory.connect.bind(factory);
  factory.connect = async () => oneQueryAtATimeInTransactions(await connect());
  return factory;
}

const TRANSACTION_CALLS = ['queryRaw', 'executeRaw', 'commit', 'rollback', 'createSavepoint', 'rollbackToSavepoint', 'releaseSavepoint'] as const;

/**
 * A transaction holds one pg client, and Prisma's query plans load the relations of an
 * `include` concurrently: inside a transaction, that sends a query to a client still running
 * the previous one, which pg 8 queues with a deprecation warning ("Calling client.query()
 * when the client is already executing a query") and pg 9 will refuse. Queue the calls of a
 * transaction here instead, in the order Prisma made them. Outside transactions each query
 * takes its own client from the pool and runs in parallel as before.
 */
export function oneQueryAtATimeInTransactions<A extends SqlDriverAdapter>(adapter: A): A {
  const start = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...args) => {
    const tx = await start(...args);
    let last: Promise<unknown> = Promise.resolve();
    const calls = tx as unknown as Record<string, ((...a: unknown[]) => Promise<unknown>) | undefined>;
    for (const name of TRANSACTION_CALLS) {
      const call = calls[name];
      if (typeof call !== 'function') continue;
      calls[name] = (...a: unknown[]) => {
        const run = last.then(() => call.apply(tx, a));
        last = run.catch(() => undefined);
        return run;
      };
    }
    return tx as Transaction;
  };
  return adapter;
}

const walFiles = new Set<string>();

/**
 * Write-ahead logging, set once per file (SQLite keeps it in the file): a commit syncs the
 * log once instead of writing, syncing and deleting a rollback journal, and readers never
 * wait for the writer. Measured with the autosave benchmark (bench/assessment.bench.ts):
 * in rollback-journal mode every save waited on several syncs and 50 contributors saving
 * each second queued up. `synchronous` stays FULL: an acknowledged save survives a power cut.
 */
function enableWriteAheadLog(file: string) {
  if (walFiles.has(file)) return;
  const raw = new Database(file);
  try {
    raw.pragma('journal_mode = WAL');
  } finally {
    raw.close();
  }
  walFiles.add(file);
}
