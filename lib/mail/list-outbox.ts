import type { Db } from '../db/client';

export async function listOutbox(db: Db, limit = 200) {
  return db.outboxMail.findMany({ orderBy: { createdAt: 'desc' }, take: limit, select: { id: true, to: true, subject: true, text: true, createdAt: true, sentAt: true, error: true } });
}
