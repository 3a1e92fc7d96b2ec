// GET: an evidence file, as a download only (never rendered by the browser in our origin).
// DELETE: removes it (same-origin, the registered action: authorization, step, audit).
import { z } from 'zod';
import { runAction } from '@/lib/actions/define-action';
import { deleteAttachment } from '@/lib/assessment/delete-attachment';
import { getAttachmentFile } from '@/lib/assessment/get-attachment-file';
import { id } from '@/lib/assessment/schemas';
import { readableCountries } from '@/lib/auth/can';
import { scopedDb } from '@/lib/auth/scoped-db';
import { currentUser, requestContext } from '@/lib/auth/server';
import { db } from '@/lib/db';
import { jsonResult, requestLocale, STATUS } from '@/lib/http/json-action';
import { isSameOrigin } from '@/lib/http/same-origin';
import { fileResponse } from '@/lib/http/upload';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ assessmentId: string; attachmentId: string }> };
const paramsSchema = z.object({ assessmentId: id, attachmentId: id });

export async function GET(req: Request, { params }: Params) {
  const locale = requestLocale(req);
  const p = paramsSchema.safeParse(await params);
  if (!p.success) return jsonResult({ ok: false, error: 'errors.notFound' }, 404, locale);
  const user = await currentUser();
  if (!user) return jsonResult({ ok: false, error: 'auth.signInRequired' }, 401, locale);
  // Through the country-scoped client: another country's file is not even read.
  const file = await getAttachmentFile(scopedDb(db, readableCountries(user)), user, p.data.assessmentId, p.data.attachmentId);
  if (!file) return jsonResult({ ok: false, error: 'errors.notFound' }, 404, locale);
  return fileResponse(file);
}

export async function DELETE(req: Request, { params }: Params) {
  const locale = requestLocale(req);
  if (!isSameOrigin(req)) return jsonResult({ ok: false, error: 'auth.forbidden' }, 403, locale);
  const { attachmentId } = await params;
  const r = await runAction(deleteAttachment, await requestContext(locale), { attachmentId });
  return jsonResult(r, r.ok ? 200 : (STATUS[r.error] ?? 400), locale);
}
