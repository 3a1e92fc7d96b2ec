// A comment on a span of text ("Commenter la sélection"): the quoted words, where they
// started and a few words either side, stored with the thread; found again in any later text
// of the same field, or said to be outdated when the words are no longer there. Pure: the
// page, the comparison and the coordinator's summary all call it on the text they show.

/** How many characters either side of a quote are kept to tell two occurrences apart. */
export const CONTEXT_LENGTH = 32;

export type Quote = { quote: string; start: number; prefix: string; suffix: string };
export type Anchor = { state: 'anchored'; start: number; end: number } | { state: 'outdated' };

/** The quote as it stands in `text` at `start`, with its context; null when it does not. */
export function quoteAt(text: string, quote: string, start: number): Quote | null {
  if (!quote || start < 0 || text.slice(start, start + quote.length) !== quote) return null;
  return {
    quote,
    start,
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(start + quote.length, start + quote.length + CONTEXT_LENGTH),
  };
}

/** Length of the common end of a and b (how much of the prefix still precedes an occurrence). */
function commonSuffix(a: string, b: string) {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
function commonPrefix(a: string, b: string) {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Where a quote stands in a (possibly later) text. Every occurrence of the quoted words is a
 * candidate; the one whose surrounding text best matches the stored context wins, then the
 * one nearest the old position. No occurrence: outdated.
 */
export function anchorQuote(text: string, q: Quote): Anchor {
  if (!q.quote) return { state: 'outdated' };
  let best: { start: number; score: number; distance: number } | null = null;
  for (let i = text.indexOf(q.quote); i !== -1; i = text.indexOf(q.quote, i + 1)) {
    const before = text.slice(Math.max(0, i - q.prefix.length), i);
    const after = text.slice(i + q.quote.length, i + q.quote.length + q.suffix.length);
    const score = commonSuffix(before, q.prefix) + commonPrefix(after, q.suffix);
    const distance = Math.abs(i - q.start);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { start: i, score, distance };
  }
  return best ? { state: 'anchored', start: best.start, end: best.start + q.quote.length } : { state: 'outdated' };
}

export type Mark = { start: number; end: number; id: string };
export type Segment = { text: string; ids: string[] };

/** A text cut at the marks' edges, each piece with the ids of the marks covering it (overlaps allowed). */
export function segments(text: string, marks: Mark[]): Segment[] {
  const cuts = [...new Set([0, text.length, ...marks.flatMap((m) => [m.start, m.end])])]
    .filter((c) => c >= 0 && c <= text.length)
    .sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const [s, e] = [cuts[i], cuts[i + 1]];
    if (s === e) continue;
    out.push({ text: text.slice(s, e), ids: marks.filter((m) => m.start <= s && m.end >= e).map((m) => m.id) });
  }
  return out;
}
