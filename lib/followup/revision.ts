// A follow-up's revision, and the figures computed from its data remembered under it.
//
// Every write to a follow-up (settings, periods, tracked actions, updates, their steps and
// evidence) raises its revision by one in the transaction that makes the write, so the new
// revision and the new data become visible together. A draft's autosave, the one write that
// many people make every few seconds, raises it right after its commit instead: for that
// moment a reader may be shown the figures of just before the save, as if it had read a
// little earlier, and never once the save has answered. A reader reads the revision fresh from
// the database first (with the follow-up, after its access was checked), then asks for the
// figures under it: whatever is remembered under that revision was computed from that
// revision's data or a later one, never an older one. Each server process remembers its own
// figures; none can serve what another process changed since, because the revision it reads
// is the database's (docs/decisions/018).
import type { Db } from '../db/client';

/** Marks a change to the follow-up: in the write's own transaction, or (a draft's autosave) right after its commit. */
export async function touchFollowUp(db: Db, followUpId: string) {
  await db.followUp.updateMany({ where: { id: followUpId }, data: { revision: { increment: 1 } } });
}

/** The data a change to the follow-up raises the revision with, for a write that updates its row anyway. */
export const NEXT_REVISION = { revision: { increment: 1 } } as const;

/** What a period's figures depend on besides the follow-up's data: the period, and whether its due date has passed (late updates). */
export const periodState = (p: { seq: number; dueOn: Date }, now: Date) => `${p.seq}/${now > p.dueOn ? 'due' : 'open'}`;

/** How many computed figures a process keeps, all follow-ups together (a dashboard is some 50 KB). */
export const REMEMBERED_LIMIT = 200;

type Entry = { followUpId: string; revision: number; value: Promise<unknown> };
// On globalThis: the server's bundles may each hold a copy of this module; they share one
// memory, and one bound.
const shared = globalThis as unknown as { jalonRemembered?: Map<string, Entry> };
const memory = (shared.jalonRemembered ??= new Map<string, Entry>());

/**
 * `compute()` once per follow-up, revision and `key` (what else the figures depend on: the
 * period, whether its due date has passed, the page...). Concurrent readers of the same
 * figures wait for the same computation; a failed one is forgotten. A newer revision of a
 * follow-up forgets the older ones' figures; past `REMEMBERED_LIMIT` the least recently read
 * go first. `scope` is the follow-up's country and id, as the caller read them.
 */
export function remembered<T>(scope: { countryId: string; followUpId: string; revision: number }, key: string, compute: () => Promise<T>): Promise<T> {
  const id = `${scope.countryId}/${scope.followUpId}@${scope.revision}/${key}`;
  const hit = memory.get(id);
  if (hit) {
    memory.delete(id);
    memory.set(id, hit);
    return hit.value as Promise<T>;
  }
  for (const [k, e] of memory) if (e.followUpId === scope.followUpId && e.revision < scope.revision) memory.delete(k);
  const value = compute();
  memory.set(id, { followUpId: scope.followUpId, revision: scope.revision, value });
  value.catch(() => {
    if (memory.get(id)?.value === value) memory.delete(id);
  });
  for (const k of memory.keys()) {
    if (memory.size <= REMEMBERED_LIMIT) break;
    memory.delete(k);
  }
  return value;
}

/** How many figures are remembered (tests). */
export const rememberedCount = () => memory.size;
