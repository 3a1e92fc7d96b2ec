// The browser side of autosave, framework-free so that it is unit-tested without a
// browser: what the person typed is kept in `local` and in localStorage until the server
// has confirmed it; each save sends only the changed fields with the value each started
// from, so the server can merge or report a conflict; a lost connection is retried with
// backoff and never loses text. The React components only render this state.
import type { MessageKey } from '../result';

export type SaveResponse<V> = {
  status: 'saved' | 'conflict';
  version: number;
  values: V;
  updatedAt: string | null;
  updatedBy: string | null;
  conflicts: { field: string; theirs: unknown; yours: unknown }[];
};

export type SendOutcome<V> =
  | { kind: 'ok'; data: SaveResponse<V> }
  /** no answer, a timeout or a server error: try again later */
  | { kind: 'offline' }
  | { kind: 'signedOut' }
  /** the server refused the input (a message key): trying again would not help */
  | { kind: 'refused'; error: MessageKey };

/** `saveId` names one save for all its retries (lib/versioned-save/versioned-save.ts). */
export type Payload<V> = { baseVersion: number; base: Partial<V>; changes: Partial<V>; saveId: string };

export type ItemState = 'saved' | 'pending' | 'saving' | 'offline' | 'conflict' | 'signedOut' | 'error';

export type Conflict = { theirs: unknown; yours: unknown };

export type Item<V> = {
  id: string;
  confirmed: { version: number; values: V; updatedAt: string | null; updatedBy: string | null };
  local: V;
  /** for each field typed into and not yet confirmed: the server's value it was edited from */
  bases: Partial<V>;
  conflicts: Partial<Record<keyof V, Conflict>>;
  state: ItemState;
  error: MessageKey | null;
  /**
   * The id of the save sent and not yet answered: kept, with the text typed since, for
   * every retry, so the server recognises what an earlier try already wrote.
   */
  saveId: string | null;
};

type Storage = { getItem(k: string): string | null; setItem(k: string, v: string): void; removeItem(k: string): void };

export type StoreOptions<V> = {
  storageKey: (id: string) => string;
  storage: Storage | null;
  send: (id: string, payload: Payload<V>) => Promise<SendOutcome<V>>;
  debounceMs?: number;
  /** waits between retries while offline, the last one repeated */
  retryMs?: number[];
  /** a new save id (tests pass their own) */
  newSaveId?: () => string;
};

/** 16 random bytes in base64url: works outside secure contexts, unlike randomUUID. */
export function randomSaveId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const RANK: ItemState[] = ['conflict', 'signedOut', 'error', 'offline', 'saving', 'pending', 'saved'];

export class AutosaveStore<V extends Record<string, unknown>> {
  private items = new Map<string, Item<V>>();
  private timers = new Map<string, ReturnType<typeof setTimeout>>();
  private inFlight = new Set<string>();
  private again = new Set<string>();
  private failures = new Map<string, number>();
  private listeners = new Set<() => void>();
  /** grows at every change: the snapshot React compares */
  revision = 0;

  constructor(private readonly o: StoreOptions<V>) {}

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getRevision = () => this.revision;

  private emit() {
    this.revision++;
    for (const l of this.listeners) l();
  }

  /** Registers an answer as the server sent it (no storage read: safe while rendering on the server). */
  register(id: string, confirmed: Item<V>['confirmed']) {
    if (this.items.has(id)) return;
    this.items.set(id, { id, confirmed, local: { ...confirmed.values }, bases: {}, conflicts: {}, state: 'saved', error: null, saveId: null });
  }

  /** How many answers had unsent text on this device when the page opened. */
  restored = 0;

  /** Puts back the text this device had not sent yet (in the browser, once mounted), and sends it. */
  restoreAll() {
    let n = 0;
    for (const id of this.items.keys()) if (this.restore(id)) n++;
    this.restored = n;
    this.emit();
    return n;
  }

  /** register + restore, for one answer; returns true when unsent text was restored. */
  add(id: string, confirmed: Item<V>['confirmed']): boolean {
    this.register(id, confirmed);
    return this.restore(id);
  }

  private restore(id: string): boolean {
    const item = this.items.get(id)!;
    const confirmed = item.confirmed;
    const draft = this.readDraft(id);
    let restored = false;
    if (draft) {
      for (const f of Object.keys(draft.bases) as (keyof V)[]) {
        if (!(f in confirmed.values) || !(f in draft.local)) continue;
        if (draft.local[f] === confirmed.values[f]) continue;
        item.bases[f] = draft.bases[f];
        item.local = { ...item.local, [f]: draft.local[f] };
        restored = true;
      }
      // The page was left while a save had no answer: its retry keeps its id.
      if (restored && draft.saveId) item.saveId = draft.saveId;
      if (!restored) this.o.storage?.removeItem(this.o.storageKey(id));
    }
    if (restored) {
      item.state = 'pending';
      this.schedule(id, 0);
    }
    return restored;
  }

  get(id: string): Item<V> | undefined {
    return this.items.get(id);
  }

  all(): Item<V>[] {
    return [...this.items.values()];
  }

  /** The state to announce for the whole page: the most pressing of the items'. */
  overall(): { state: ItemState; conflicts: number; error: MessageKey | null } {
    let state: ItemState = 'saved';
    let conflicts = 0;
    let error: MessageKey | null = null;
    for (const item of this.items.values()) {
      if (RANK.indexOf(item.state) < RANK.indexOf(state)) state = item.state;
      conflicts += Object.keys(item.conflicts).length;
      error ??= item.error;
    }
    return { state, conflicts, error };
  }

  edit<K extends keyof V>(id: string, field: K, value: V[K]) {
    const item = this.items.get(id);
    if (!item) return;
    if (!(field in item.bases)) item.bases[field] = item.confirmed.values[field];
    item.local = { ...item.local, [field]: value };
    if (value === item.confirmed.values[field] && !item.conflicts[field]) delete item.bases[field];
    item.error = null;
    this.persist(item);
    item.state = this.dirty(item).length ? 'pending' : this.idleState(item);
    this.emit();
    this.schedule(id, this.o.debounceMs ?? 800);
  }

  /** After a conflict: the text the person chose to keep (theirs, theirs merged with theirs, or anything). */
  resolve<K extends keyof V>(id: string, field: K, value: V[K]) {
    const item = this.items.get(id);
    if (!item) return;
    delete item.conflicts[field];
    item.bases[field] = item.confirmed.values[field];
    item.local = { ...item.local, [field]: value };
    if (value === item.confirmed.values[field]) delete item.bases[field];
    this.persist(item);
    item.state = this.dirty(item).length ? 'pending' : this.idleState(item);
    this.emit();
    this.schedule(id, 0);
  }

  /** Sends everything that waits now (the network came back, the page is being left). */
  flushAll() {
    for (const item of this.items.values()) if (this.dirty(item).length) this.schedule(item.id, 0);
  }

  /** Stops the timers (the page is leaving); what waits stays in storage for next time. */
  dispose() {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }

  private idleState(item: Item<V>): ItemState {
    return Object.keys(item.conflicts).length ? 'conflict' : 'saved';
  }

  /** Fields typed into, not yet confirmed, and not waiting for a decision on a conflict. */
  private dirty(item: Item<V>): (keyof V)[] {
    return (Object.keys(item.bases) as (keyof V)[]).filter((f) => !item.conflicts[f] && item.local[f] !== item.confirmed.values[f]);
  }

  private schedule(id: string, ms: number) {
    const t = this.timers.get(id);
    if (t) clearTimeout(t);
    this.timers.set(id, setTimeout(() => {
      this.timers.delete(id);
      void this.save(id);
    }, ms));
  }

  private async save(id: string) {
    const item = this.items.get(id);
    if (!item) return;
    if (this.inFlight.has(id)) {
      this.again.add(id);
      return;
    }
    const fields = this.dirty(item);
    if (fields.length === 0) {
      if (Object.keys(item.bases).length === 0) this.o.storage?.removeItem(this.o.storageKey(id));
      item.state = this.idleState(item);
      this.emit();
      return;
    }
    const sent = Object.fromEntries(fields.map((f) => [f, item.local[f]])) as Partial<V>;
    item.saveId ??= (this.o.newSaveId ?? randomSaveId)();
    this.persist(item);
    const payload: Payload<V> = {
      baseVersion: item.confirmed.version,
      base: Object.fromEntries(fields.map((f) => [f, item.bases[f]])) as Partial<V>,
      changes: sent,
      saveId: item.saveId,
    };
    this.inFlight.add(id);
    item.state = 'saving';
    this.emit();
    let outcome: SendOutcome<V>;
    try {
      outcome = await this.o.send(id, payload);
    } catch {
      outcome = { kind: 'offline' };
    }
    this.inFlight.delete(id);
    this.apply(item, sent, outcome);
    this.emit();
    if (this.again.delete(id) || (outcome.kind === 'ok' && this.dirty(item).length)) this.schedule(id, 0);
  }

  private apply(item: Item<V>, sent: Partial<V>, outcome: SendOutcome<V>) {
    if (outcome.kind === 'offline' || outcome.kind === 'signedOut') {
      const n = (this.failures.get(item.id) ?? 0) + 1;
      this.failures.set(item.id, n);
      const waits = this.o.retryMs ?? [1000, 2000, 5000, 10_000, 20_000, 30_000];
      item.state = outcome.kind === 'offline' ? 'offline' : 'signedOut';
      this.schedule(item.id, waits[Math.min(n - 1, waits.length - 1)]);
      return;
    }
    this.failures.delete(item.id);
    // An answer came back: the next save is a new one.
    item.saveId = null;
    if (outcome.kind === 'refused') {
      item.state = 'error';
      item.error = outcome.error;
      return;
    }
    const data = outcome.data;
    item.confirmed = { version: data.version, values: data.values, updatedAt: data.updatedAt, updatedBy: data.updatedBy };
    item.error = null;
    if (data.status === 'saved') {
      for (const f of Object.keys(sent) as (keyof V)[]) {
        // What was typed while the save was on its way stays to be sent, from the saved text.
        if (item.local[f] === data.values[f]) delete item.bases[f];
        else item.bases[f] = data.values[f];
      }
    } else {
      for (const c of data.conflicts) {
        const f = c.field as keyof V;
        item.conflicts[f] = { theirs: c.theirs, yours: item.local[f] };
      }
    }
    // Someone else's save of a field we had not touched shows at once.
    for (const f of Object.keys(data.values) as (keyof V)[]) if (!(f in item.bases)) item.local[f] = data.values[f];
    this.persist(item);
    item.state = this.dirty(item).length ? 'pending' : this.idleState(item);
  }

  private persist(item: Item<V>) {
    const key = this.o.storageKey(item.id);
    const fields = Object.keys(item.bases) as (keyof V)[];
    try {
      if (fields.length === 0) this.o.storage?.removeItem(key);
      else {
        const local = Object.fromEntries(fields.map((f) => [f, item.local[f]]));
        this.o.storage?.setItem(key, JSON.stringify({ v: 1, bases: item.bases, local, saveId: item.saveId, at: Date.now() }));
      }
    } catch {
      // A full or disabled storage: the text stays in the page and is still sent.
    }
  }

  private readDraft(id: string): { bases: Partial<V>; local: Partial<V>; saveId: string | null } | null {
    try {
      const raw = this.o.storage?.getItem(this.o.storageKey(id));
      if (!raw) return null;
      const d = JSON.parse(raw) as { v?: number; bases?: Partial<V>; local?: Partial<V>; saveId?: unknown };
      const saveId = typeof d?.saveId === 'string' && /^[A-Za-z0-9_-]{8,64}$/.test(d.saveId) ? d.saveId : null;
      return d?.v === 1 && d.bases && d.local ? { bases: d.bases, local: d.local, saveId } : null;
    } catch {
      return null;
    }
  }
}
