import type { Db, Prisma } from '../db/client';
import { parseIp } from '../http/client-address';

export type AuditInput = {
  actorId: string | null;
  countryId: string | null;
  action: string;
  targetType: string;
  targetId?: string | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
  userAgent?: string | null;
};

/** Values as JSON; secrets never enter the trail. */
function clean(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(
    JSON.stringify(value, (k, v) => (/password|secret|token|hash/i.test(k) ? '[redacted]' : typeof v === 'bigint' ? v.toString() : v)),
  );
}

/** Appends one event and answers its id. Call it in the same transaction as the change it records. */
export async function recordEvent(db: Db, e: AuditInput): Promise<string> {
  const { id } = await db.auditEvent.create({
    select: { id: true },
    data: {
      actorId: e.actorId,
      countryId: e.countryId,
      action: e.action,
      targetType: e.targetType,
      targetId: e.targetId ?? null,
      before: clean(e.before),
      after: clean(e.after),
      // Only a parsed address is stored: whatever else a header said never reaches the trail.
      ip: parseIp(e.ip),
      userAgent: e.userAgent?.slice(0, 300) ?? null,
    },
  });
  return id;
}
