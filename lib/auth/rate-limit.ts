import type { Db } from '../db/client';

/**
 * A fixed-window counter in the database (shared by every app instance): true while `key`
 * has been hit fewer than `max` times in the current window.
 */
export async function hit(db: Db, key: string, max: number, windowMs: number, now = Date.now()): Promise<boolean> {
  const row = await db.rateLimit.findUnique({ where: { key } });
  if (!row || now - Number(row.lastRequest) > windowMs) {
    await db.rateLimit.upsert({
      where: { key },
      create: { key, count: 1, lastRequest: BigInt(now) },
      update: { count: 1, lastRequest: BigInt(now) },
    });
    return true;
  }
  if (row.count >= max) return false;
  await db.rateLimit.update({ where: { key }, data: { count: { increment: 1 } } });
  return true;
}
