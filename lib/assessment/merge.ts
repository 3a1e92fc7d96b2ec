// The three-way merge of a field-by-field save. Pure: the questionnaire's autosave, the
// finding editor and their tests share it.

export type FieldConflict<V> = { field: keyof V & string; theirs: V[keyof V]; yours: V[keyof V] };

export type MergeResult<V> =
  | { kind: 'apply'; values: V; changed: (keyof V & string)[] }
  | { kind: 'conflict'; conflicts: FieldConflict<V>[] };

/**
 * Applies `changes` to `current`. A save that started from the current version applies as
 * is; one that started from an older version applies field by field when nobody changed
 * that field since (`current` still equals the `base` the writer started from) or when the
 * other writer already wrote the same value. Any other field is a conflict, and then
 * nothing is applied: the writer sees both texts and decides.
 */
export function mergeFields<V extends Record<string, unknown>>(
  current: V,
  currentVersion: number,
  save: { baseVersion: number; base: Partial<V>; changes: Partial<V> },
): MergeResult<V> {
  const upToDate = save.baseVersion === currentVersion;
  const conflicts: FieldConflict<V>[] = [];
  const values: Record<string, unknown> = { ...current };
  const changed: (keyof V & string)[] = [];
  for (const field of Object.keys(save.changes) as (keyof V & string)[]) {
    const yours = save.changes[field] as V[keyof V];
    const theirs = current[field];
    if (theirs === yours) continue;
    if (!upToDate && theirs !== save.base[field]) {
      conflicts.push({ field, theirs, yours });
      continue;
    }
    values[field] = yours;
    changed.push(field);
  }
  return conflicts.length ? { kind: 'conflict', conflicts } : { kind: 'apply', values: values as V, changed };
}
