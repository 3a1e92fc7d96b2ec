// Starts the built app on a fresh SQLite database (migrated, demo loaded) for the browser
// tests, building first when there is no build. Debian's Chromium drives it (browser.ts).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createClient } from '../../../lib/db/client';
import { applyMigrations } from '../../../lib/db/migrations';
import { seedDemo } from '../../../lib/seed/seed-demo';
import { importShippedFrameworks } from '../../../lib/seed/import-shipped-frameworks';
import { PDF_WORKER_BUNDLE } from '../../../lib/pdf/pool';
import { ROOT } from '../../helpers/paths';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

async function waitFor(url: string, server: ChildProcess, timeoutMs = 60_000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (server.exitCode !== null) throw new Error(`the app exited early (code ${server.exitCode})`);
    try {
      const res = await fetch(url, { redirect: 'manual' });
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the app did not answer at ${url} within ${timeoutMs} ms`);
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  if (!existsSync(path.join(ROOT, '.next', 'BUILD_ID')) || !existsSync(path.join(ROOT, ...PDF_WORKER_BUNDLE))) {
    const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, env, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npm run build failed');
  }
  const dir = path.join(ROOT, 'test-results', '.e2e-db');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const databaseUrl = `file:${path.join(dir, 'e2e.db')}`;
  await applyMigrations(databaseUrl);
  const db = createClient(databaseUrl);
  // The demo assessment is built on the shipped vt framework: import it first, as npm start does.
  await importShippedFrameworks(db);
  await seedDemo(db);
  await db.$disconnect();

  const port = await freePort();
  // The server entry npm start runs (scripts/serve.ts), so that client addresses come from the socket.
  const server = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'serve.ts')], {
    cwd: ROOT,
    env: { ...env, DATABASE_URL: databaseUrl, NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  // A message a page did not hand to its client components (ClientMessages) shows as a raw
  // key and is logged by next-intl as MISSING_MESSAGE: the run fails on any.
  const missing = new Set<string>();
  server.stderr!.on('data', (chunk: Buffer) => {
    process.stderr.write(chunk);
    for (const m of chunk.toString().matchAll(/MISSING_MESSAGE: ([^\n]+)/g)) missing.add(m[1].trim());
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitFor(`${baseUrl}/fr`, server);
  project.provide('baseUrl', baseUrl);
  project.provide('databaseUrl', databaseUrl);
  return async () => {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    if (missing.size > 0) {
      process.exitCode = 1;
      throw new Error(`messages missing on the client: ${[...missing].join('; ')}`);
    }
  };
}
