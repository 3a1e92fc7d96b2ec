// pdf.benin.rerender_ms: the demo roadmap rendered again after one action's title changed,
// through the part cache in the database (lib/pdf/part-cache.ts), as the server renders (the
// warm worker pool, one document in one worker), beside a warm Chromium printing the whole
// document in the same run. Each run changes another action's title, so that the matrix and
// the timeline render anew and the other sections come from the cache.
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createClient } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/migrations';
import { beninDocument } from '@/lib/pdf/fixtures/benin';
import { dbPartStore } from '@/lib/pdf/part-cache';
import { PdfPool } from '@/lib/pdf/pool';
import type { RoadmapDocument } from '@/lib/pdf/types';
import { chromiumPrintMs } from './pdf-measure';
import { chromiumTemplates, roadmapHtml } from './pdf-html';
import { median, round, type BenchModule } from './types';

const RUNS = Number(process.env.BENCH_RERENDER_RUNS ?? 7);
const TMP = path.join(import.meta.dirname, '.tmp', 'rerender');
const log = (s: string) => console.log(`  ${s}`);

const retitled = (doc: RoadmapDocument, run: number): RoadmapDocument => ({
  ...doc,
  actions: doc.actions.map((a, i) => (i === run % doc.actions.length ? { ...a, title: `${a.title} (révision ${run + 1})` } : a)),
});

const bench: BenchModule = {
  name: 'pdf-rerender',
  async run() {
    const doc = beninDocument('fr');
    const ref = await chromiumPrintMs({ benin: { html: roadmapHtml(doc), ...chromiumTemplates(doc) } }, { benin: 5 });
    log(`chromium: Benin ${round(ref.benin)} ms`);

    rmSync(TMP, { recursive: true, force: true });
    mkdirSync(TMP, { recursive: true });
    const url = `file:${path.join(TMP, 'bench.db')}`;
    await applyMigrations(url);
    const db = createClient(url);
    const pool = new PdfPool({ size: 2 });
    try {
      await pool.warm();
      const parts = dbPartStore(db);
      const time = async (fn: () => Promise<{ reused?: number }>) => {
        const t0 = performance.now();
        const r = await fn();
        return { ms: performance.now() - t0, reused: r.reused ?? 0 };
      };
      const first = await time(() => pool.render(doc, { parts }));
      const full: number[] = [];
      const again: number[] = [];
      const reused: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        // A full render of the same change beside each re-render, so that both meet the same load.
        const changed = retitled(doc, run);
        const r = await time(() => pool.render(changed, { parts }));
        again.push(r.ms);
        reused.push(r.reused);
        full.push((await time(() => pool.render(retitled(doc, run)))).ms);
      }
      const rerender = median(again);
      const whole = median(full);
      log(`first render through the cache ${round(first.ms)} ms; re-render ${again.map((x) => round(x, 0)).join(', ')} ms (${median(reused)} parts reused); full render ${whole.toFixed(0)} ms`);
      return [
        { name: 'pdf.benin.rerender_chromium_ms', value: round(ref.benin), unit: 'ms' },
        { name: 'pdf.benin.rerender_ms', value: round(rerender), unit: 'ms', reference: 'pdf.benin.rerender_chromium_ms', ratio: round(rerender / ref.benin, 3) },
        { name: 'pdf.benin.rerender_full_ms', value: round(whole), unit: 'ms', reference: 'pdf.benin.rerender_chromium_ms', ratio: round(whole / ref.benin, 3) },
        { name: 'pdf.benin.rerender_first_ms', value: round(first.ms), unit: 'ms', reference: 'pdf.benin.rerender_full_ms', ratio: round(first.ms / whole, 3) },
      ];
    } finally {
      await pool.close();
      await db.$disconnect();
      rmSync(TMP, { recursive: true, force: true });
    }
  },
};

export default bench;
