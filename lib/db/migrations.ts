// Migrations with Prisma's own schema engine compiled to WebAssembly.
//
// The Prisma CLI runs a native schema-engine binary that it downloads on first use, and
// that download fails on machines without internet (DESIGN.md, Storage). The same engine
// ships as WebAssembly in @prisma/schema-engine-wasm and talks to the database through the
// driver adapters the app already uses, so migrations keep Prisma's folder layout and its
// `_prisma_migrations` table, and `prisma migrate deploy` stays a drop-in alternative.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as wasmBindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { MigrationList, SchemaEngine, SchemaFilter } from '@prisma/schema-engine-wasm';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { createAdapter } from './adapter';
import { type Provider, providerOf } from './url';

const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };
const projectRoot = path.resolve(import.meta.dirname, '../..');

export function schemaFile(provider: Provider) {
  return path.join(projectRoot, 'prisma', provider, 'schema.prisma');
}

export function migrationsDir(provider: Provider) {
  return path.join(projectRoot, 'prisma', 'migrations', provider);
}

let wasmReady: Promise<void> | undefined;
let pgCharPatched = false;

/**
 * The engine reads PostgreSQL's catalog, whose `"char"` columns (type oid 18, e.g. relkind)
 * @prisma/adapter-pg 7.10 refuses as an unsupported type, so introspection fails. A one-byte
 * "char" reads correctly as text: describe such columns as text (oid 25) to the adapter.
 * Only the migration tooling loads this module; the app's queries never meet that type.
 */
function patchPgCharColumns() {
  if (pgCharPatched) return;
  pgCharPatched = true;
  const Result = (pg as unknown as { Result: { prototype: { addFields(fields: { dataTypeID: number }[]): void } } }).Result;
  const addFields = Result.prototype.addFields;
  Result.prototype.addFields = function (fields) {
    for (const field of fields) if (field.dataTypeID === 18) field.dataTypeID = 25;
    return addFields.call(this, fields);
  };
}

/**
 * The package's ESM entry imports the .wasm file as a module, which Node refuses.
 * Instantiate it ourselves and hand the exports to the bindings.
 */
function loadWasm() {
  wasmReady ??= (async () => {
    const require = createRequire(import.meta.url);
    const bindings = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bytes = readFileSync(path.join(path.dirname(bindings), 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(bytes, {
      './schema_engine_bg.js': wasmBindings as unknown as WebAssembly.ModuleImports,
    });
    const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start?: () => void };
    wasmBindings.__wbg_set_wasm(exports);
    exports.__wbindgen_start?.();
  })();
  return wasmReady;
}

/** The provider's schema file, or `content` in its place (tests check other schemas). */
function readSchema(provider: Provider, content?: string) {
  return { path: schemaFile(provider), content: content ?? readFileSync(schemaFile(provider), 'utf8') };
}

/** The migrations folder in the shape the engine expects (as Prisma's CLI reads it). */
export function listMigrations(provider: Provider): MigrationList {
  const baseDir = migrationsDir(provider);
  const lockPath = path.join(baseDir, 'migration_lock.toml');
  const directories = existsSync(baseDir)
    ? readdirSync(baseDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
    : [];
  return {
    baseDir,
    lockfile: { path: 'migration_lock.toml', content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: directories.map((name) => {
      const file = path.join(baseDir, name, 'migration.sql');
      return {
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content: existsSync(file)
            ? { tag: 'ok' as const, value: readFileSync(file, 'utf8') }
            : { tag: 'error' as const, value: `${file} is missing` },
        },
      };
    }),
  };
}

/** Opens the schema engine on a database, runs `fn`, and always releases the connection. */
export async function withSchemaEngine<T>(
  url: string,
  fn: (engine: SchemaEngine, provider: Provider) => Promise<T>,
  schemaContent?: string,
) {
  const provider = providerOf(url);
  await loadWasm();
  if (provider === 'postgresql') patchPgCharColumns();
  const schema = readSchema(provider, schemaContent);
  // engine.free() leaves the connections it opened to the garbage collector, and an open
  // SQLite connection keeps its lock (the next engine then fails with SQLITE_BUSY): track
  // them and close them ourselves.
  const opened: { dispose(): Promise<void> }[] = [];
  const adapter = createAdapter(url);
  const tracked = Object.assign(Object.create(Object.getPrototypeOf(adapter)), adapter, {
    connect: async () => remember(await adapter.connect()),
    connectToShadowDb: async () => remember(await adapter.connectToShadowDb()),
  }) as typeof adapter;
  function remember<A extends { dispose(): Promise<void> }>(a: A) {
    opened.push(a);
    return a;
  }
  const engine = await wasmBindings.SchemaEngine.new(
    { datamodels: [[schema.path, schema.content]] },
    () => {}, // the engine's log lines: nothing we show
    bindMigrationAwareSqlAdapterFactory(tracked),
  );
  try {
    return await fn(engine, provider);
  } finally {
    engine.free();
    await Promise.allSettled(opened.map((a) => a.dispose()));
  }
}

/** Applies the pending migrations of the database's provider; returns their names. */
export async function applyMigrations(url: string): Promise<string[]> {
  return withSchemaEngine(url, async (engine, provider) => {
    const out = await engine.applyMigrations({ migrationsList: listMigrations(provider), filters: NO_FILTER });
    return out.appliedMigrationNames;
  });
}

/**
 * The SQL that would bring the database to the current schema: an empty string when the
 * database (after its migrations) matches prisma/models.prisma.
 */
export async function diffDatabaseToSchema(url: string, schemaContent?: string): Promise<string> {
  return withSchemaEngine(url, async (engine, provider) => {
    const schema = readSchema(provider, schemaContent);
    const out = await engine.diff({
      from: { tag: 'schemaDatasource', files: [schema], configDir: path.dirname(schema.path) },
      to: { tag: 'schemaDatamodel', files: [schema] },
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    });
    return isEmptyScript(out.stdout ?? '') ? '' : (out.stdout ?? '');
  }, schemaContent);
}

function isEmptyScript(sql: string) {
  return sql.split('\n').every((line) => line.trim() === '' || line.trim().startsWith('--'));
}
