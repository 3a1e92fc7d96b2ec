import { createHash } from 'node:crypto';
import { defineAction } from '../actions/define-action';
import { inTransaction } from '../db/client';
import { fail, ok, type Result } from '../result';
import { answerWriteRefusal } from './answer-access';
import { checkFile, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_ANSWER, sanitizeFilename } from './attachment-rules';
import { attachmentView, attachmentViewSelect, type AttachmentView } from './attachment-view';
import { uploadAttachmentSchema } from './schemas';
import { answerScope } from './scope';

/**
 * Stores an evidence file with one entity's answer, in the database so that every app
 * instance serves it. The type is decided from the bytes (and must agree with the name's
 * extension), the name is cleaned, the SHA-256 recorded; the audit event names the file,
 * never its content. An answer not started yet gets its row (version 0: nothing saved).
 */
export const uploadAttachment = defineAction({
  name: 'attachment.upload',
  input: uploadAttachmentSchema,
  policy: 'response.edit',
  scope: (db, input) => answerScope(db, input),
  run: async (ctx, input, scope): Promise<Result<AttachmentView>> => {
    const bytes = input.content;
    if (bytes.byteLength === 0) return fail('attachment.empty');
    if (bytes.byteLength > MAX_ATTACHMENT_BYTES) return fail('attachment.tooLarge');
    const filename = sanitizeFilename(input.filename);
    const type = checkFile(filename, bytes);
    if (!type) return fail('attachment.typeNotAllowed');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return inTransaction(ctx.db, async (tx) => {
      const assessment = await tx.assessment.findUnique({ where: { id: input.assessmentId }, select: { status: true } });
      if (!assessment) return fail('auth.forbidden');
      const refused = answerWriteRefusal(ctx.user, assessment.status, scope);
      if (refused) return fail(refused);
      const key = { assessmentId: input.assessmentId, entityId: input.entityId, questionId: input.questionId };
      const response = await tx.response.upsert({
        where: { assessmentId_entityId_questionId: key },
        create: { ...key, version: 0 },
        update: {},
        select: { id: true, _count: { select: { attachments: true } } },
      });
      if (response._count.attachments >= MAX_ATTACHMENTS_PER_ANSWER) return fail('attachment.tooMany');
      const created = await tx.attachment.create({
        data: { responseId: response.id, filename, mimeType: type.mime, size: bytes.byteLength, sha256, data: new Uint8Array(bytes), uploadedById: ctx.user.id },
        select: attachmentViewSelect,
      });
      await ctx.audit(tx, 'attachment.upload', { type: 'Attachment', id: created.id }, undefined, { responseId: response.id, questionId: input.questionId, entityId: input.entityId, filename, mimeType: type.mime, size: bytes.byteLength, sha256 });
      return ok(attachmentView(created));
    });
  },
});
