// Writes each provider's schema from prisma/models.prisma and generates its client.
//
// `prisma generate` insists that a schema-engine binary exists, though generating never
// runs it, and the Prisma CLI cannot download one on a machine without internet. Pointing
// PRISMA_SCHEMA_ENGINE_BINARY at an existing file satisfies the check (DESIGN.md, Storage).
// Migrations use the WebAssembly schema engine instead (scripts/db/engine.ts).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROVIDERS, composeSchema, root, schemaPath } from './providers.mjs';

const placeholder = path.join(root, 'scripts', 'db', 'schema-engine-placeholder');
const prismaCli = path.join(root, 'node_modules', 'prisma', 'build', 'index.js');

for (const provider of PROVIDERS) {
  const file = schemaPath(provider);
  mkdirSync(path.dirname(file), { recursive: true });
  const schema = composeSchema(provider);
  if (!existsSync(file) || readFileSync(file, 'utf8') !== schema) writeFileSync(file, schema);
  execFileSync(process.execPath, [prismaCli, 'generate', '--schema', file], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? placeholder,
      PRISMA_HIDE_UPDATE_MESSAGE: '1',
      CHECKPOINT_DISABLE: '1',
    },
  });
  console.log(`prisma: ${provider} client generated`);
}
