// On PostgreSQL a transaction holds one pg client; pg 8 warns "Calling client.query() when the
// client is already executing a query" when a second query is sent to it before the first
// answered (pg 9 will refuse it). npm start printed it: importing the shipped frameworks and
// loading the demo (with its next cycle) run transactions whose queries Prisma sends side by
// side. This runs what npm start runs, and an upload through runAction, and watches both pg's
// warning and every client.query() call made while the same client is still busy.
import pg from 'pg';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as PostgresClient } from '@/lib/db/generated/postgresql/client';
import type { PrismaClient } from '@/lib/db/client';
import { pgConfig } from '@/lib/db/adapter';
import { ensureInstallationKey } from '@/lib/installation/keys';
import { importShippedFrameworks } from '@/lib/seed/import-shipped-frameworks';
import { seedDemo } from '@/lib/seed/seed-demo';
import { importFramework } from '@/lib/framework/import-framework';
import { freshDb, testProvider, type TestDb } from '../helpers/fresh-db';
import { loadMini } from '../helpers/framework-fixtures';

type Busy = { _activeQuery?: unknown; _queryQueue: unknown[] };
const query = pg.Client.prototype.query;
let overlaps: string[] = [];
let warnings: string[] = [];
const onWarning = (w: Error) => {
  if (/already executing a query/.test(w.message)) warnings.push(w.message);
};

let t: TestDb;
beforeEach(async () => {
  t = await freshDb();
  overlaps = [];
  warnings = [];
  process.on('warning', onWarning);
  // The condition pg warns about, counted on every call (its warning is printed once a process).
  pg.Client.prototype.query = function (this: pg.Client & Busy, ...args: unknown[]) {
    if (this._activeQuery || this._queryQueue.length > 0) {
      const q = args[0] as { text?: string } | string;
      overlaps.push((typeof q === 'string' ? q : q?.text ?? '').slice(0, 120));
    }
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof query;
});
afterEach(async () => {
  pg.Client.prototype.query = query;
  process.off('warning', onWarning);
  await t.dispose();
});

/** What npm start does on an empty database (scripts/start.ts), then an import with savepoints. */
async function startUp(db: PrismaClient) {
  await importShippedFrameworks(db);
  await ensureInstallationKey(db);
  await seedDemo(db, { nextCycle: true });
  const imported = await importFramework(db, loadMini());
  expect(imported.ok).toBe(true);
}

test.runIf(testProvider() === 'postgresql')('npm start sends no query to a pg client that is still running one', { timeout: 120_000 }, async () => {
  await startUp(t.db);
  // Let a deferred warning be emitted before looking.
  await new Promise((r) => setImmediate(r));
  expect(overlaps).toEqual([]);
  expect(warnings).toEqual([]);
});

test.runIf(testProvider() === 'postgresql')('without the queue of lib/db/adapter.ts, the same start-up overlaps queries on one client', { timeout: 120_000 }, async () => {
  // The probe can fail: Prisma's plain pg adapter, on the same schema, does overlap them.
  const { schema, pool } = pgConfig(t.url);
  const plain = new PostgresClient({ adapter: new PrismaPg(pool, schema ? { schema } : undefined) }) as unknown as PrismaClient;
  try {
    await startUp(plain);
  } finally {
    await plain.$disconnect();
  }
  expect(overlaps.length).toBeGreaterThan(0);
});
