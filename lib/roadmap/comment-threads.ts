// Comment threads as the roadmap's page, the coordinator's summary and the comparison show
// them: grouped by what they are about (an objective, a recommendation, an action, a section
// of the header), in the page's reading order with the shared numbering, a quoted span found
// again in the text shown (lib/roadmap/anchor.ts). No server code: the panel filters them.
import { anchorQuote, type Anchor } from './anchor';
import { compareCodes } from './numbering';

export const HEADER_FIELDS = ['executiveSummary', 'context', 'methodology'] as const;
export type HeaderField = (typeof HEADER_FIELDS)[number];
export type TargetType = 'ROADMAP' | 'OBJECTIVE' | 'RECOMMENDATION' | 'ACTION';

/** The text fields a comment may quote, per kind of target. */
export const QUOTABLE_FIELDS: Record<TargetType, readonly string[]> = {
  ROADMAP: HEADER_FIELDS,
  OBJECTIVE: ['title', 'description'],
  RECOMMENDATION: ['text'],
  ACTION: ['title', 'description'],
};

/** What a comment control is about. */
export type CommentTargetRef = { targetType: TargetType; targetId: string | null; field: string | null; code: string | null };
export const headerTarget = (field: HeaderField | null): CommentTargetRef => ({ targetType: 'ROADMAP', targetId: null, field, code: null });
export const itemTarget = (targetType: Exclude<TargetType, 'ROADMAP'>, x: { id: string; code: string }): CommentTargetRef => ({ targetType, targetId: x.id, field: null, code: x.code });

export type CommentRow = {
  id: string; targetType: string; targetId: string | null; parentId: string | null;
  field: string | null; quote: string | null; quoteStart: number | null; quotePrefix: string | null; quoteSuffix: string | null;
  authorId: string | null; author: string | null; body: string; createdAt: string; resolved: boolean;
};

export type Thread = CommentRow & {
  /** What the thread is about, one key per comment control: "ACTION:<id>", "ROADMAP:executiveSummary", "ROADMAP:" (the whole roadmap). */
  key: string;
  /** The item's number ("1.2.1"), null for the header and for an item since deleted. */
  code: string | null;
  /** Where the quoted span stands in the text shown; null when the thread quotes nothing. */
  anchor: Anchor | null;
  replies: CommentRow[];
};

/** The comment control a thread belongs to. */
export function targetKey(c: { targetType: string; targetId: string | null; field: string | null }) {
  return c.targetType === 'ROADMAP' ? `ROADMAP:${c.field ?? ''}` : `${c.targetType}:${c.targetId}`;
}

const KIND_RANK: Record<string, number> = { ROADMAP: 0, OBJECTIVE: 1, RECOMMENDATION: 1, ACTION: 2 };
const headerRank = (field: string | null) => (field ? HEADER_FIELDS.indexOf(field as HeaderField) + 1 : 0);

type Options = {
  /** The shared numbering's code of an item, undefined when it no longer exists. */
  code: (id: string | null) => string | undefined;
  /** The text of a target's field as shown (null when the target is gone). */
  text: (targetType: string, targetId: string | null, field: string) => string | null;
};

/**
 * Threads (first comments with their replies), in the page's order: the header's sections,
 * then objectives with their recommendations, then actions, each by number; threads on one
 * item by date. Threads on deleted items come last.
 */
export function buildThreads(comments: CommentRow[], { code, text }: Options): Thread[] {
  const threads = comments.filter((c) => !c.parentId).map((c): Thread => {
    const itemCode = c.targetType === 'ROADMAP' ? null : (code(c.targetId) ?? null);
    let anchor: Anchor | null = null;
    if (c.quote && c.field) {
      const current = text(c.targetType, c.targetId, c.field);
      anchor = current === null ? { state: 'outdated' } : anchorQuote(current, { quote: c.quote, start: c.quoteStart ?? 0, prefix: c.quotePrefix ?? '', suffix: c.quoteSuffix ?? '' });
    }
    return { ...c, key: targetKey(c), code: itemCode, anchor, replies: comments.filter((x) => x.parentId === c.id) };
  });
  const gone = (t: Thread) => (t.targetType !== 'ROADMAP' && t.code === null ? 1 : 0);
  return threads.sort((a, b) =>
    gone(a) - gone(b)
    || KIND_RANK[a.targetType] - KIND_RANK[b.targetType]
    || (a.targetType === 'ROADMAP' ? headerRank(a.field) - headerRank(b.field) : compareCodes(a.code ?? '0', b.code ?? '0'))
    || a.createdAt.localeCompare(b.createdAt));
}

type Item = { id: string };
/** The texts of a roadmap (as it reads now, or a version's snapshot) a quote is found again in. */
export function textsOf(header: object, doc: { objectives: Item[]; recommendations: Item[]; actions: Item[] }): Options['text'] {
  const items: Record<string, Map<string, Record<string, unknown>>> = {
    OBJECTIVE: new Map(doc.objectives.map((o) => [o.id, o])), RECOMMENDATION: new Map(doc.recommendations.map((x) => [x.id, x])), ACTION: new Map(doc.actions.map((a) => [a.id, a])),
  };
  return (type, id, field) => {
    const value = type === 'ROADMAP' ? (header as Record<string, unknown>)[field] : id ? items[type]?.get(id)?.[field] : undefined;
    return typeof value === 'string' ? value : null;
  };
}

export type ThreadFilter = { status: 'open' | 'resolved' | 'all'; mine: string | null };

/** The threads a panel shows: open or resolved, and those the person wrote or replied to. */
export function filterThreads(threads: Thread[], f: ThreadFilter): Thread[] {
  return threads.filter((t) =>
    (f.status === 'all' || (f.status === 'open') === !t.resolved)
    && (!f.mine || t.authorId === f.mine || t.replies.some((r) => r.authorId === f.mine)));
}

/** Open threads per comment control, for the count on each. */
export function openCounts(threads: Thread[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const t of threads) if (!t.resolved) counts[t.key] = (counts[t.key] ?? 0) + 1;
  return counts;
}
