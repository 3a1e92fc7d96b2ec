// Where a render's time goes, phase by phase, in one warm thread (as a pool worker renders):
// `npx tsx bench/pdf-phases.ts [benin|stress] [runs]`. Not part of `npm run bench`. On a shared
// machine the process's CPU time (all its threads: GC included) varies less than wall time.
import { assemble } from '@/lib/pdf/assemble';
import { beninDocument } from '@/lib/pdf/fixtures/benin';
import { stressDocument } from '@/lib/pdf/fixtures/stress';
import { renderRoadmapPdf } from '@/lib/pdf/render';
import { renderPart, type SectionPart } from '@/lib/pdf/render-section';
import { planParts } from '@/lib/pdf/sections/weights';

const which = process.argv[2] ?? 'benin';
const runs = Number(process.argv[3] ?? 3);
const make = () => (which === 'stress' ? stressDocument('fr') : beninDocument('fr'));

// Warm as a pool worker does.
await renderRoadmapPdf(beninDocument('fr'));
await renderRoadmapPdf(stressDocument('en', { actions: 80, findings: 12 }));

for (let r = 0; r < runs; r++) {
  const doc = make();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const parts: SectionPart[] = [];
  const partMs: string[] = [];
  for (const plan of planParts(doc)) {
    const p = await renderPart(doc, plan.ids, plan.chunk);
    partMs.push(`${plan.ids.join('+')}${plan.chunk ? `#${plan.chunk.index}` : ''}=${Math.round(p.ms)}`);
    parts.push(p);
  }
  const t1 = performance.now();
  const out = await assemble(doc, parts);
  const t2 = performance.now();
  const cpu = process.cpuUsage(c0);
  console.log(`${which} run ${r}: total ${Math.round(t2 - t0)} ms, cpu ${Math.round((cpu.user + cpu.system) / 1000)} ms; parts ${Math.round(t1 - t0)} ms [${partMs.join(', ')}]; assemble ${Math.round(t2 - t1)} ms; ${out.pages} pages`);
}
