// npm run db:diff -- <name>
// Writes a migration for each provider from the change to prisma/models.prisma.
// PostgreSQL needs a server to replay the migrations on (in a temporary schema):
// SHADOW_DATABASE_URL, else TEST_DATABASE_URL, else DATABASE_URL when it is PostgreSQL.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unmigratedChanges } from '../../lib/db/drift';
import { migrationsDir } from '../../lib/db/migrations';
import type { Provider } from '../../lib/db/url';
import { runCli } from '../cli';

runCli(async () => {
  const name = process.argv[2]?.trim();
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    throw new Error('usage: npm run db:diff -- <name>   (lower case letters, digits and _, e.g. add_roadmap_tags)');
  }
  const postgresUrl = [process.env.SHADOW_DATABASE_URL, process.env.TEST_DATABASE_URL, process.env.DATABASE_URL]
    .find((u) => u && /^postgres(ql)?:\/\//.test(u));
  if (!postgresUrl) {
    throw new Error('db:diff needs a PostgreSQL server to write the PostgreSQL migration: set SHADOW_DATABASE_URL=postgres://...');
  }
  const scripts = {} as Record<Provider, string>;
  for (const provider of ['sqlite', 'postgresql'] as const) {
    scripts[provider] = await unmigratedChanges(provider, postgresUrl);
  }
  if (!scripts.sqlite && !scripts.postgresql) {
    console.log('No change: the migrations already match prisma/models.prisma.');
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  for (const provider of ['sqlite', 'postgresql'] as const) {
    if (!scripts[provider]) continue;
    const dir = path.join(migrationsDir(provider), `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'migration.sql'), scripts[provider]);
    console.log(`wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
  }
});
