import { z } from 'zod';
import { toIsoDate } from '../validation/date';
import { csvDocument } from '../export/spreadsheet';
import type { Db } from '../db/client';
import { isAdmin, type Principal } from '../auth/can';
import { can } from '../auth/can';

export const auditFilterSchema = z.object({
  action: z.string().trim().max(100).regex(/^[a-zA-Z.]*$/).optional().catch(undefined),
  since: z.preprocess(toIsoDate, z.iso.date()).optional().catch(undefined),
  until: z.preprocess(toIsoDate, z.iso.date()).optional().catch(undefined),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

/** One autosave behind a `response.save` event (docs/decisions/006): when, which version, which fields. */
export type AuditSave = { at: string; version: number; fields: string[] };

export type AuditRow = {
  id: string; at: string; actor: string | null; action: string; targetType: string; targetId: string | null;
  ip: string | null; before: unknown; after: unknown;
  /** For a `response.save` event: every save of its window, in order (the opening one first). */
  saves: AuditSave[];
};

/** The countries whose trail a user reads: all for admins, their own for coordinators. */
export function auditCountries(user: Principal): string[] | null {
  if (isAdmin(user)) return null;
  return [...new Set(user.memberships.map((m) => m.countryId).filter((c): c is string => !!c && can(user, 'audit.view', { countryId: c })))];
}

/**
 * The trail as `user` reads it. `db` is the user's country-scoped client (lib/auth/user-db.ts),
 * which already hides every other country; within it, only the countries where the user may
 * read the audit (coordinators, not observers) are listed.
 */
export async function listAuditEvents(db: Db, user: Principal, filter: AuditFilter, limit = 500): Promise<AuditRow[]> {
  const countries = auditCountries(user);
  const rows = await db.auditEvent.findMany({
    where: {
      ...(countries === null ? {} : { countryId: { in: countries } }),
      ...(filter.action ? { action: { startsWith: filter.action } } : {}),
      at: {
        ...(filter.since ? { gte: new Date(`${filter.since}T00:00:00Z`) } : {}),
        ...(filter.until ? { lt: new Date(new Date(`${filter.until}T00:00:00Z`).getTime() + 86_400_000) } : {}),
      },
    },
    orderBy: { at: 'desc' },
    take: limit,
    include: { actor: { select: { name: true, email: true } } },
  });
  const saves = await savesOf(db, rows.filter((r) => r.action === 'response.save').map((r) => r.id));
  return rows.map((r) => ({
    id: r.id, at: r.at.toISOString(), actor: r.actor ? `${r.actor.name} <${r.actor.email}>` : null, action: r.action,
    targetType: r.targetType, targetId: r.targetId, ip: r.ip, before: r.before, after: r.after,
    saves: saves.get(r.id) ?? [],
  }));
}

/** The revisions each event covers, read in chunks (an export may list thousands of events). */
async function savesOf(db: Db, eventIds: string[]): Promise<Map<string, AuditSave[]>> {
  const out = new Map<string, AuditSave[]>();
  for (let i = 0; i < eventIds.length; i += 500) {
    const revisions = await db.responseRevision.findMany({
      where: { auditEventId: { in: eventIds.slice(i, i + 500) } },
      orderBy: [{ version: 'asc' }],
      select: { auditEventId: true, version: true, at: true, after: true },
    });
    for (const r of revisions) {
      const list = out.get(r.auditEventId) ?? [];
      list.push({ at: r.at.toISOString(), version: r.version, fields: Object.keys((r.after ?? {}) as object) });
      out.set(r.auditEventId, list);
    }
  }
  return out;
}

/**
 * The trail as CSV: the ids and raw JSON, and, when `readable` is given (describe-events.ts),
 * the action, the record and the changes in words, before the count of saves.
 */
export function auditCsv(rows: AuditRow[], header: string[], readable?: Map<string, { action: string; record: string; changes: { field: string; before: string; after: string }[] }>): string {
  const words = (r: AuditRow) => {
    const d = readable?.get(r.id);
    return d ? [d.action, d.record, d.changes.map((c) => `${c.field}: ${c.before} → ${c.after}`).join('; ')] : [];
  };
  const lines = [header, ...rows.map((r) => [r.at, r.actor, r.action, r.targetType, r.targetId, r.ip, r.before, r.after, ...words(r), r.saves.length || ''])];
  return csvDocument(lines);
}
