import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { unmigratedChanges } from '@/lib/db/drift';
import { applyMigrations, listMigrations, schemaFile } from '@/lib/db/migrations';
import { createScratchDatabase } from '@/lib/db/scratch';
import { composeSchema } from '@/scripts/db/providers.mjs';
import { testProvider } from '../helpers/fresh-db';

const provider = testProvider();
const pg = process.env.TEST_DATABASE_URL;

test(`the ${provider} migrations create exactly the schema of prisma/models.prisma`, async () => {
  // The generated schema file must be the one composed from models.prisma now.
  expect(readFileSync(schemaFile(provider), 'utf8')).toBe(composeSchema(provider));
  expect(await unmigratedChanges(provider, pg)).toBe('');
});

test('a schema change without a migration is caught', async () => {
  const edited = composeSchema(provider).replace(
    /model Country \{\n/,
    'model Country {\n  motto String?\n',
  );
  const sql = await unmigratedChanges(provider, pg, edited);
  expect(sql).toMatch(/"motto"/);
});

test('applying the migrations twice applies nothing the second time', async () => {
  const scratch = await createScratchDatabase(provider, pg);
  try {
    const first = await applyMigrations(scratch.url);
    expect(first).toEqual(listMigrations(provider).migrationDirectories.map((d) => d.path));
    expect(await applyMigrations(scratch.url)).toEqual([]);
  } finally {
    await scratch.drop();
  }
});
