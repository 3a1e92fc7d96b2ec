// The whole roadmap, two versions side by side, in reading order: each objective followed
// by its recommendations and their actions, every item marked added, removed, moved (its
// parent or its place among its siblings changed), edited or unchanged, with the field
// changes of diffVersions (word diffs for texts). Removed items stay where they were.
import { diffVersions, type FieldChange } from './diff-versions';
import { compareCodes, numberRoadmap, parentCode } from './numbering';
import type { RoadmapSnapshot } from './snapshot';

export type ItemKind = 'objective' | 'recommendation' | 'action';
export type ItemState = 'added' | 'removed' | 'moved' | 'edited' | 'unchanged';
export type DocumentItem = {
  id: string;
  kind: ItemKind;
  /** Its number in the earlier and in the later version (one of them is null when added or removed). */
  before: string | null;
  after: string | null;
  title: string;
  state: ItemState;
  /** Edited fields; a moved item may have some too. */
  fields: FieldChange[];
};
export type DocumentComparison = {
  header: FieldChange[];
  items: DocumentItem[];
  summary: Record<ItemKind, Record<Exclude<ItemState, 'unchanged'>, number>>;
};

type Entry = { id: string; kind: ItemKind; title: string; parent: string | null };

function entries(s: RoadmapSnapshot): Entry[] {
  return [
    ...s.objectives.map((o) => ({ id: o.id, kind: 'objective' as const, title: o.title, parent: null })),
    ...s.recommendations.map((r) => ({ id: r.id, kind: 'recommendation' as const, title: r.text, parent: r.objectiveId })),
    ...s.actions.map((a) => ({ id: a.id, kind: 'action' as const, title: a.title, parent: a.recommendationId ?? a.objectiveId })),
  ];
}

export function compareDocument(a: RoadmapSnapshot, b: RoadmapSnapshot): DocumentComparison {
  const diff = diffVersions(a, b);
  const changed = new Map([...diff.objectives, ...diff.recommendations, ...diff.actions].map((c) => [c.id, c]));
  const na = numberRoadmap(a);
  const nb = numberRoadmap(b);
  const before = new Map(entries(a).map((e) => [e.id, e]));
  const after = new Map(entries(b).map((e) => [e.id, e]));

  // Among siblings present in both versions, an item whose rank changed was moved; one
  // pushed down by an insertion above it was only renumbered.
  const commonRank = (n: typeof na, other: Map<string, Entry>, own: Map<string, Entry>) => {
    const byParent = new Map<string, string[]>();
    for (const id of [...n.objectives, ...n.recommendations, ...n.actions]) {
      if (!other.has(id)) continue;
      const key = `${own.get(id)!.kind}:${parentCode(n.code(id)!)}`;
      byParent.set(key, [...(byParent.get(key) ?? []), id]);
    }
    return new Map([...byParent.values()].flatMap((ids) => ids.map((id, i) => [id, i] as const)));
  };
  const rankA = commonRank(na, after, before);
  const rankB = commonRank(nb, before, after);

  const items: DocumentItem[] = [];
  for (const e of after.values()) {
    const old = before.get(e.id);
    const c = changed.get(e.id);
    const codeA = old ? na.code(e.id)! : null;
    const codeB = nb.code(e.id)!;
    const moved = !!old && (old.parent !== e.parent || rankA.get(e.id) !== rankB.get(e.id));
    const state: ItemState = !old ? 'added' : moved ? 'moved' : c?.fields.length ? 'edited' : 'unchanged';
    items.push({ id: e.id, kind: e.kind, before: codeA, after: codeB, title: e.title, state, fields: c?.fields ?? [] });
  }
  for (const e of before.values()) {
    if (after.has(e.id)) continue;
    items.push({ id: e.id, kind: e.kind, before: na.code(e.id)!, after: null, title: e.title, state: 'removed', fields: [] });
  }
  // Reading order: by number in the later version, a removed item where it stood.
  items.sort((x, y) => compareCodes(x.after ?? x.before!, y.after ?? y.before!) || (x.state === 'removed' ? 1 : 0) - (y.state === 'removed' ? 1 : 0));

  const zero = () => ({ added: 0, removed: 0, moved: 0, edited: 0 });
  const summary = { objective: zero(), recommendation: zero(), action: zero() };
  for (const i of items) if (i.state !== 'unchanged') summary[i.kind][i.state]++;
  return { header: diff.header, items, summary };
}

/** The two sides of a word diff: the earlier text with what was removed, the later with what was added. */
export function sides(change: FieldChange) {
  const words = change.words ?? [{ text: change.before, removed: true }, { text: change.after, added: true }];
  return {
    before: words.filter((w) => !w.added).map((w) => ({ text: w.text, changed: !!w.removed })),
    after: words.filter((w) => !w.removed).map((w) => ({ text: w.text, changed: !!w.added })),
  };
}
