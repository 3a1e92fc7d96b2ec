import type { Bilingual, FrameworkContent, ParagraphContent, ParagraphKind } from './schema';
import { traceParagraphs } from './trace-paragraphs';

export type CoverageRow = {
  key: string;
  ref: string;
  number: number | null;
  subject?: Bilingual | null;
  numberCheck?: ParagraphContent['numberCheck'];
  summary: Bilingual;
  questions: { code: string; areaCode: string; text: Bilingual }[];
  covered: boolean;
};
export type InstrumentCoverage = { code: string; symbol: string; title: Bilingual; url: string; rows: CoverageRow[]; covered: number };

/**
 * Which paragraphs of each instrument the questions cover: by default the operative
 * paragraphs, the ones that ask something of States. Instruments without such paragraphs
 * are left out. An uncovered paragraph is a gap in the framework, not in a country.
 */
export function computeCoverage(content: FrameworkContent, kinds: readonly ParagraphKind[] = ['operative']): InstrumentCoverage[] {
  return traceParagraphs(content)
    .map((i) => {
      const rows = i.paragraphs
        .filter((p) => kinds.includes(p.kind))
        .map((p) => ({
          key: p.key,
          ref: p.ref,
          number: p.number,
          subject: p.subject,
          numberCheck: p.numberCheck,
          summary: p.summary,
          questions: p.questions.map((q) => ({ code: q.code, areaCode: q.areaCode, text: q.text })),
          covered: p.questions.length > 0,
        }));
      return { code: i.code, symbol: i.symbol, title: i.title, url: i.url, rows, covered: rows.filter((r) => r.covered).length };
    })
    .filter((i) => i.rows.length > 0);
}
