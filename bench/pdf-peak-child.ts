// Renders one document once in a fresh process and prints the process's peak memory
// (resident set, as the kernel counts it), so that the figure is not mixed with Chromium's or
// with the benchmark's own. `pool`: as the server does, in a worker of the pool (its heap
// bounded; a server's second, idle worker adds its own baseline); `thread`: as the CLI does.
// The document: the roadmap stress fixture (`stress`, the default), or a progress report
// read from a JSON file (`progress:<file>`, written by bench/followup.bench.ts).
//   npx tsx bench/pdf-peak-child.ts <pool|thread> [stress|progress:<file>]
import { readFileSync } from 'node:fs';
import { stressDocument } from '@/lib/pdf/fixtures/stress';
import { PdfPool } from '@/lib/pdf/pool';
import { renderProgressPdf } from '@/lib/pdf/progress/render';
import type { ProgressDocument } from '@/lib/pdf/progress/types';
import { renderRoadmapPdf, type RenderedPdf } from '@/lib/pdf/render';

const mode = process.argv[2] === 'thread' ? 'thread' : 'pool';
const which = process.argv[3] ?? 'stress';
const progress: ProgressDocument | null = which.startsWith('progress:') ? JSON.parse(readFileSync(which.slice('progress:'.length), 'utf8')) : null;
let r: RenderedPdf;
if (mode === 'pool') {
  const pool = new PdfPool({ size: 1 });
  r = progress ? await pool.renderProgress(progress) : await pool.render(stressDocument('fr'));
  await pool.close();
} else {
  r = progress ? await renderProgressPdf(progress) : await renderRoadmapPdf(stressDocument('fr'));
}
console.log(JSON.stringify({ mode, which: progress ? 'progress' : 'stress', pages: r.pages, ms: r.ms, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
