// One engine for the forms that save field by field while people type (answers, findings,
// progress updates and translations): read the record, compare the version,
// merge three-way (lib/versioned-save/merge.ts), write only if the version is still the one
// read, record the revision, or answer a typed conflict with both texts. docs/decisions/003
// (the merge), 006 (revisions) and 007 (this engine and the client save id).
//
// ## Using it for a new form
//
// 1. The values: a zod object of the form's fields (text kept exactly as typed), and
//    `changeSet(values)` (lib/versioned-save/schemas.ts) in the action's input beside the
//    record's key. The client sends `{ baseVersion, base, changes, saveId }`.
// 2. An adapter, `VersionedForm<Key, Values>`:
//      read(tx, key)           -> { row } (null before the first save) or { refused: 'message.key' }
//                                 row = { id, version, values, updatedAt, updatedById, updatedBy? }
//      create(tx, key, data)   -> { id, updatedAt }: the first save, version 1
//      update(tx, id, version, data) -> true when the row still had `version` (an updateMany
//                                 on { id, version } setting version + 1); false lost a race
//      record(tx, w)           -> the revision and the audit event of one written save
//      findSave(tx, id, saveId, actorId) -> what earlier tries of this save id wrote
//      authorName?(tx, row)    -> the name shown beside the stored text (default row.updatedBy)
//    `data` is `{ changes, actorId }`; map the changed fields to columns in create/update.
//    For `record` and `findSave`, a form without its own revision table spreads
//    `formRevisions('ProgressUpdate', countryId)` (lib/versioned-save/form-revisions.ts) and
//    adds its audit event: see lib/assessment/save-finding.ts, about 40 lines in all.
// 3. In the action's `run`: `return versionedSave(ctx, adapter, key, input, EMPTY)`, EMPTY
//    being the values of a record never saved. The action's input schema is
//    `z.intersection(z.object({ ...key }), changeSet(values))`; its route answers 409 on a
//    conflict (app/api/assessments/[assessmentId]/findings/route.ts).
// 4. Its migration: the form's table needs `version Int @default(0)` and `updatedById`;
//    FormRevision already exists (add the model to COUNTRY_PATH in lib/auth/scoped-db.ts
//    only if it is new to the scoped client).
// 5. On the page, `useAutosave` (components/assessment/use-autosave.ts) with the form's
//    route: the store sends the save id and keeps it for the retries.
//
// ## The client save id
//
// Each save carries `saveId`, chosen by the browser (lib/assessment/autosave-store.ts) and
// kept for every retry until a reply arrives. When a try was written but its reply lost,
// the retry's `base` is the text from before that try, so the stored text (the try itself)
// would look like someone else's change. The engine asks `findSave` what this save id
// already wrote, by this same user, and merges the retry against that: the newer text
// typed meanwhile goes on top, and nobody is shown a conflict with their own earlier text.
// A field someone else changed after the lost try is still a conflict, with their text.
import type { Db, Prisma } from '../db/client';
import { inTransaction } from '../db/client';
import { prismaErrorKey } from '../db/prisma-errors';
import { fail, ok, type MessageKey, type Result } from '../result';
import { mergeFields, type FieldConflict } from './merge';

type Tx = Prisma.TransactionClient;
export type Values = Record<string, unknown>;

/** A save as the client sends it (see changeSet in ./schemas.ts). */
export type SaveInput<V extends Values> = { baseVersion: number; base: Partial<V>; changes: Partial<V>; saveId?: string };

/** The stored record as the engine needs it. */
export type StoredRow<V extends Values> = {
  id: string;
  version: number;
  values: V;
  updatedAt: Date;
  updatedById: string | null;
  /** the author's name, when the read brings it (else `authorName` is asked) */
  updatedBy?: string | null;
};

/** One written save, for the revision and the audit trail. */
export type WrittenSave<V extends Values> = {
  id: string;
  version: number;
  actorId: string;
  /** who wrote the record before this save (null for the first save) */
  previousActorId: string | null;
  /** the changed fields, as they were and as they are now */
  before: Partial<V>;
  after: Partial<V>;
  saveId: string | null;
  at: Date;
};

export type VersionedForm<K, V extends Values> = {
  read(tx: Tx, key: K): Promise<{ refused: MessageKey } | { row: StoredRow<V> | null }>;
  create(tx: Tx, key: K, data: { changes: Partial<V>; actorId: string }): Promise<{ id: string; updatedAt: Date }>;
  update(tx: Tx, id: string, version: number, data: { changes: Partial<V>; actorId: string }): Promise<boolean>;
  record(tx: Tx, w: WrittenSave<V>): Promise<void>;
  findSave(tx: Tx, id: string, saveId: string, actorId: string): Promise<Partial<V> | null>;
  authorName?(tx: Tx, row: StoredRow<V>): Promise<string | null>;
};

/** What a save answers: the stored record after it, or (nothing written) the conflict with both texts. */
export type VersionedSaved<V extends Values> = {
  status: 'saved' | 'conflict';
  version: number;
  values: V;
  updatedAt: string | null;
  updatedBy: string | null;
  conflicts: FieldConflict<V>[];
};

/** Another save landed between our read and our write: read again and merge again. */
class Raced extends Error {}

const ATTEMPTS = 5;

/** Folds the saves of one save id, oldest first: what each field was last written as. */
export function writtenBySave<V extends Values>(afters: Partial<V>[]): Partial<V> {
  return Object.assign({}, ...afters) as Partial<V>;
}

export async function versionedSave<K, V extends Values>(
  ctx: { db: Db; user: { id: string; name: string } },
  form: VersionedForm<K, V>,
  key: K,
  input: SaveInput<V>,
  empty: V,
): Promise<Result<VersionedSaved<V>>> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await inTransaction(ctx.db, (tx) => saveOnce(tx, ctx.user, form, key, input, empty));
    } catch (error) {
      // Two first saves of the same record race on its unique key; the loser merges again.
      const raced = error instanceof Raced || prismaErrorKey(error) === 'form.duplicate';
      if (!raced || attempt >= ATTEMPTS - 1) throw error;
    }
  }
}

async function saveOnce<K, V extends Values>(
  tx: Tx, user: { id: string; name: string }, form: VersionedForm<K, V>, key: K, input: SaveInput<V>, empty: V,
): Promise<Result<VersionedSaved<V>>> {
  const read = await form.read(tx, key);
  if ('refused' in read) return fail(read.refused);
  const row = read.row;
  const current = row?.values ?? { ...empty };
  const version = row?.version ?? 0;
  if (input.baseVersion > version) return fail('questionnaire.unknownVersion');
  const stored = async (status: VersionedSaved<V>['status'], conflicts: FieldConflict<V>[] = []) =>
    ok<VersionedSaved<V>>({
      status, version, values: current, conflicts, updatedAt: row?.updatedAt.toISOString() ?? null,
      updatedBy: row ? (row.updatedBy !== undefined ? row.updatedBy : ((await form.authorName?.(tx, row)) ?? null)) : null,
    });

  const merged = mergeFields(current, { base: await baseOf(tx, form, row, input, user.id), changes: input.changes });
  if (merged.kind === 'conflict') return stored('conflict', merged.conflicts);
  if (merged.changed.length === 0) return stored('saved');

  const changes = Object.fromEntries(merged.changed.map((f) => [f, merged.values[f]])) as Partial<V>;
  const data = { changes, actorId: user.id };
  let saved: { id: string; version: number; updatedAt: Date };
  if (!row) {
    saved = { ...(await form.create(tx, key, data)), version: 1 };
  } else {
    if (!(await form.update(tx, row.id, version, data))) throw new Raced();
    saved = { id: row.id, version: version + 1, updatedAt: new Date() };
  }
  await form.record(tx, {
    id: saved.id, version: saved.version, actorId: user.id, previousActorId: row?.updatedById ?? null,
    before: Object.fromEntries(merged.changed.map((f) => [f, current[f]])) as Partial<V>, after: changes,
    saveId: input.saveId ?? null, at: saved.updatedAt,
  });
  return ok<VersionedSaved<V>>({ status: 'saved', version: saved.version, values: merged.values, updatedAt: saved.updatedAt.toISOString(), updatedBy: user.name, conflicts: [] });
}

/**
 * The values the save started from. A retry of a save id that was already written starts,
 * for the fields that try wrote, from what it wrote (see the module header).
 */
async function baseOf<K, V extends Values>(tx: Tx, form: VersionedForm<K, V>, row: StoredRow<V> | null, input: SaveInput<V>, actorId: string): Promise<Partial<V>> {
  if (!row || !input.saveId) return input.base;
  const written = await form.findSave(tx, row.id, input.saveId, actorId);
  if (!written) return input.base;
  const base = { ...input.base };
  for (const f of Object.keys(input.changes) as (keyof V)[]) if (f in written) base[f] = written[f];
  return base;
}
