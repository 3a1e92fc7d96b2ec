import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { AutosaveStore, type Payload, type SendOutcome } from '@/lib/assessment/autosave-store';

type V = { gaps: string; needs: string; level: string | null };
const empty: V = { gaps: '', needs: '', level: null };

class MemoryStorage {
  map = new Map<string, string>();
  getItem = (k: string) => this.map.get(k) ?? null;
  setItem = (k: string, v: string) => void this.map.set(k, v);
  removeItem = (k: string) => void this.map.delete(k);
}

/** A fake server holding one answer, with the same merge rule as lib/versioned-save/merge.ts. */
function server(initial: V = empty) {
  const s = { values: { ...initial }, version: 0, online: true, calls: [] as Payload<V>[] };
  const send = async (_id: string, p: Payload<V>): Promise<SendOutcome<V>> => {
    s.calls.push(structuredClone(p));
    if (!s.online) return { kind: 'offline' };
    const conflicts = (Object.keys(p.changes) as (keyof V)[])
      .filter((f) => s.values[f] !== p.changes[f] && s.values[f] !== p.base[f])
      .map((f) => ({ field: f, theirs: s.values[f], yours: p.changes[f] }));
    if (conflicts.length) return { kind: 'ok', data: { status: 'conflict', version: s.version, values: { ...s.values }, updatedAt: null, updatedBy: 'Autre', conflicts } };
    s.values = { ...s.values, ...p.changes };
    s.version++;
    return { kind: 'ok', data: { status: 'saved', version: s.version, values: { ...s.values }, updatedAt: null, updatedBy: 'Moi', conflicts: [] } };
  };
  return { s, send };
}

let storage: MemoryStorage;
beforeEach(() => {
  vi.useFakeTimers();
  storage = new MemoryStorage();
});
afterEach(() => {
  vi.useRealTimers();
});

let saves = 0;
beforeEach(() => {
  saves = 0;
});
const make = (send: (id: string, p: Payload<V>) => Promise<SendOutcome<V>>) =>
  new AutosaveStore<V>({ storageKey: (id) => `k:${id}`, storage, send, debounceMs: 500, retryMs: [1000, 4000], newSaveId: () => `save-id-${++saves}` });

test('typing is saved after a pause, only the changed field, with the value it started from', async () => {
  const { s, send } = server();
  const store = make(send);
  store.add('q', { version: 0, values: empty, updatedAt: null, updatedBy: null });
  store.edit('q', 'gaps', 'Pas');
  store.edit('q', 'gaps', 'Pas de plan');
  expect(store.get('q')!.state).toBe('pending');
  expect(storage.getItem('k:q')).toContain('Pas de plan');
  await vi.advanceTimersByTimeAsync(600);
  expect(s.calls).toEqual([{ baseVersion: 0, base: { gaps: '' }, changes: { gaps: 'Pas de plan' }, saveId: 'save-id-1' }]);
  expect(store.get('q')!.state).toBe('saved');
  expect(store.get('q')!.confirmed.version).toBe(1);
  expect(storage.getItem('k:q')).toBeNull();
});

test('offline: the text stays on the device, is retried with backoff, and saved when the network returns', async () => {
  const { s, send } = server();
  const store = make(send);
  store.add('q', { version: 0, values: empty, updatedAt: null, updatedBy: null });
  s.online = false;
  store.edit('q', 'needs', 'Former les agents');
  await vi.advanceTimersByTimeAsync(600);
  expect(store.overall().state).toBe('offline');
  await vi.advanceTimersByTimeAsync(1000);
  expect(s.calls).toHaveLength(2);
  expect(JSON.parse(storage.getItem('k:q')!)).toMatchObject({ bases: { needs: '' }, local: { needs: 'Former les agents' } });
  s.online = true;
  await vi.advanceTimersByTimeAsync(4000);
  expect(s.values.needs).toBe('Former les agents');
  expect(store.overall().state).toBe('saved');
  expect(storage.getItem('k:q')).toBeNull();
});

test('a reload restores unsent text from the device and sends it with its original base', async () => {
  storage.setItem('k:q', JSON.stringify({ v: 1, bases: { gaps: '' }, local: { gaps: 'Texte non envoyé' }, at: 1 }));
  const { s, send } = server();
  const store = make(send);
  expect(store.add('q', { version: 0, values: empty, updatedAt: null, updatedBy: null })).toBe(true);
  expect(store.get('q')!.local.gaps).toBe('Texte non envoyé');
  await vi.advanceTimersByTimeAsync(10);
  expect(s.values.gaps).toBe('Texte non envoyé');
});

test('a restored draft that someone else overwrote meanwhile becomes a conflict, then the chosen text is saved', async () => {
  storage.setItem('k:q', JSON.stringify({ v: 1, bases: { gaps: 'Ancien' }, local: { gaps: 'Mon texte' }, at: 1 }));
  const { s, send } = server({ ...empty, gaps: 'Leur texte' });
  s.version = 3;
  const store = make(send);
  store.add('q', { version: 3, values: { ...empty, gaps: 'Leur texte' }, updatedAt: null, updatedBy: null });
  await vi.advanceTimersByTimeAsync(10);
  expect(store.get('q')!.conflicts.gaps).toEqual({ theirs: 'Leur texte', yours: 'Mon texte' });
  expect(store.overall()).toMatchObject({ state: 'conflict', conflicts: 1 });
  expect(s.values.gaps).toBe('Leur texte');
  store.resolve('q', 'gaps', 'Leur texte\nMon texte');
  await vi.advanceTimersByTimeAsync(10);
  expect(s.calls.at(-1)).toEqual({ baseVersion: 3, base: { gaps: 'Leur texte' }, changes: { gaps: 'Leur texte\nMon texte' }, saveId: expect.any(String) });
  expect(s.values.gaps).toBe('Leur texte\nMon texte');
  expect(store.overall().state).toBe('saved');
});

test('text typed while a save is on its way is sent next, based on the saved text', async () => {
  const { s, send } = server();
  let release!: () => void;
  const slow = async (id: string, p: Payload<V>) => {
    await new Promise<void>((r) => (release = r));
    return send(id, p);
  };
  const store = make(slow);
  store.add('q', { version: 0, values: empty, updatedAt: null, updatedBy: null });
  store.edit('q', 'gaps', 'Un');
  await vi.advanceTimersByTimeAsync(600);
  store.edit('q', 'gaps', 'Un deux');
  release();
  await vi.advanceTimersByTimeAsync(10);
  await vi.advanceTimersByTimeAsync(600);
  release();
  await vi.advanceTimersByTimeAsync(10);
  expect(s.calls.map((c) => [c.base.gaps, c.changes.gaps])).toEqual([['', 'Un'], ['Un', 'Un deux']]);
  expect(s.values.gaps).toBe('Un deux');
  expect(store.overall().state).toBe('saved');
});

test('a save whose reply was lost keeps its id for the retry, with the text typed since, also across a reload', async () => {
  const { s, send } = server();
  let lose = true;
  // The server writes the first try, but its reply never arrives.
  const lossy = async (id: string, p: Payload<V>) => {
    const out = await send(id, p);
    if (lose) {
      lose = false;
      return { kind: 'offline' } as const;
    }
    return out;
  };
  const store = make(lossy);
  store.add('q', { version: 0, values: empty, updatedAt: null, updatedBy: null });
  store.edit('q', 'gaps', 'Un');
  await vi.advanceTimersByTimeAsync(600);
  expect(store.get('q')!.state).toBe('offline');
  expect(JSON.parse(storage.getItem('k:q')!)).toMatchObject({ saveId: 'save-id-1' });
  store.edit('q', 'gaps', 'Un deux');
  // A reload before the retry: the draft brings its save id back.
  const reloaded = make(lossy);
  reloaded.add('q', { version: 0, values: empty, updatedAt: null, updatedBy: null });
  await vi.advanceTimersByTimeAsync(0);
  expect(s.calls.map((c) => [c.saveId, c.base.gaps, c.changes.gaps])).toEqual([
    ['save-id-1', '', 'Un'],
    ['save-id-1', '', 'Un deux'],
  ]);
  // The answer came: the next save is a new one.
  reloaded.edit('q', 'needs', 'Former');
  await vi.advanceTimersByTimeAsync(600);
  expect(s.calls.at(-1)!.saveId).toBe('save-id-2');
  store.dispose();
});
