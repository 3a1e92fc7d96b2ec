import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import Database from 'better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
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
  return new PrismaPg(pool, schema ? { schema } : undefined);
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
