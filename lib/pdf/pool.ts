// A pool of worker threads that render PDFs, so that the server's main thread keeps answering
// while @react-pdf/renderer lays out pages (CPU-bound: seconds for a large roadmap). Sections
// can render in parallel on several workers and be joined by one of them (assemble.ts).
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { partsThroughCache, type PartStore } from './part-cache';
import type { RenderedPdf } from './render';
import type { SectionPart } from './render-section';
import { PART_BUDGET, planParts, sectionsOf, type PartPlan } from './sections/weights';
import type { BriefDocument } from './brief/types';
import type { ProgressDocument } from './progress/types';
import type { RoadmapDocument } from './types';

export type WorkerTask =
  | { id: number; type: 'warm' }
  | { id: number; type: 'parts'; doc: RoadmapDocument; plans: PartPlan[] }
  | { id: number; type: 'assemble'; doc: RoadmapDocument; parts: SectionPart[]; reuse?: boolean }
  | { id: number; type: 'render'; doc: RoadmapDocument }
  | { id: number; type: 'progress'; doc: ProgressDocument }
  | { id: number; type: 'brief'; doc: BriefDocument };

export type WorkerReply =
  | { id: number; ok: true; type: 'ready' | 'warm' }
  | { id: number; ok: true; type: 'parts'; parts: SectionPart[] }
  | { id: number; ok: true; type: 'pdf'; bytes: Uint8Array; pages: number }
  | { id: number; ok: false; error: string };

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type Pending = { task: WorkerTask; resolve: (r: WorkerReply) => void; reject: (e: Error) => void };
type Slot = { worker: Worker; busy: Pending | null; ready: boolean };

/**
 * The parts of a document (planParts, with a budget that gives every worker some) dealt to
 * `workers` workers, heaviest first to the least loaded. Each worker renders its parts one
 * after the other, so a worker never holds more than one part's layout at a time.
 */
export function dealParts(doc: RoadmapDocument, workers: number, given?: PartPlan[]): PartPlan[][] {
  const weight = new Map(sectionsOf(doc).map((s) => [s.id, s.weight(doc)]));
  const total = [...weight.values()].reduce((a, b) => a + b, 0);
  // `given`: the parts the part cache did not have (part-cache.ts), dealt the same way.
  const plans = given ?? planParts(doc, Math.max(3, Math.min(PART_BUDGET, total / workers)));
  const cost = (p: PartPlan) => p.ids.reduce((n, id) => n + weight.get(id)!, 0) / (p.chunk?.of ?? 1);
  const bins = Array.from({ length: workers }, () => ({ plans: [] as PartPlan[], weight: 0 }));
  for (const p of [...plans].sort((a, b) => cost(b) - cost(a))) {
    const bin = bins.reduce((min, b) => (b.weight < min.weight ? b : min));
    bin.plans.push(p);
    bin.weight += cost(p);
  }
  return bins.filter((b) => b.plans.length).map((b) => b.plans);
}

export type PoolOptions = {
  size?: number;
  /**
   * Render the parts of one document on every worker at once, then join them in one. Faster
   * when cores are free, slower and heavier (every worker holds a part) on a busy machine:
   * off by default (docs/pdf.md).
   */
  parallel?: boolean;
  /** Old-generation heap limit of each worker, in MB. */
  heapMb?: number;
  /**
   * The bundled worker (`npm run build` writes dist/pdf-worker.mjs) to start instead of the
   * sources through tsx. Default: that file in production when it exists; null: the sources.
   */
  workerFile?: string | null;
};

/** Where `npm run build` bundles the worker (scripts/build/pdf-worker.mjs). */
export const PDF_WORKER_BUNDLE = ['dist', 'pdf-worker.mjs'];

function defaultWorkerFile(root: string): string | null {
  // Only in production: a bundle left by an earlier build must not hide a developer's edits.
  if (process.env.NODE_ENV !== 'production') return null;
  const file = path.join(root, ...PDF_WORKER_BUNDLE);
  return existsSync(file) ? file : null;
}

export class PdfPool {
  readonly size: number;
  readonly parallel: boolean;
  readonly heapMb: number;
  private readonly root = process.cwd();
  private readonly entry: string;
  /** The bundled worker started, or null when the worker runs the sources through tsx. */
  readonly workerFile: string | null;
  private slots: Slot[] = [];
  private queue: Pending[] = [];
  private nextId = 1;
  private closed = false;
  private startFailures = 0;

  constructor(options: PoolOptions = {}) {
    this.size = Math.max(1, options.size ?? Math.min(2, availableParallelism()));
    this.parallel = options.parallel ?? false;
    this.heapMb = options.heapMb ?? 384;
    this.entry = [this.root, 'lib', 'pdf', 'worker-entry.mjs'].join(path.sep);
    this.workerFile = options.workerFile === undefined ? defaultWorkerFile(this.root) : options.workerFile;
    for (let i = 0; i < this.size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    // The worker runs the bundle `npm run build` made, or else the sources through tsx. Both
    // paths are read from fields so that Next's bundler does not follow them into tsx and
    // esbuild (it ignores magic comments on `new Worker(path)`).
    const worker = new Worker(this.workerFile ?? this.entry, {
      workerData: this.workerFile ? {} : { entry: path.join(this.root, 'lib', 'pdf', 'worker.ts') },
      // A bounded heap makes V8 collect between the parts of a large document instead of
      // growing: the stress roadmap peaks far lower (docs/pdf.md). A document that truly needs
      // more fails its render and the worker is replaced.
      resourceLimits: { maxOldGenerationSizeMb: this.heapMb },
      // React's production build whatever the server's mode: the development build checks
      // every element it creates (3-4 % of a render, most of it in the jsx runtime).
      env: { ...process.env, NODE_ENV: 'production' },
    });
    worker.unref();
    const slot: Slot = { worker, busy: null, ready: false };
    worker.on('message', (reply: WorkerReply) => {
      if (reply.id === 0) {
        slot.ready = true;
        this.startFailures = 0;
        this.dispatch();
        return;
      }
      const job = slot.busy;
      slot.busy = null;
      if (job) {
        if (reply.ok) job.resolve(reply);
        else job.reject(new Error(`PDF worker: ${reply.error}`));
      }
      this.dispatch();
    });
    const fail = (error: Error) => {
      slot.busy?.reject(error);
      slot.busy = null;
      const i = this.slots.indexOf(slot);
      if (i < 0 || this.closed) return;
      if (slot.ready) {
        // A crashed worker is replaced, so one bad document cannot shrink the pool.
        this.startFailures = 0;
        this.slots[i] = this.spawn();
        return;
      }
      // A worker that cannot even start (a broken bundle, a missing package) would fail again
      // at once: the renders waiting fail with its error, and the next try waits longer.
      console.error('pdf: a worker failed to start', error);
      for (const job of this.queue.splice(0)) job.reject(new Error(`PDF worker failed to start: ${error.message}`));
      const delay = Math.min(60_000, 500 * 2 ** this.startFailures++);
      setTimeout(() => {
        if (!this.closed && this.slots[i] === slot) this.slots[i] = this.spawn();
      }, delay).unref();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (!this.closed && code !== 0) fail(new Error(`PDF worker exited with code ${code}`));
    });
    return slot;
  }

  private dispatch() {
    this.assign();
    this.refresh();
  }

  private assign() {
    for (const slot of this.slots) {
      if (!this.queue.length) return;
      if (!slot.ready || slot.busy) continue;
      const job = this.queue.shift()!;
      slot.busy = job;
      slot.worker.postMessage(job.task);
    }
  }

  /** Idle workers do not keep the process alive; workers with work queued or running do. */
  private refresh() {
    const active = this.queue.length > 0 || this.slots.some((s) => s.busy);
    for (const slot of this.slots) {
      if (active) slot.worker.ref();
      else slot.worker.unref();
    }
  }

  private run(task: DistributiveOmit<WorkerTask, 'id'>): Promise<WorkerReply> {
    if (this.closed) return Promise.reject(new Error('the PDF pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ task: { ...task, id: this.nextId++ } as WorkerTask, resolve, reject });
      this.dispatch();
    });
  }

  /** Every worker renders the demo document once (module loading, fonts, JIT). */
  async warm(): Promise<void> {
    await Promise.all(this.slots.map(() => this.run({ type: 'warm' })));
  }

  /**
   * With `parts` (the database's part store), the parts found there are reused and only the
   * others render, in one worker or dealt to all (`parallel`); one worker then joins them.
   */
  async render(doc: RoadmapDocument, options: { parallel?: boolean; parts?: PartStore } = {}): Promise<RenderedPdf> {
    const started = performance.now();
    const parallel = (options.parallel ?? this.parallel) && this.size > 1;
    if (options.parts) {
      // Workers render tagged (setTagging is the bench's switch for its own thread).
      const { parts, reused } = await partsThroughCache(doc, options.parts, { tagged: true }, async (plans) => {
        const groups = parallel ? dealParts(doc, this.size, plans) : [plans];
        const replies = await Promise.all(groups.map((g) => this.run({ type: 'parts', doc, plans: g })));
        return replies.flatMap((r) => (r.ok && r.type === 'parts' ? r.parts : []));
      });
      const r = await this.run({ type: 'assemble', doc, parts, reuse: true });
      if (r.ok && r.type === 'pdf') return { bytes: r.bytes, pages: r.pages, ms: performance.now() - started, reused };
      throw new Error('PDF worker: unexpected reply');
    }
    if (!parallel) {
      const r = await this.run({ type: 'render', doc });
      if (r.ok && r.type === 'pdf') return { bytes: r.bytes, pages: r.pages, ms: performance.now() - started };
      throw new Error('PDF worker: unexpected reply');
    }
    const groups = dealParts(doc, this.size);
    const replies = await Promise.all(groups.map((plans) => this.run({ type: 'parts', doc, plans })));
    const parts = replies.flatMap((r) => (r.ok && r.type === 'parts' ? r.parts : []));
    const r = await this.run({ type: 'assemble', doc, parts });
    if (r.ok && r.type === 'pdf') return { bytes: r.bytes, pages: r.pages, ms: performance.now() - started };
    throw new Error('PDF worker: unexpected reply');
  }

  /** A follow-up's progress report (lib/pdf/progress): short, rendered in one worker. */
  renderProgress(doc: ProgressDocument): Promise<RenderedPdf> {
    return this.renderShort({ type: 'progress', doc });
  }

  /** The programme's regional brief (lib/pdf/brief): two pages, rendered in one worker. */
  renderBrief(doc: BriefDocument): Promise<RenderedPdf> {
    return this.renderShort({ type: 'brief', doc });
  }

  private async renderShort(task: { type: 'progress'; doc: ProgressDocument } | { type: 'brief'; doc: BriefDocument }): Promise<RenderedPdf> {
    const started = performance.now();
    const r = await this.run(task);
    if (!r.ok || r.type !== 'pdf') throw new Error('pdf worker: unexpected reply');
    return { bytes: r.bytes, pages: r.pages, ms: performance.now() - started };
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('the PDF pool is closed'));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

const shared = globalThis as unknown as { jalonPdfPool?: PdfPool };

/**
 * The server's pool, started (and warmed) on first use and kept across dev reloads. Its size
 * follows PDF_WORKERS (default: 2, or the number of cores when fewer); PDF_PARALLEL=1 renders
 * the parts of each document on all of them.
 */
export function getPdfPool(): PdfPool {
  if (!shared.jalonPdfPool) {
    const size = Number(process.env.PDF_WORKERS) || undefined;
    shared.jalonPdfPool = new PdfPool({ size, parallel: process.env.PDF_PARALLEL === '1' });
    shared.jalonPdfPool.warm().catch((error: unknown) => console.error('pdf: warm-up failed', error));
  }
  return shared.jalonPdfPool;
}
