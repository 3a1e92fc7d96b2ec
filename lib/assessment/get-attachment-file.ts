import { can, type Principal } from '../auth/can';
import type { Db } from '../db/client';

export type AttachmentFile = { filename: string; mimeType: string; size: number; sha256: string; data: Uint8Array };

/**
 * An evidence file's bytes, for whoever may read that entity's answers (its contributors;
 * the coordination, reviewers and observers of the country), and only under the assessment
 * named in the address. `db` should be the country-scoped client: then another country's
 * file is not even found. Missing and forbidden answer alike (null).
 */
export async function getAttachmentFile(db: Db, user: Principal, assessmentId: string, attachmentId: string): Promise<AttachmentFile | null> {
  const a = await db.attachment.findUnique({
    where: { id: attachmentId },
    select: {
      filename: true, mimeType: true, size: true, sha256: true, data: true,
      response: { select: { assessmentId: true, entityId: true, assessment: { select: { countryId: true } } } },
    },
  });
  if (!a || a.response.assessmentId !== assessmentId) return null;
  if (!can(user, 'response.view', { countryId: a.response.assessment.countryId, entityId: a.response.entityId, assessmentId })) return null;
  return { filename: a.filename, mimeType: a.mimeType, size: a.size, sha256: a.sha256, data: a.data };
}
