import { paragraphKey, type Bilingual, type FrameworkContent, type LeadKind, type Lens, type ParagraphContent, type ParagraphKind } from './schema';

export type TracedAction = { code: string; title: Bilingual; minLevel: number; maxLevel: number; leadKind: LeadKind; partners: string[] };
export type TracedQuestion = { code: string; areaCode: string; areaTitle: Bilingual; lens: Lens; text: Bilingual; actions: TracedAction[] };
export type TracedParagraph = {
  key: string;
  ref: string;
  number: number | null;
  subject?: Bilingual | null;
  numberCheck?: ParagraphContent['numberCheck'];
  kind: ParagraphKind;
  summary: Bilingual;
  questions: TracedQuestion[];
};
export type TracedInstrument = {
  code: string;
  symbol: string;
  title: Bilingual;
  url: string;
  date: string | null;
  paragraphs: TracedParagraph[];
};

/**
 * The traceability of a framework, read from the paragraphs' side: each paragraph of each
 * instrument, the questions that derive from it, and the actions those questions suggest.
 * The roadmap's traceability annex reads the same links from the actions' side.
 */
export function traceParagraphs(content: FrameworkContent): TracedInstrument[] {
  const byParagraph = new Map<string, TracedQuestion[]>();
  for (const area of content.areas) {
    for (const q of area.questions) {
      const traced: TracedQuestion = {
        code: q.code,
        areaCode: area.code,
        areaTitle: area.title,
        lens: q.lens,
        text: q.text,
        actions: q.actions.map((a) => ({ code: a.code, title: a.title, minLevel: a.minLevel, maxLevel: a.maxLevel, leadKind: a.leadKind, partners: a.partners })),
      };
      for (const ref of q.references) byParagraph.set(ref, [...(byParagraph.get(ref) ?? []), traced]);
    }
  }
  return content.instruments.map((i) => ({
    code: i.code,
    symbol: i.symbol,
    title: i.title,
    url: i.url,
    date: i.date ?? null,
    paragraphs: i.paragraphs.map((p) => {
      const key = paragraphKey(i.code, p.ref);
      return { key, ref: p.ref, number: p.number ?? null, subject: p.subject, numberCheck: p.numberCheck, kind: p.kind, summary: p.summary, questions: byParagraph.get(key) ?? [] };
    }),
  }));
}
