// The three-way merge of a field-by-field save. Pure: the questionnaire's autosave, the
// finding editor and their tests share it.

export type FieldConflict<V> = { field: keyof V & string; theirs: V[keyof V]; yours: V[keyof V] };

export type MergeResult<V> =
  | { kind: 'apply'; values: V; changed: (keyof V & string)[] }
  | { kind: 'conflict'; conflicts: FieldConflict<V>[] };

/**
 * Applies `changes` to `current`, field by field: a field changes only when it still holds
 * the value the writer started from (`base`), or already holds the value written (a retry,
 * or two people typing the same). Any other field is a conflict, and then nothing is
 * applied: the writer sees both texts and decides. The version number is not enough on
 * its own: a client that saved one field and kept typing in another holds the new version
 * but an older base for the second field.
 */
export function mergeFields<V extends Record<string, unknown>>(
  current: V,
  save: { base: Partial<V>; changes: Partial<V> },
): MergeResult<V> {
  const conflicts: FieldConflict<V>[] = [];
  const values: Record<string, unknown> = { ...current };
  const changed: (keyof V & string)[] = [];
  for (const field of Object.keys(save.changes) as (keyof V & string)[]) {
    const yours = save.changes[field] as V[keyof V];
    const theirs = current[field];
    if (theirs === yours) continue;
    if (theirs !== save.base[field]) {
      conflicts.push({ field, theirs, yours });
      continue;
    }
    values[field] = yours;
    changed.push(field);
  }
  return conflicts.length ? { kind: 'conflict', conflicts } : { kind: 'apply', values: values as V, changed };
}
