// What the benchmarks that measure the built app share (assessment, followup, programme):
// a scratch SQLite database, bench accounts with a session cookie, `next start` on a free
// port with JALON_BENCH=1, the server's CPU time and database queries, and the two shapes
// of load: clients saving once a second (autosave), clients asking pages back to back.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { hashPassword } from 'better-auth/crypto';
import { createAuth } from '../lib/auth/auth';
import type { Role } from '../lib/auth/policy';
import { createClient, type PrismaClient } from '../lib/db/client';
import { applyMigrations } from '../lib/db/migrations';

export const ROOT = path.resolve(import.meta.dirname, '..');
const NEXT = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');
const SECRET = 'bench-secret-'.padEnd(48, 'x');
const PASSWORD = 'bench password 2024';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function portInRange(from = 3400, to = 3499): Promise<number> {
  const tryPort = (p: number): Promise<number> =>
    new Promise((resolve, reject) => {
      if (p > to) return reject(new Error('no free port in 3400-3499'));
      const srv = createServer();
      srv.once('error', () => resolve(tryPort(p + 1)));
      srv.listen(p, '127.0.0.1', () => srv.close(() => resolve(p)));
    });
  return tryPort(from + Math.floor(Math.random() * 50));
}

/** `next build` when the worktree has no build yet (a stale build is the caller's to redo). */
export function ensureBuild() {
  if (existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) return;
  const b = spawnSync(process.execPath, [NEXT, 'build'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (b.status !== 0) throw new Error('next build failed');
}

export type ScratchDb = { url: string; db: PrismaClient; dispose: () => Promise<void> };

/** A fresh SQLite database with every migration applied, in a directory of its own. */
export async function scratchDb(tag: string): Promise<ScratchDb> {
  const dir = path.join(tmpdir(), `jalon-bench-${tag}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const url = `file:${path.join(dir, 'bench.db')}`;
  await applyMigrations(url);
  const db = createClient(url);
  return {
    url, db,
    async dispose() {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

let passwordHash: Promise<string> | null = null;

/** An account that signs in with the bench password, with its memberships. */
export async function benchUser(db: PrismaClient, email: string, memberships: { role: Role; countryId: string | null; entityId?: string | null }[]) {
  passwordHash ??= hashPassword(PASSWORD);
  const u = await db.user.create({
    data: { email, name: email.split('@')[0], emailVerified: true, memberships: { create: memberships.map((m) => ({ role: m.role, countryId: m.countryId, entityId: m.entityId ?? null })) } },
  });
  await db.account.create({ data: { userId: u.id, accountId: u.id, providerId: 'credential', password: await passwordHash } });
  return u;
}

/** The session cookie of a bench account, signed in through better-auth as the app does. */
export async function cookieFor(db: PrismaClient, email: string) {
  const auth = createAuth(db, { secret: SECRET, baseURL: 'http://127.0.0.1', provider: 'sqlite', production: false });
  const res = (await auth.api.signInEmail({ body: { email, password: PASSWORD }, asResponse: true })) as Response;
  const set = res.headers.getSetCookie().find((c) => c.startsWith('jalon.session_token='));
  if (!set) throw new Error(`no session cookie for ${email}`);
  return set.split(';')[0];
}

async function waitFor(url: string, server: ChildProcess) {
  for (let i = 0; i < 240; i++) {
    if (server.exitCode !== null) throw new Error('the server exited');
    try {
      if ((await fetch(url, { redirect: 'manual' })).status < 500) return;
    } catch {
      // not yet
    }
    await sleep(250);
  }
  throw new Error('the server did not start');
}

/** CPU time (user + system, ms) of a process and its descendants, from /proc (Linux, USER_HZ 100). */
export function processTreeCpuMs(pid: number): number {
  const stat = (p: number) => readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1].split(' ');
  const ticks = (p: number): number => {
    let n = 0;
    try {
      const own = stat(p);
      n = Number(own[11]) + Number(own[12]);
    } catch {
      return 0;
    }
    for (const d of readdirSync('/proc').filter((x) => /^\d+$/.test(x))) {
      try {
        if (Number(stat(Number(d))[1]) === p) n += ticks(Number(d));
      } catch {
        // the process ended meanwhile
      }
    }
    return n;
  };
  return ticks(pid) * 10;
}

/**
 * Waits until the server is quiet (under 10 % of a core over a second, at most a minute): at
 * start it warms its PDF workers and runs the follow-up reminders (instrumentation.ts), which
 * the figures must not include.
 */
async function settle(pid: number) {
  for (let i = 0; i < 60; i++) {
    const before = processTreeCpuMs(pid);
    await sleep(1000);
    if (processTreeCpuMs(pid) - before < 100) return;
  }
}

export type App = {
  base: string;
  /** the server's CPU time so far (its process tree), ms */
  cpuMs: () => number;
  /** the SQL statements the server's database client has sent so far (lib/db/query-count.ts) */
  queries: () => Promise<number>;
  stop: () => Promise<void>;
};

/** The built app (`next start`) on `url`, with the bench routes on (JALON_BENCH=1). */
export async function startApp(url: string): Promise<App> {
  ensureBuild();
  const port = await portInRange();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [NEXT, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', DATABASE_URL: url, JALON_AUTH_SECRET: SECRET, JALON_INSECURE_COOKIES: '1', JALON_BENCH: '1', JALON_BASE_URL: base },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = async () => {
    if (server.exitCode !== null) return;
    server.kill('SIGTERM');
    await new Promise((r) => (server.exitCode !== null ? r(null) : server.once('exit', r)));
  };
  try {
    await waitFor(`${base}/fr`, server);
    await settle(server.pid!);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    base,
    cpuMs: () => processTreeCpuMs(server.pid!),
    async queries() {
      const res = await fetch(`${base}/api/bench/queries`, { cache: 'no-store' });
      if (res.status !== 200) throw new Error(`/api/bench/queries: ${res.status}`);
      return ((await res.json()) as { queries: number }).queries;
    },
    stop,
  };
}

export type Sample = { ms: number; ok: boolean };

/** Every client sends once a second for `seconds`, one request at a time (as the browser store does). */
export async function everySecond(clients: number, seconds: number, send: (i: number, k: number) => Promise<boolean>): Promise<Sample[]> {
  const samples: Sample[] = [];
  const start = performance.now() + 50;
  await Promise.all(Array.from({ length: clients }, async (_, i) => {
    const offset = (i * 1000) / clients;
    for (let k = 0; k < seconds; k++) {
      const due = start + offset + k * 1000;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      const t0 = performance.now();
      let ok = false;
      try {
        ok = await send(i, k);
      } catch {
        ok = false;
      }
      samples.push({ ms: performance.now() - t0, ok });
    }
  }));
  return samples;
}

/**
 * The autosave's load (assessment, followup): `clients` clients sending once a second, first
 * to the empty route (the framework's floor), then to the autosave, each after 3 s of
 * warm-up (JIT, route compilation, connection pools).
 */
export async function autosaveLoad(clients: number, seconds: number, o: { save: (i: number, k: number) => Promise<boolean>; empty: (i: number, k: number) => Promise<boolean> }) {
  await everySecond(clients, 3, o.empty);
  await everySecond(clients, 3, o.save);
  const emptySamples = await everySecond(clients, seconds, o.empty);
  const saveSamples = await everySecond(clients, seconds, o.save);
  return { saveSamples, emptySamples };
}

/** The empty route (app/api/bench/empty), sent what an autosave sends: true when it answered. */
export async function postEmpty(base: string, headers: Record<string, string>, body: unknown) {
  const res = await fetch(`${base}/api/bench/empty`, { method: 'POST', headers, body: JSON.stringify(body) });
  await res.arrayBuffer();
  return res.status === 200;
}

/** `clients` clients each asking `each` times in a row: the latency of every answer (ms). */
export async function backToBack(clients: number, each: number, ask: () => Promise<number>): Promise<number[]> {
  const times: number[] = [];
  await Promise.all(Array.from({ length: clients }, async () => {
    for (let k = 0; k < each; k++) times.push(await ask());
  }));
  return times;
}

/**
 * A page asked with a cookie: its latency, after checking it answered 200 with `expect` in
 * its HTML (a page that failed or redirected to the sign-in would be fast, and wrong).
 */
export function pageGetter(url: string, cookie: string, expect: string | RegExp) {
  return async () => {
    const t0 = performance.now();
    const res = await fetch(url, { headers: { cookie }, redirect: 'manual' });
    const html = await res.text();
    const ms = performance.now() - t0;
    const found = typeof expect === 'string' ? html.includes(expect) : expect.test(html);
    if (res.status !== 200 || !found) throw new Error(`${url}: ${res.status}${res.status === 200 ? `, no ${String(expect)} in the page` : ''}`);
    return ms;
  };
}

/**
 * A page asked `n` times one after the other, alone: the median latency, and per page the
 * server's CPU time and the SQL statements its database client sent.
 */
export async function perPage(app: App, n: number, ask: () => Promise<number>) {
  const times: number[] = [];
  const cpu0 = app.cpuMs();
  const q0 = await app.queries();
  for (let i = 0; i < n; i++) times.push(await ask());
  const queries = (await app.queries()) - q0;
  const cpu = app.cpuMs() - cpu0;
  const s = [...times].sort((a, b) => a - b);
  return { medianMs: s[Math.floor(s.length / 2)], cpuMs: cpu / n, queries: queries / n };
}
