// docx.benin_ms: the Word export of the Benin roadmap, beside the PDF render of the same
// document in the same process (alternately, after a warm-up of each); medians.
import { renderRoadmapDocx } from '@/lib/docx/roadmap';
import { beninDocument } from '@/lib/pdf/fixtures/benin';
import { renderRoadmapPdf } from '@/lib/pdf/render';
import { median, round, type BenchModule } from './types';

const RUNS = Number(process.env.BENCH_DOCX_RUNS ?? 5);

const bench: BenchModule = {
  name: 'docx',
  async run() {
    const doc = beninDocument('fr');
    const time = async (fn: () => Promise<unknown>) => {
      const t0 = performance.now();
      await fn();
      return performance.now() - t0;
    };
    await time(() => renderRoadmapDocx(doc));
    await time(() => renderRoadmapPdf(doc));
    const docx: number[] = [];
    const pdf: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      docx.push(await time(() => renderRoadmapDocx(doc)));
      pdf.push(await time(() => renderRoadmapPdf(doc)));
    }
    const d = median(docx);
    const p = median(pdf);
    return [
      { name: 'docx.benin_pdf_ms', value: round(p), unit: 'ms' },
      { name: 'docx.benin_ms', value: round(d), unit: 'ms', reference: 'docx.benin_pdf_ms', ratio: round(d / p, 3) },
    ];
  },
};

export default bench;
