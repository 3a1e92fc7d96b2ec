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

type PerformIO = (query: unknown) => Promise<unknown>;

/**
 * A transaction holds one pg client. Prisma's query plans may send a transaction's queries
 * concurrently (the relations of an `include` are loaded side by side, and a `Promise.all`
 * over `tx` does the same), and pg 8 then queues the second query on the busy client with a
 * deprecation warning ("Calling client.query() when the client is already executing a
 * query"); pg 9 will refuse it. Queue them here instead, in the order they were sent.
 *
 * The queue sits on `performIO`, the one method of `@prisma/adapter-pg`'s transaction that
 * calls `client.query`, and not on `executeRaw`/`createSavepoint`: a savepoint (a nested
 * transaction) runs `executeRaw` from inside `createSavepoint`, so queueing both waited for
 * itself, and the framework upload hung (reverted in e36c208). Outside transactions each
 * query takes its own client from the pool and still runs in parallel.
 */
export function oneQueryAtATimeInTransactions<A extends SqlDriverAdapter>(adapter: A): A {
  const start = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...args) => {
    const tx = (await start(...args)) as Transaction & { performIO?: PerformIO };
    const performIO = tx.performIO;
    if (typeof performIO !== 'function') throw new Error('@prisma/adapter-pg changed: its transaction has no performIO to queue');
    let last: Promise<unknown> = Promise.resolve();
    tx.performIO = (query) => {
      const run = last.then(() => performIO.call(tx, query));
      last = run.catch(() => undefined);
      return run;
    };
    return tx;
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
