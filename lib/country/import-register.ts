import { defineAction } from '../actions/define-action';
import { inTransaction, type Db } from '../db/client';
import { ok, type MessageKey, type Result } from '../result';
import { checkParents, readRegisterFile, type RegisterProblem, type RegisterRow } from './register-file';
import { importRegisterSchema } from './schemas';

export type RegisterChange = 'create' | 'update' | 'unchanged';
export type RegisterPreviewRow = Omit<RegisterRow, 'line'> & { line: number; change: RegisterChange };
export type RegisterImport = {
  applied: boolean;
  rows: RegisterPreviewRow[];
  counts: Record<RegisterChange, number>;
};
/** A refused file: every problem, by line and column, for the page to list; nothing was written. */
export type RegisterImportFailure = { ok: false; error: MessageKey; problems: RegisterProblem[] };

export function registerProblemsOf(r: Result<unknown>): RegisterProblem[] {
  return !r.ok && 'problems' in r && Array.isArray(r.problems) ? (r.problems as RegisterProblem[]) : [];
}

type Existing = { id: string; code: string; acronym: string | null; nameFr: string; nameEn: string; articleFr: string | null; kind: string; active: boolean; parentCode: string | null };

async function existingEntities(db: Db, countryId: string): Promise<Existing[]> {
  const rows = await db.entity.findMany({
    where: { countryId },
    select: { id: true, code: true, acronym: true, nameFr: true, nameEn: true, articleFr: true, kind: true, active: true, parent: { select: { code: true } } },
  });
  return rows.map(({ parent, ...e }) => ({ ...e, parentCode: parent?.code ?? null }));
}

function changeOf(row: RegisterRow, e: Existing | undefined): RegisterChange {
  if (!e) return 'create';
  const same = e.active && e.acronym === row.acronym && e.nameFr === row.nameFr && e.nameEn === row.nameEn && e.articleFr === row.articleFr && e.kind === row.kind && e.parentCode === row.parentCode;
  return same ? 'unchanged' : 'update';
}

/**
 * An administrator imports a country's register of entities from a CSV or Excel file. The
 * first call shows what would change (new, changed and unchanged rows) and every problem;
 * the second, with `confirm`, writes it in one transaction, after checking it all again
 * against the register as it is then. A file with any problem writes nothing. Rows are
 * matched by their code; entities the file does not name are left as they are.
 */
export const importRegister = defineAction({
  name: 'country.register.import',
  input: importRegisterSchema,
  policy: 'country.manage',
  scope: async (db, input) => {
    const c = await db.country.findUnique({ where: { id: input.countryId }, select: { id: true } });
    return c ? { countryId: c.id } : null;
  },
  run: async (ctx, input): Promise<Result<RegisterImport>> => {
    const read = await readRegisterFile(input.filename, Buffer.from(input.content, 'base64'));
    const refuse = (problems: RegisterProblem[]): RegisterImportFailure => ({ ok: false, error: 'country.import.invalid', problems: problems.sort((a, b) => a.line - b.line) });
    if (!read.ok) return refuse(read.problems);
    return inTransaction(ctx.db, async (tx) => {
      const existing = await existingEntities(tx, input.countryId);
      const problems = [...read.problems, ...checkParents(read.rows, existing)];
      if (problems.length) return refuse(problems);
      const byCode = new Map(existing.map((e) => [e.code, e]));
      const rows = read.rows.map((r) => ({ ...r, change: changeOf(r, byCode.get(r.code)) }));
      const counts = { create: 0, update: 0, unchanged: 0 };
      for (const r of rows) counts[r.change]++;
      if (!input.confirm) return ok({ applied: false, rows, counts });

      const ids = new Map(existing.map((e) => [e.code, e.id]));
      for (const r of rows) {
        if (r.change === 'unchanged') continue;
        const data = { acronym: r.acronym, nameFr: r.nameFr, nameEn: r.nameEn, articleFr: r.articleFr, kind: r.kind, active: true };
        const e = byCode.get(r.code);
        if (e) await tx.entity.update({ where: { id: e.id }, data });
        else ids.set(r.code, (await tx.entity.create({ data: { ...data, countryId: input.countryId, code: r.code }, select: { id: true } })).id);
      }
      // Parents once every row exists: a row may name one further down the file.
      for (const r of rows) {
        if (r.change === 'unchanged') continue;
        await tx.entity.update({ where: { id: ids.get(r.code)! }, data: { parentId: r.parentCode ? ids.get(r.parentCode)! : null } });
      }
      await ctx.audit(tx, 'country.register.import', { type: 'Country', id: input.countryId }, undefined, {
        filename: input.filename,
        created: rows.filter((r) => r.change === 'create').map((r) => r.code),
        updated: rows.filter((r) => r.change === 'update').map((r) => r.code),
        unchangedCount: counts.unchanged,
      });
      return ok({ applied: true, rows, counts });
    }, { timeout: 60_000 });
  },
});
