// The PDF figures of issue 8, each beside its reference measured in the same run:
// @react-pdf/renderer in the warm worker pool against a warm headless Chromium printing the
// same content from HTML; the event loop's latency while PDFs render, with and without the
// pool; a cached download.
import { mkdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { createClient } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/migrations';
import { beninDocument } from '@/lib/pdf/fixtures/benin';
import { seedBeninRoadmapVersion } from '@/lib/pdf/fixtures/seed-version';
import { stressDocument } from '@/lib/pdf/fixtures/stress';
import { PdfPool } from '@/lib/pdf/pool';
import { renderRoadmapPdf } from '@/lib/pdf/render';
import { getRoadmapPdf } from '@/lib/pdf/serve';
import type { RoadmapDocument } from '@/lib/pdf/types';
import { chromiumPrintMs, freshRender, times } from './pdf-measure';
import { chromiumTemplates, roadmapHtml } from './pdf-html';
import { median, percentile, round, type BenchModule, type BenchResult } from './types';

const PORT = Number(process.env.BENCH_PORT ?? 3391);
const TMP = path.join(import.meta.dirname, '.tmp');
const log = (s: string) => console.log(`  ${s}`);

function serve(handler: (url: URL) => Promise<{ type: string; body: Uint8Array | string }>): Promise<Server> {
  const server = createServer((req, res) => {
    handler(new URL(req.url ?? '/', `http://localhost:${PORT}`)).then(
      ({ type, body }) => {
        res.writeHead(200, { 'content-type': type });
        res.end(body);
      },
      (error: unknown) => {
        res.writeHead(500);
        res.end(String(error));
      },
    );
  });
  return new Promise((resolve) => server.listen(PORT, '127.0.0.1', () => resolve(server)));
}

/** Latencies of GET /health, asked every 10 ms from another thread while `load` runs. */
async function loopLatencies(load: () => Promise<unknown>): Promise<number[]> {
  const client = new Worker(path.join(import.meta.dirname, 'http-client.mjs'), { workerData: { url: `http://127.0.0.1:${PORT}/health`, intervalMs: 10 } });
  const done = new Promise<number[]>((resolve, reject) => {
    client.once('message', resolve);
    client.once('error', reject);
  });
  await new Promise((r) => setTimeout(r, 200));
  await load();
  client.postMessage('stop');
  const latencies = await done;
  await client.terminate();
  return latencies;
}

const bench: BenchModule = {
  name: 'pdf',
  async run() {
    const docs = { benin: beninDocument('fr'), stress: stressDocument('fr') };
    const html = (doc: RoadmapDocument) => ({ html: roadmapHtml(doc), ...chromiumTemplates(doc) });
    const ref = await chromiumPrintMs({ benin: html(docs.benin), stress: html(docs.stress) }, { benin: 5, stress: 3 });
    log(`chromium: Benin ${round(ref.benin)} ms, stress ${round(ref.stress)} ms`);

    const pool = new PdfPool({ size: 2 });
    const warmStart = performance.now();
    await pool.warm();
    const warmup = performance.now() - warmStart;
    log(`pool of ${pool.size} workers warmed in ${round(warmup)} ms`);
    // As the server renders by default: one document in one worker. PDF_PARALLEL=1 deals its
    // parts to both workers: measured beside it.
    const benin = median(await times(5, () => pool.render(docs.benin)));
    const beninParallel = median(await times(5, () => pool.render(docs.benin, { parallel: true })));
    const stress = median(await times(3, () => pool.render(docs.stress)));
    const stressParallel = median(await times(3, () => pool.render(docs.stress, { parallel: true })));
    log(`react-pdf: Benin ${round(benin)} ms (parallel ${round(beninParallel)}), stress ${round(stress)} ms (parallel ${round(stressParallel)})`);

    // Peak memory, each in a fresh process: as the server renders (a pool worker) and as the CLI does.
    const child = freshRender('pool');
    const cli = freshRender('thread');
    log(`stress in a fresh process: peak ${round(child.maxRssMb)} MB rendering in a pool worker (cold, ${round(child.ms)} ms), ${round(cli.maxRssMb)} MB in the main thread like the CLI`);

    // A scratch database for the cached download.
    rmSync(TMP, { recursive: true, force: true });
    mkdirSync(TMP, { recursive: true });
    const url = `file:${path.join(TMP, 'bench.db')}`;
    await applyMigrations(url);
    const db = createClient(url);
    let server: Server | null = null;
    try {
      await seedBeninRoadmapVersion(db);
      const render = (doc: RoadmapDocument) => pool.render(doc);
      const first = await getRoadmapPdf(db, 'benin-2024', 1, 'fr', render);
      if (!first.ok || first.data.cached) throw new Error('the first request should render');
      server = await serve(async (u) => {
        if (u.pathname === '/health') return { type: 'application/json', body: '{"ok":true}' };
        const r = await getRoadmapPdf(db, 'benin-2024', 1, 'fr', render);
        if (!r.ok || !r.data.cached) throw new Error('expected a cached PDF');
        return { type: 'application/pdf', body: r.data.bytes };
      });
      const cached = median(await times(30, async () => (await fetch(`http://127.0.0.1:${PORT}/pdf`)).arrayBuffer()));
      log(`cached download: ${round(cached)} ms`);

      const four = () => Array.from({ length: 4 }, () => beninDocument('fr'));
      const withPool = await loopLatencies(() => Promise.all(four().map((d) => pool.render(d))));
      const withoutPool = await loopLatencies(() => Promise.all(four().map((d) => renderRoadmapPdf(d))));
      const p95Pool = percentile(withPool, 95);
      const p95NoPool = percentile(withoutPool, 95);
      log(`GET /health while 4 PDFs render: p95 ${round(p95Pool)} ms with the pool (${withPool.length} requests), ${round(p95NoPool)} ms without (${withoutPool.length})`);

      const r = (name: string, value: number, unit: string, reference?: string, refValue?: number): BenchResult => ({
        name, value: round(value), unit, ...(reference && refValue ? { reference, ratio: round(value / refValue, 3) } : {}),
      });
      return [
        r('pdf.benin.first_render_ms', benin, 'ms', 'pdf.benin.chromium_ms', ref.benin),
        r('pdf.benin.chromium_ms', ref.benin, 'ms'),
        r('pdf.benin.parallel_ms', beninParallel, 'ms', 'pdf.benin.first_render_ms', benin),
        r('pdf.stress.render_ms', stress, 'ms', 'pdf.stress.chromium_ms', ref.stress),
        r('pdf.stress.chromium_ms', ref.stress, 'ms'),
        r('pdf.stress.parallel_ms', stressParallel, 'ms', 'pdf.stress.render_ms', stress),
        r('pdf.stress.peak_mb', child.maxRssMb, 'MB'),
        r('pdf.stress.peak_mb_cli', cli.maxRssMb, 'MB'),
        r('pdf.cached_ms', cached, 'ms'),
        r('pdf.loop_p95_ms_pool', p95Pool, 'ms', 'pdf.loop_p95_ms_nopool', p95NoPool),
        r('pdf.loop_p95_ms_nopool', p95NoPool, 'ms'),
        r('pdf.pool.warmup_ms', warmup, 'ms'),
      ];
    } finally {
      server?.close();
      await db.$disconnect();
      await pool.close();
      rmSync(TMP, { recursive: true, force: true });
    }
  },
};

export default bench;
