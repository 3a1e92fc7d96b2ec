// The state of one text in the other language: derived, never stored as such, so that an
// edit of the original anywhere (form, import, generation) outdates its translation at once.
import type { TextUnit } from './texts';

export type TranslationRow = {
  targetType: string; targetId: string; field: string; language: string;
  text: string; sourceText: string; state: 'DRAFT' | 'REVIEWED'; version: number;
};
export type TextState = 'missing' | 'draft' | 'reviewed' | 'outdated';

export const rowKey = (r: { targetType: string; targetId: string; field: string }) => `${r.targetType.toLowerCase()}.${r.targetId}.${r.field}`;

export function stateOf(unit: Pick<TextUnit, 'original'>, row: Pick<TranslationRow, 'text' | 'sourceText' | 'state'> | undefined): TextState {
  if (!row || !row.text.trim()) return 'missing';
  if (row.sourceText !== unit.original) return 'outdated';
  return row.state === 'REVIEWED' ? 'reviewed' : 'draft';
}

export type StateCounts = Record<TextState, number>;
export function countStates(states: TextState[]): StateCounts {
  const c: StateCounts = { missing: 0, draft: 0, reviewed: 0, outdated: 0 };
  for (const s of states) c[s]++;
  return c;
}
