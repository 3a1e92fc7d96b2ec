import type { Prisma } from '../db/client';
import type { Values, VersionedForm, WrittenSave } from './versioned-save';
import { writtenBySave } from './versioned-save';

type Tx = Prisma.TransactionClient;

/** null stays null in JSON (a level cleared); Prisma wants plain JSON values. */
export function jsonValues(v: object) {
  return JSON.parse(JSON.stringify(v)) as Prisma.InputJsonObject;
}

/**
 * `record` and `findSave` for a form without a revision table of its own: every save is a
 * FormRevision row (append-only, in the country `countryId`), which also remembers its save id.
 * A form adds its audit event around `record` (lib/assessment/save-finding.ts).
 */
export function formRevisions<V extends Values>(form: string, countryId: string): Pick<VersionedForm<unknown, V>, 'record' | 'findSave'> {
  return {
    async record(tx: Tx, w: WrittenSave<V>) {
      await tx.formRevision.create({
        data: {
          form, recordId: w.id, countryId, version: w.version, actorId: w.actorId, saveId: w.saveId,
          before: jsonValues(w.before), after: jsonValues(w.after), at: w.at,
        },
      });
    },
    async findSave(tx: Tx, recordId: string, saveId: string, actorId: string) {
      const rows = await tx.formRevision.findMany({ where: { form, recordId, saveId, actorId }, orderBy: { version: 'asc' }, select: { after: true } });
      return rows.length ? writtenBySave(rows.map((r) => r.after as Partial<V>)) : null;
    },
  };
}
