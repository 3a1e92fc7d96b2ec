// A fresh, migrated database for one test: a copy of the template SQLite file, or a new
// PostgreSQL schema with every migration applied. No mocks, no shared state between tests.
import { copyFileSync } from 'node:fs';
import { createClient, type PrismaClient } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/migrations';
import { createScratchDatabase } from '@/lib/db/scratch';
import type { Provider } from '@/lib/db/url';
import { TEMPLATE_SQLITE } from './paths';

export type TestDb = { db: PrismaClient; url: string; provider: Provider; dispose: () => Promise<void> };

export function testProvider(): Provider {
  return process.env.JALON_TEST_PROVIDER === 'postgresql' ? 'postgresql' : 'sqlite';
}

export async function freshDb(): Promise<TestDb> {
  const provider = testProvider();
  const scratch = await createScratchDatabase(provider, process.env.TEST_DATABASE_URL);
  if (provider === 'sqlite') copyFileSync(TEMPLATE_SQLITE, scratch.url.slice('file:'.length));
  else await applyMigrations(scratch.url);
  const db = createClient(scratch.url);
  return {
    db,
    url: scratch.url,
    provider,
    dispose: async () => {
      await db.$disconnect();
      await scratch.drop();
    },
  };
}
