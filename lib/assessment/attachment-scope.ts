import type { Scope } from '../auth/can';
import type { Db } from '../db/client';

/** The scope of an evidence file: its answer's country, entity and assessment; null if absent. */
export async function attachmentScope(db: Db, attachmentId: string): Promise<(Scope & { countryId: string; entityId: string; assessmentId: string }) | null> {
  const a = await db.attachment.findUnique({
    where: { id: attachmentId },
    select: { response: { select: { assessmentId: true, entityId: true, assessment: { select: { countryId: true } } } } },
  });
  return a ? { countryId: a.response.assessment.countryId, entityId: a.response.entityId, assessmentId: a.response.assessmentId } : null;
}
