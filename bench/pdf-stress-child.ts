// Renders the stress fixture once in a fresh process and prints the process's peak memory
// (resident set, as the kernel counts it), so that the figure is not mixed with Chromium's or
// with the benchmark's own. `pool`: as the server does, in one worker of the pool (its heap
// bounded); `thread`: as the CLI does, in the main thread.
import { stressDocument } from '@/lib/pdf/fixtures/stress';
import { PdfPool } from '@/lib/pdf/pool';
import { renderRoadmapPdf } from '@/lib/pdf/render';

const mode = process.argv[2] === 'thread' ? 'thread' : 'pool';
let r;
if (mode === 'pool') {
  const pool = new PdfPool({ size: 1 });
  r = await pool.render(stressDocument('fr'));
  await pool.close();
} else {
  r = await renderRoadmapPdf(stressDocument('fr'));
}
console.log(JSON.stringify({ mode, pages: r.pages, ms: r.ms, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
