// The country's emblem, printed on the cover of its roadmaps: the coordinator of that country
// (or an administrator) sets it from a PNG or SVG file, redrawn as a bounded PNG before it is
// stored (emblem-image.ts), or removes it. Both are audited. The PDF cache key holds the
// emblem's SHA-256 (lib/pdf/serve.ts), so that a new emblem gives new PDFs.
import { defineAction } from '../actions/define-action';
import type { Scope } from '../auth/can';
import { inTransaction, type Db } from '../db/client';
import { fail, ok, type Result } from '../result';
import { redrawEmblem } from './emblem-image';
import { infoOf, infoSelect, type EmblemInfo } from './emblem-read';
import { removeEmblemSchema, setEmblemSchema } from './schemas';

async function countryScope(db: Db, countryId: string): Promise<Scope | null> {
  const c = await db.country.findUnique({ where: { id: countryId }, select: { id: true } });
  return c ? { countryId: c.id } : null;
}

/**
 * Sets the emblem from a file in base64. A refused file (wrong type, too large, unsafe SVG,
 * corrupt) changes nothing and says why. The same picture sent again changes nothing either.
 */
export const setEmblem = defineAction({
  name: 'country.emblem.set',
  input: setEmblemSchema,
  policy: 'country.emblem',
  scope: (db, input) => countryScope(db, input.countryId),
  run: async (ctx, input): Promise<Result<EmblemInfo>> => {
    const bytes = Buffer.from(input.content, 'base64');
    // Drawn before the transaction: the database waits for no image library.
    const drawn = await redrawEmblem(bytes);
    if (!drawn.ok) return fail(drawn.error);
    const e = drawn.emblem;
    return inTransaction(ctx.db, async (tx) => {
      const before = await tx.countryEmblem.findUnique({ where: { countryId: input.countryId }, select: infoSelect });
      if (before?.sha256 === e.sha256) return ok(infoOf(before));
      const data = { png: new Uint8Array(e.png), width: e.width, height: e.height, sourceType: e.sourceType, sha256: e.sha256 };
      const saved = await tx.countryEmblem.upsert({
        where: { countryId: input.countryId },
        create: { countryId: input.countryId, ...data },
        update: data,
        select: infoSelect,
      });
      const facts = (x: typeof saved) => ({ sourceType: x.sourceType, width: x.width, height: x.height, sha256: x.sha256 });
      await ctx.audit(tx, 'country.emblem.set', { type: 'Country', id: input.countryId }, before ? facts(before) : undefined, {
        ...facts(saved), filename: input.filename || undefined, size: bytes.byteLength,
      });
      return ok(infoOf(saved));
    });
  },
});

/** Removes the emblem: the cover then has none, and no empty box where it stood. */
export const removeEmblem = defineAction({
  name: 'country.emblem.remove',
  input: removeEmblemSchema,
  policy: 'country.emblem',
  scope: (db, input) => countryScope(db, input.countryId),
  run: async (ctx, input): Promise<Result<{ removed: boolean }>> => inTransaction(ctx.db, async (tx) => {
    const before = await tx.countryEmblem.findUnique({ where: { countryId: input.countryId }, select: infoSelect });
    if (!before) return ok({ removed: false });
    await tx.countryEmblem.delete({ where: { countryId: input.countryId } });
    await ctx.audit(tx, 'country.emblem.remove', { type: 'Country', id: input.countryId }, {
      sourceType: before.sourceType, width: before.width, height: before.height, sha256: before.sha256,
    }, undefined);
    return ok({ removed: true });
  }),
});
