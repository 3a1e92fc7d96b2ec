// One numbering for the whole roadmap, shared by the screen, the comparison, comment
// targets, the PDF and the Word file: objectives "1", "2"; a recommendation "1.2" (the
// second of objective 1); an action "1.2.1" (the first of recommendation 1.2). An action
// attached to no recommendation is numbered under "0" at that level ("1.0.1"), and one
// attached to no objective under "0.0", so a code never names two things and the three
// levels stay visible. No server code: the action matrix renumbers as rows are moved.

type Ordered = { id: string; order: number };
export type NumberedInput = {
  objectives: Ordered[];
  recommendations: (Ordered & { objectiveId: string | null })[];
  actions: (Ordered & { objectiveId: string | null; recommendationId: string | null })[];
};

export type Numbering = {
  /** Code of any objective, recommendation or action by id. */
  code: (id: string | null | undefined) => string | undefined;
  /** Ids of each kind in document order (objective, then recommendation, then position). */
  objectives: string[];
  recommendations: string[];
  actions: string[];
};

const byOrder = <T extends Ordered>(xs: T[]) => [...xs].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));

/** Reading order of two codes: "1" < "1.1" < "1.1.1" < "1.2"; "0" (no parent) after every numbered parent. */
export function compareCodes(a: string, b: string) {
  const rank = (code: string) => code.split('.').map((n) => (n === '0' ? Infinity : Number(n)));
  const x = rank(a);
  const y = rank(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const u = x[i] ?? -1;
    const v = y[i] ?? -1;
    if (u !== v) return u - v;
  }
  return 0;
}

export function numberRoadmap(input: NumberedInput): Numbering {
  const codes = new Map<string, string>();
  const objectives = byOrder(input.objectives);
  objectives.forEach((o, i) => codes.set(o.id, String(i + 1)));
  const objectiveCode = (id: string | null) => (id && codes.has(id) ? codes.get(id)! : '0');

  const recommendations: string[] = [];
  const perObjective = new Map<string, number>();
  const recs = byOrder(input.recommendations).map((r) => ({ r, parent: objectiveCode(r.objectiveId) }));
  recs.sort((a, b) => compareCodes(a.parent, b.parent));
  for (const { r, parent } of recs) {
    const n = (perObjective.get(parent) ?? 0) + 1;
    perObjective.set(parent, n);
    codes.set(r.id, `${parent}.${n}`);
    recommendations.push(r.id);
  }
  const recParent = new Map(input.recommendations.map((r) => [r.id, r]));

  const actions: string[] = [];
  const perParent = new Map<string, number>();
  const acts = byOrder(input.actions).map((a) => {
    const rec = a.recommendationId ? recParent.get(a.recommendationId) : undefined;
    // The recommendation decides the objective when both are set and disagree: the action
    // is printed under its recommendation.
    const parent = rec ? codes.get(rec.id)! : `${objectiveCode(a.objectiveId)}.0`;
    return { a, parent };
  });
  acts.sort((a, b) => compareCodes(a.parent, b.parent));
  for (const { a, parent } of acts) {
    const n = (perParent.get(parent) ?? 0) + 1;
    perParent.set(parent, n);
    codes.set(a.id, `${parent}.${n}`);
    actions.push(a.id);
  }

  return { code: (id) => (id ? codes.get(id) : undefined), objectives: objectives.map((o) => o.id), recommendations, actions };
}

/** Sorts items of one kind in document order. */
export function inDocumentOrder<T extends { id: string }>(items: T[], order: string[]): T[] {
  const index = new Map(order.map((id, i) => [id, i]));
  return [...items].sort((a, b) => (index.get(a.id) ?? 1e9) - (index.get(b.id) ?? 1e9));
}

/** The parent part of a code: "1.2" for the action "1.2.3". */
export const parentCode = (code: string) => code.slice(0, code.lastIndexOf('.'));

/**
 * Codes of actions after a move in a list kept in document order: each keeps its parent and
 * takes its position among its siblings ("1.2.1" moved below "1.2.2" becomes "1.2.2").
 */
export function renumberActions<T extends { id: string; code: string }>(rows: T[]): T[] {
  const seen = new Map<string, number>();
  return rows.map((a) => {
    const parent = parentCode(a.code);
    const n = (seen.get(parent) ?? 0) + 1;
    seen.set(parent, n);
    return { ...a, code: `${parent}.${n}` };
  });
}
