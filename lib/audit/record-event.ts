import type { Db, Prisma } from '../db/client';

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
      ip: e.ip?.slice(0, 64) ?? null,
      userAgent: e.userAgent?.slice(0, 300) ?? null,
    },
  });
  return id;
}

/** Who acts and from where: known once per request, bound by runAction (docs/decisions/007). */
export type Actor = { actorId: string | null; ip?: string | null; userAgent?: string | null };

/**
 * What an event is about. The country defaults to the action's scope; `actorId` is only for
 * the public actions, whose actor is found by the action itself (the person signing in).
 */
export type AuditRecord = { type: string; id?: string | null; countryId?: string | null; actorId?: string | null };

/**
 * Records one event as the bound actor, in the transaction `db` that makes the change
 * (named explicitly, so that no event is ever written outside its change's transaction).
 * Answers the event's id.
 */
export type Audit = (db: Db, action: string, record: AuditRecord, before?: unknown, after?: unknown) => Promise<string>;

/** An `Audit` for `actor`, with the events' country defaulting to `countryId`. */
export function auditAs(actor: Actor, countryId: string | null = null): Audit {
  return (db, action, record, before, after) =>
    recordEvent(db, {
      actorId: record.actorId !== undefined ? record.actorId : actor.actorId,
      countryId: record.countryId !== undefined ? record.countryId : countryId,
      action, targetType: record.type, targetId: record.id ?? null, before, after,
      ip: actor.ip ?? null, userAgent: actor.userAgent ?? null,
    });
}

/** For scripts and the seed: events with no actor, address or agent. */
export const systemAudit: Audit = auditAs({ actorId: null });
