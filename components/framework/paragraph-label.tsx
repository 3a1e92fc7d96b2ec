import type { ParagraphKind } from '@/lib/framework/schema';

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** "par. 2" in French, "OP 2" in English; paragraphs without a number keep their reference. */
export function paragraphLabel(t: Translate, p: { kind: ParagraphKind; number: number | null; ref: string }) {
  return p.number !== null && (p.kind === 'operative' || p.kind === 'principle')
    ? t('paragraphNumber', { kind: p.kind, number: p.number, ref: p.ref })
    : p.ref;
}
