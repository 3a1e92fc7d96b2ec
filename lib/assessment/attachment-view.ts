import type { Db } from '../db/client';

/** An evidence file as pages show it: never its bytes. */
export type AttachmentView = { id: string; filename: string; mimeType: string; size: number; sha256: string; createdAt: string; uploadedBy: string | null };

export const attachmentViewSelect = {
  id: true, filename: true, mimeType: true, size: true, sha256: true, createdAt: true, uploadedBy: { select: { name: true } },
} as const;

export function attachmentView(a: { id: string; filename: string; mimeType: string; size: number; sha256: string; createdAt: Date; uploadedBy: { name: string } | null }): AttachmentView {
  return { id: a.id, filename: a.filename, mimeType: a.mimeType, size: a.size, sha256: a.sha256, createdAt: a.createdAt.toISOString(), uploadedBy: a.uploadedBy?.name ?? null };
}

/** The evidence files of the answers of an assessment, by response id, oldest first. */
export async function listAttachments(db: Db, where: { assessmentId: string; entityId?: string; questionId?: string }): Promise<Map<string, AttachmentView[]>> {
  const rows = await db.attachment.findMany({
    where: { response: where },
    select: { ...attachmentViewSelect, responseId: true },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  const out = new Map<string, AttachmentView[]>();
  for (const r of rows) {
    const list = out.get(r.responseId) ?? [];
    list.push(attachmentView(r));
    out.set(r.responseId, list);
  }
  return out;
}
