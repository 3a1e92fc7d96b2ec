import { defineAction } from '../actions/define-action';
import { inTransaction } from '../db/client';
import { fail, ok } from '../result';
import { answerWriteRefusal } from './answer-access';
import { attachmentScope } from './attachment-scope';
import { deleteAttachmentSchema } from './schemas';

/**
 * Removes an evidence file, under the same rules as changing the answer. The audit event
 * keeps the name, size and SHA-256 of what was removed (the bytes are gone).
 */
export const deleteAttachment = defineAction({
  name: 'attachment.delete',
  input: deleteAttachmentSchema,
  policy: 'response.edit',
  scope: (db, input) => attachmentScope(db, input.attachmentId),
  run: (ctx, input, scope) =>
    inTransaction(ctx.db, async (tx) => {
      const a = await tx.attachment.findUnique({
        where: { id: input.attachmentId },
        select: { id: true, filename: true, mimeType: true, size: true, sha256: true, uploadedById: true, response: { select: { id: true, questionId: true, entityId: true, assessment: { select: { status: true } } } } },
      });
      if (!a) return fail('auth.forbidden');
      const refused = answerWriteRefusal(ctx.user, a.response.assessment.status, scope);
      if (refused) return fail(refused);
      await tx.attachment.delete({ where: { id: a.id } });
      await ctx.audit(tx, 'attachment.delete', { type: 'Attachment', id: a.id }, { responseId: a.response.id, questionId: a.response.questionId, entityId: a.response.entityId, filename: a.filename, mimeType: a.mimeType, size: a.size, sha256: a.sha256, uploadedById: a.uploadedById });
      return ok({ id: a.id });
    }),
});
