import type { Audit } from '../audit/record-event';
import type { Db } from '../db/client';
import { jsonValues } from '../versioned-save/form-revisions';
import type { AnswerValues } from './schemas';

/**
 * Autosave runs every few seconds while someone types: one audit event per save buried the
 * trail under keystroke-level noise. A save joins the audit event of the previous save of
 * the same answer when that save was by the same person, the event is less than this old,
 * and the save changes no decision field (docs/decisions/006).
 */
export const AUDIT_WINDOW_MS = 15 * 60 * 1000;

/** The level and the priority are decisions, not prose: each change of them gets its own event. */
const DECISIONS: readonly (keyof AnswerValues)[] = ['level', 'priority'];

export type SaveRecord = {
  responseId: string;
  version: number;
  countryId: string;
  actorId: string;
  /** Who wrote the answer before this save (Response.updatedById as it was read). */
  previousActorId: string | null;
  before: Partial<AnswerValues>;
  after: Partial<AnswerValues>;
  /** the browser's id of the save (lib/versioned-save/versioned-save.ts) */
  saveId?: string | null;
  /** records the window's event as the saving user (the action's `ctx.audit`) */
  audit: Audit;
};

/**
 * Records one save, in the transaction that wrote it: always a revision (append-only, the
 * answer's complete history: every save, its fields before and after), and an audit event
 * when the save opens a new window. The revision names the event that covers it, so the
 * trail leads to every save it summarizes.
 */
export async function recordSave(tx: Db, s: SaveRecord, now = new Date()): Promise<{ auditEventId: string; opened: boolean }> {
  // A save by the answer's previous author joins the window of the answer's latest save
  // event: one indexed read (the author comes with the answer the save already read).
  let auditEventId: string | null = null;
  const decides = Object.keys(s.after).some((f) => DECISIONS.includes(f as keyof AnswerValues));
  if (s.previousActorId === s.actorId && !decides) {
    const event = await tx.auditEvent.findFirst({
      where: { targetType: 'Response', targetId: s.responseId, action: 'response.save' },
      orderBy: { at: 'desc' },
      select: { id: true, at: true },
    });
    if (event && now.getTime() - event.at.getTime() < AUDIT_WINDOW_MS) auditEventId = event.id;
  }
  const opened = auditEventId === null;
  auditEventId ??= await s.audit(tx, 'response.save', { type: 'Response', id: s.responseId, countryId: s.countryId }, s.before, { ...s.after, version: s.version });
  await tx.responseRevision.create({
    data: {
      responseId: s.responseId, countryId: s.countryId, version: s.version, actorId: s.actorId, auditEventId, saveId: s.saveId ?? null,
      before: jsonValues(s.before), after: jsonValues(s.after), at: now,
    },
  });
  return { auditEventId, opened };
}
