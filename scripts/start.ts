// npm start: everything a fresh clone needs, then the production server.
// 1. applies pending migrations to DATABASE_URL (default: the SQLite file data/jalon.db);
// 2. loads the illustrative demo when the database is empty;
// 3. builds when the sources changed since the last build;
// 4. serves on http://localhost:$PORT (3000), through scripts/serve.ts.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createClient } from '../lib/db/client';
import { applyMigrations } from '../lib/db/migrations';
import { databaseUrl, providerOf, redact } from '../lib/db/url';
import { isEmpty, seedDemo } from '../lib/seed/seed-demo';
import { importShippedFrameworks } from '../lib/seed/import-shipped-frameworks';
import { PDF_WORKER_BUNDLE } from '../lib/pdf/pool';
import { runCli } from './cli';
import { ensureInstallationKey } from '../lib/installation/keys';

const root = path.resolve(import.meta.dirname, '..');
const workerBundle = path.join(root, ...PDF_WORKER_BUNDLE);
const SOURCES = ['app', 'components', 'lib', 'messages', 'content', 'public', 'proxy.ts', 'next.config.ts', 'package-lock.json', 'postcss.config.mjs'];
const stampFile = path.join(root, '.next', 'jalon-sources.sha256');

/** A fingerprint of what the build depends on: paths, sizes and modification times. */
function sourceFingerprint() {
  const hash = createHash('sha256');
  const walk = (p: string) => {
    if (!existsSync(p) || p.includes(`${path.sep}generated`)) return;
    const s = statSync(p);
    if (s.isDirectory()) for (const name of readdirSync(p).sort()) walk(path.join(p, name));
    else hash.update(`${path.relative(root, p)}:${s.size}:${s.mtimeMs}\n`);
  };
  for (const s of SOURCES) walk(path.join(root, s));
  return hash.digest('hex');
}

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

runCli(async () => {
  const url = databaseUrl();
  providerOf(url);
  const applied = await applyMigrations(url);
  console.log(applied.length ? `database: applied ${applied.length} migration(s) to ${redact(url)}` : `database: ${redact(url)} is up to date`);

  const db = createClient(url);
  try {
    // The shipped frameworks: new versions are imported, unchanged ones write nothing.
    for (const f of await importShippedFrameworks(db)) {
      if (f.ok && f.status !== 'unchanged') console.log(`framework: ${f.slug} ${f.version} ${f.status}`);
      if (!f.ok) console.warn(`framework: ${f.folder} not imported (${f.error}): an assessment uses it, give the changed content a new version`);
    }
    // This installation's signing key for exchange files, created at first start (lib/installation/keys.ts).
    const key = await ensureInstallationKey(db);
    console.log(`exchange: this installation signs with key ${key.keyId.slice(0, 16)}…`);
    if (await isEmpty(db)) {
      const r = await seedDemo(db, { nextCycle: true });
      console.log(`database: empty, loaded the illustrative demo (${r.entities} entities, ${r.users} users)`);
    }
  } finally {
    await db.$disconnect();
  }

  const fingerprint = sourceFingerprint();
  const built = existsSync(path.join(root, '.next', 'BUILD_ID')) && existsSync(workerBundle) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === fingerprint;
  if (!built) {
    console.log('build: the sources changed since the last build (or there is none): building, about a minute...');
    // The same build as `npm run build` (next build, then the PDF worker's bundle), run by npm
    // so that the two never differ.
    const build = spawnSync('npm', ['run', 'build'], { cwd: root, env, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('the build failed (see above)');
    writeFileSync(stampFile, fingerprint);
  }

  const port = process.env.PORT ?? '3000';
  console.log(`Jalon: http://localhost:${port}`);
  // Our server entry rather than `next start`: it gives the app the connection's peer address
  // and drops forwarded headers that no trusted proxy set (lib/http/server.ts).
  const server = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'serve.ts')], { cwd: root, env: { ...env, DATABASE_URL: url, PORT: port, NODE_ENV: 'production' }, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
  await new Promise<void>((resolve, reject) => {
    server.on('exit', (code) => (code === 0 || code === null ? resolve() : reject(new Error(`the server stopped (exit ${code})`))));
  });
});
