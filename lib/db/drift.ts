import { applyMigrations, diffDatabaseToSchema } from './migrations';
import { createScratchDatabase } from './scratch';
import type { Provider } from './url';

/**
 * The SQL that the schema needs beyond what the committed migrations create: applies every
 * migration to an empty scratch database, then diffs that database to the schema. Empty when
 * the migrations are up to date.
 */
export async function unmigratedChanges(provider: Provider, postgresUrl?: string, schemaContent?: string): Promise<string> {
  const scratch = await createScratchDatabase(provider, postgresUrl);
  try {
    await applyMigrations(scratch.url);
    return await diffDatabaseToSchema(scratch.url, schemaContent);
  } finally {
    await scratch.drop();
  }
}
