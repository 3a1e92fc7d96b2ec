// Where the answers to each question of a version come from in the version it follows: the
// `from` field of each question (relation and the previous version's question codes), read
// as data. The next cycle of an assessment on a newer version carries answers forward with it:
//   same, reworded  the answer carries over as it is (a reworded one is worth a second look);
//   split           the one previous answer is a starting point for each of the new questions;
//   merged          the previous answers are brought together and must be reconciled;
//   new             nothing carries over.
// A previous question that no question names is retired: its answers do not carry over.
import { canonical } from './content-hash';
import type { CarryRelation, FrameworkContent } from './schema';

export type CarryOverEntry = { code: string; areaCode: string; relation: CarryRelation; from: string[] };

export type CarryOver = {
  slug: string;
  /** the version the answers come from */
  from: string;
  to: string;
  questions: CarryOverEntry[];
  /** previous questions that no question of this version takes up */
  retired: string[];
};

export type CarryOverProblem = { code: string; problem: 'unknownQuestion' | 'sameButChanged' | 'rewordedButSame' | 'codeReused'; detail: string };

/**
 * The mapping from `previous` to `content`, as `content` states it; null when the version
 * names no previous version. Pass the previous version's content to list retired questions.
 */
export function carryOver(content: FrameworkContent, previous?: FrameworkContent): CarryOver | null {
  const from = content.framework.previous;
  if (!from) return null;
  const questions = content.areas.flatMap((a) =>
    a.questions.map((q): CarryOverEntry => ({ code: q.code, areaCode: a.code, relation: q.from?.relation ?? 'new', from: q.from?.questions ?? [] })),
  );
  const named = new Set(questions.flatMap((q) => q.from));
  const retired = previous ? previous.areas.flatMap((a) => a.questions.map((q) => q.code)).filter((c) => !named.has(c)) : [];
  return { slug: content.framework.slug, from, to: content.framework.version, questions, retired };
}

/** The answers of which previous questions seed a question of the new version (empty when new). */
export function sourcesOf(mapping: CarryOver, code: string): { relation: CarryRelation; from: string[] } | null {
  const q = mapping.questions.find((x) => x.code === code);
  return q ? { relation: q.relation, from: q.from } : null;
}

/**
 * Checks the mapping against the previous version's content: every code named exists there;
 * "same" means text, guidance and descriptors are unchanged and "reworded" that one of them
 * changed; a question that keeps an old code says so (same or reworded), never "new".
 */
export function checkCarryOver(content: FrameworkContent, previous: FrameworkContent): CarryOverProblem[] {
  const mapping = carryOver(content, previous);
  if (!mapping) return [];
  const before = new Map(previous.areas.flatMap((a) => a.questions.map((q) => [q.code, q] as const)));
  const after = new Map(content.areas.flatMap((a) => a.questions.map((q) => [q.code, q] as const)));
  const problems: CarryOverProblem[] = [];
  for (const q of mapping.questions) {
    for (const code of q.from) if (!before.has(code)) problems.push({ code: q.code, problem: 'unknownQuestion', detail: code });
    if (q.relation === 'new' && before.has(q.code)) problems.push({ code: q.code, problem: 'codeReused', detail: q.code });
    if (q.relation === 'same' || q.relation === 'reworded') {
      const b = before.get(q.from[0]);
      const a = after.get(q.code)!;
      if (!b) continue;
      const changed = canonical([a.text, a.guidance, a.levels]) !== canonical([b.text, b.guidance, b.levels]);
      if (q.relation === 'same' && changed) problems.push({ code: q.code, problem: 'sameButChanged', detail: q.from[0] });
      if (q.relation === 'reworded' && !changed) problems.push({ code: q.code, problem: 'rewordedButSame', detail: q.from[0] });
    }
  }
  return problems;
}
