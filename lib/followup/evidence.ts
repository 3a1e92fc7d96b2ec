// Evidence files of an update, under the same rules as answers' evidence
// (lib/assessment/attachment-rules.ts): type read from the bytes and matching the name,
// names cleaned, SHA-256 recorded, stored in the database, audited without the content.
import { createHash } from 'node:crypto';
import { defineAction } from '../actions/define-action';
import { checkFile, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_ANSWER, sanitizeFilename } from '../assessment/attachment-rules';
import type { AttachmentFile } from '../assessment/get-attachment-file';
import { can, type Principal } from '../auth/can';
import { inTransaction, type Db } from '../db/client';
import { fail, ok, type Result, type MessageKey } from '../result';
import { touchFollowUp } from './revision';
import { deleteEvidenceSchema, uploadEvidenceSchema } from './schemas';
import { trackedActionScope, updateScope } from './scope';
import { updateWithContext, type UpdateWithContext } from './update-context';
import { isEditableReview } from './update-rules';

export type EvidenceView = { id: string; filename: string; size: number; mimeType: string; createdAt: string };

function writeRefusal(u: UpdateWithContext, entityId: string): MessageKey | null {
  if (u.trackedAction.leadEntityId !== entityId) return 'followup.notLeadEntity';
  if (u.period.closedAt) return 'followup.periodClosed';
  if (!isEditableReview(u.review)) return u.review === 'ACCEPTED' ? 'followup.updateAccepted' : 'followup.updateSubmitted';
  return null;
}

export const uploadEvidence = defineAction({
  name: 'followup.evidence.upload',
  input: uploadEvidenceSchema,
  policy: 'progress.edit',
  scope: (db, input) => updateScope(db, input.updateId, input.entityId),
  run: async (ctx, input): Promise<Result<EvidenceView>> => {
    const bytes = input.content;
    if (bytes.byteLength === 0) return fail('attachment.empty');
    if (bytes.byteLength > MAX_ATTACHMENT_BYTES) return fail('attachment.tooLarge');
    const filename = sanitizeFilename(input.filename);
    const type = checkFile(filename, bytes);
    if (!type) return fail('attachment.typeNotAllowed');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return inTransaction(ctx.db, async (tx) => {
      const u = await updateWithContext(tx, input.updateId);
      if (!u) return fail('auth.forbidden');
      const refused = writeRefusal(u, input.entityId);
      if (refused) return fail(refused);
      if ((await tx.progressAttachment.count({ where: { updateId: u.id } })) >= MAX_ATTACHMENTS_PER_ANSWER) return fail('attachment.tooMany');
      const a = await tx.progressAttachment.create({
        data: { updateId: u.id, countryId: u.countryId, filename, mimeType: type.mime, size: bytes.byteLength, sha256, data: new Uint8Array(bytes), uploadedById: ctx.user.id },
        select: { id: true, filename: true, size: true, mimeType: true, createdAt: true },
      });
      await touchFollowUp(tx, u.followUpId);
      await ctx.audit(tx, 'progress.evidence.upload', { type: 'ProgressAttachment', id: a.id }, undefined, { updateId: u.id, filename, mimeType: type.mime, size: bytes.byteLength, sha256 });
      return ok({ ...a, createdAt: a.createdAt.toISOString() });
    });
  },
});

export const deleteEvidence = defineAction({
  name: 'followup.evidence.delete',
  input: deleteEvidenceSchema,
  policy: 'progress.edit',
  scope: async (db, input) => {
    const a = await db.progressAttachment.findUnique({ where: { id: input.attachmentId }, select: { update: { select: { trackedActionId: true } } } });
    return a ? trackedActionScope(db, a.update.trackedActionId, input.entityId) : null;
  },
  run: (ctx, input) =>
    inTransaction(ctx.db, async (tx): Promise<Result<{ deleted: string }>> => {
      const a = await tx.progressAttachment.findUnique({ where: { id: input.attachmentId }, select: { id: true, updateId: true, filename: true, sha256: true } });
      if (!a) return fail('auth.forbidden');
      const u = await updateWithContext(tx, a.updateId);
      if (!u) return fail('auth.forbidden');
      const refused = writeRefusal(u, input.entityId);
      if (refused) return fail(refused);
      await tx.progressAttachment.delete({ where: { id: a.id } });
      await touchFollowUp(tx, u.followUpId);
      await ctx.audit(tx, 'progress.evidence.delete', { type: 'ProgressAttachment', id: a.id }, { updateId: a.updateId, filename: a.filename, sha256: a.sha256 });
      return ok({ deleted: a.id });
    }),
});

/**
 * An update's evidence file, for whoever may read that update: the coordination, reviewers
 * and observers of the country, and the contributors of its lead or a supporting entity.
 * `db` should be the country-scoped client. Missing and forbidden answer alike (null).
 */
export async function getEvidenceFile(db: Db, user: Principal, updateId: string, attachmentId: string): Promise<AttachmentFile | null> {
  const a = await db.progressAttachment.findUnique({
    where: { id: attachmentId },
    select: { filename: true, mimeType: true, size: true, sha256: true, data: true, countryId: true, updateId: true, update: { select: { trackedAction: { select: { leadEntityId: true, supportingEntityIds: true } } } } },
  });
  if (!a || a.updateId !== updateId) return null;
  const scope = { countryId: a.countryId };
  const action = a.update.trackedAction;
  const entities = [action.leadEntityId, ...((action.supportingEntityIds as string[]) ?? [])].filter((e): e is string => !!e);
  if (!can(user, 'followup.view', scope) && !entities.some((entityId) => can(user, 'progress.view', { ...scope, entityId }))) return null;
  return { filename: a.filename, mimeType: a.mimeType, size: a.size, sha256: a.sha256, data: a.data };
}
