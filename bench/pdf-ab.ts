// Side by side: the PDF worker of another checkout (the "before", e.g. a worktree of main)
// against this one's, in one process, renders alternating so that both meet the same load.
// Each side is one worker thread started as its pool starts it, warmed as its pool warms it.
//   git worktree add --detach /tmp/pdf-base main && ln -s "$PWD/node_modules" /tmp/pdf-base/
//   npx tsx bench/pdf-ab.ts /tmp/pdf-base [benin-runs] [stress-runs]
// Not part of `npm run bench` (it needs the other checkout).
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { beninDocument } from '@/lib/pdf/fixtures/benin';
import { stressDocument } from '@/lib/pdf/fixtures/stress';
import type { RoadmapDocument } from '@/lib/pdf/types';
import { median, round } from './types';

type Side = { name: string; call: (task: object) => Promise<{ ok: boolean; pages?: number; error?: string }>; close: () => Promise<number> };

function side(name: string, root: string, env: NodeJS.ProcessEnv): Promise<Side> {
  const worker = new Worker(path.join(root, 'lib', 'pdf', 'worker-entry.mjs'), {
    workerData: { entry: path.join(root, 'lib', 'pdf', 'worker.ts') },
    resourceLimits: { maxOldGenerationSizeMb: 384 },
    // tsx reads the tsconfig.json of the working directory unless told: each side its own
    // (its "@/" alias and JSX settings), or the other side would import this side's modules.
    env: { ...env, TSX_TSCONFIG_PATH: path.join(root, 'tsconfig.json') },
  });
  let next = 1;
  const waiting = new Map<number, (r: { ok: boolean; pages?: number; error?: string }) => void>();
  return new Promise((resolve, reject) => {
    worker.once('error', reject);
    worker.on('message', (m: { id: number; ok: boolean; pages?: number; error?: string }) => {
      if (m.id === 0) {
        resolve({
          name,
          call: (task) => new Promise((done) => {
            const id = next++;
            waiting.set(id, done);
            worker.postMessage({ ...task, id });
          }),
          close: () => worker.terminate(),
        });
        return;
      }
      waiting.get(m.id)?.(m);
      waiting.delete(m.id);
    });
  });
}

const other = path.resolve(process.argv[2] ?? '/tmp/pdf-base');
const runs = { benin: Number(process.argv[3] ?? 7), stress: Number(process.argv[4] ?? 3) };
// Each side as its own pool starts it: the other checkout's pool passes no env (the worker
// inherits the process's); this one's gives NODE_ENV=production (pool.ts).
const before = await side(`before (${other})`, other, { ...process.env });
const after = await side(`after (${process.cwd()})`, process.cwd(), { ...process.env, NODE_ENV: 'production' });
const sides = [before, after];
for (const s of sides) {
  const r = await s.call({ type: 'warm' });
  if (!r.ok) throw new Error(`${s.name}: ${r.error}`);
}
const times = new Map<string, number[]>();
async function measure(label: string, make: () => RoadmapDocument, n: number) {
  for (let i = 0; i < n; i++) {
    // Alternate which side goes first, so neither always follows the other's garbage.
    for (const s of i % 2 ? [...sides].reverse() : sides) {
      const t0 = performance.now();
      const r = await s.call({ type: 'render', doc: make() });
      const ms = performance.now() - t0;
      if (!r.ok) throw new Error(`${s.name}: ${r.error}`);
      const key = `${label} ${s === before ? 'before' : 'after'}`;
      times.set(key, [...(times.get(key) ?? []), ms]);
    }
  }
  const b = median(times.get(`${label} before`)!);
  const a = median(times.get(`${label} after`)!);
  console.log(`${label}: before ${round(b)} ms, after ${round(a)} ms (median of ${n}; after/before ${(a / b).toFixed(2)}); runs before [${times.get(`${label} before`)!.map((x) => round(x)).join(', ')}], after [${times.get(`${label} after`)!.map((x) => round(x)).join(', ')}]`);
}
await measure('benin', () => beninDocument('fr'), runs.benin);
await measure('stress', () => stressDocument('fr'), runs.stress);
for (const s of sides) await s.close();
