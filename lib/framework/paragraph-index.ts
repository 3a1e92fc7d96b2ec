import { paragraphKey, type Bilingual, type FrameworkContent, type ParagraphContent, type ParagraphKind } from './schema';

export type ParagraphInfo = {
  key: string;
  instrumentCode: string;
  symbol: string;
  ref: string;
  number: number | null;
  subject?: Bilingual | null;
  numberCheck?: ParagraphContent['numberCheck'];
  kind: ParagraphKind;
  summary: Bilingual;
};

/** Every paragraph by its reference key ("2341:OP2"), for labels and links. */
export function paragraphIndex(content: FrameworkContent): Record<string, ParagraphInfo> {
  const out: Record<string, ParagraphInfo> = {};
  for (const i of content.instruments) {
    for (const p of i.paragraphs) {
      const key = paragraphKey(i.code, p.ref);
      out[key] = { key, instrumentCode: i.code, symbol: i.symbol, ref: p.ref, number: p.number ?? null, subject: p.subject, numberCheck: p.numberCheck, kind: p.kind, summary: p.summary };
    }
  }
  return out;
}
