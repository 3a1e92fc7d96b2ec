// pdf.benin.tagged_ratio: what tagging (structure tree, marked content, the joined trees)
// costs. The Benin roadmap rendered in this process, tagged and untagged in turn (so that both
// meet the same load), after a warm-up of each; the ratio of the medians.
import { beninDocument } from '@/lib/pdf/fixtures/benin';
import { renderRoadmapPdf as render } from '@/lib/pdf/render';
import { setTagging } from '@/lib/pdf/render-section';
import { median, round, type BenchModule } from './types';

const RUNS = Number(process.env.BENCH_TAGGED_RUNS ?? 7);

const bench: BenchModule = {
  name: 'pdf-tagged',
  async run() {
    const doc = beninDocument('fr');
    const tagged: number[] = [];
    const untagged: number[] = [];
    const once = async (on: boolean) => {
      setTagging(on);
      const t0 = performance.now();
      await render(doc);
      return performance.now() - t0;
    };
    await once(true);
    await once(false);
    for (let i = 0; i < RUNS; i++) {
      // Alternate which goes first, so that neither always meets a warmer process.
      for (const on of i % 2 ? [false, true] : [true, false]) (on ? tagged : untagged).push(await once(on));
    }
    setTagging(true);
    const t = median(tagged);
    const u = median(untagged);
    console.log(`  tagged ${tagged.map((x) => round(x, 0)).join(', ')} ms; untagged ${untagged.map((x) => round(x, 0)).join(', ')} ms`);
    return [
      { name: 'pdf.benin.untagged_ms', value: round(u), unit: 'ms' },
      { name: 'pdf.benin.tagged_ms', value: round(t), unit: 'ms', reference: 'pdf.benin.untagged_ms', ratio: round(t / u, 3) },
      { name: 'pdf.benin.tagged_ratio', value: round(t / u, 3), unit: 'ratio', reference: 1.15 },
    ];
  },
};

export default bench;
