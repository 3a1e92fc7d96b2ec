// Throw-away databases: a temporary SQLite file, or a temporary schema in a PostgreSQL
// database. Used to write migrations (scripts/db/diff.ts) and by the tests.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { pgConfig } from './adapter';
import type { Provider } from './url';

export type Scratch = { url: string; drop: () => Promise<void> };

/** `postgresUrl` is a server to put the schema in; SQLite needs nothing. */
export async function createScratchDatabase(provider: Provider, postgresUrl?: string): Promise<Scratch> {
  if (provider === 'sqlite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'jalon-'));
    return { url: `file:${path.join(dir, 'scratch.db')}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  if (!postgresUrl) throw new Error('a PostgreSQL URL is needed for a PostgreSQL scratch database');
  const schema = `jalon_scratch_${randomBytes(6).toString('hex')}`;
  await runPg(postgresUrl, `CREATE SCHEMA "${schema}"`);
  const url = new URL(postgresUrl);
  url.searchParams.set('schema', schema);
  return { url: url.toString(), drop: () => runPg(postgresUrl, `DROP SCHEMA IF EXISTS "${schema}" CASCADE`) };
}

export async function runPg(url: string, sql: string) {
  const client = new pg.Client(pgConfig(url).pool);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
