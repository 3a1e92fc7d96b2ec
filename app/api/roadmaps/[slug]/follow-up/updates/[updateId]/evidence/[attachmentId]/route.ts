// GET: a progress update's evidence file, as a download only. DELETE ?entityId=: removes it.
import { z } from 'zod';
import { runAction } from '@/lib/actions/define-action';
import { readableCountries } from '@/lib/auth/can';
import { scopedDb } from '@/lib/auth/scoped-db';
import { currentUser, requestContext } from '@/lib/auth/server';
import { db } from '@/lib/db';
import { deleteEvidence, getEvidenceFile } from '@/lib/followup/evidence';
import { jsonResult, requestLocale, STATUS } from '@/lib/http/json-action';
import { isSameOrigin } from '@/lib/http/same-origin';
import { fileResponse } from '@/lib/http/upload';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ slug: string; updateId: string; attachmentId: string }> };
const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);

export async function GET(req: Request, { params }: Params) {
  const locale = requestLocale(req);
  const p = z.object({ updateId: id, attachmentId: id }).safeParse(await params);
  if (!p.success) return jsonResult({ ok: false, error: 'errors.notFound' }, 404, locale);
  const user = await currentUser();
  if (!user) return jsonResult({ ok: false, error: 'auth.signInRequired' }, 401, locale);
  // Through the country-scoped client: another country's file is not even read.
  const file = await getEvidenceFile(scopedDb(db, readableCountries(user)), user, p.data.updateId, p.data.attachmentId);
  if (!file) return jsonResult({ ok: false, error: 'errors.notFound' }, 404, locale);
  return fileResponse(file);
}

export async function DELETE(req: Request, { params }: Params) {
  const locale = requestLocale(req);
  if (!isSameOrigin(req)) return jsonResult({ ok: false, error: 'auth.forbidden' }, 403, locale);
  const { attachmentId } = await params;
  const r = await runAction(deleteEvidence, await requestContext(locale), { attachmentId, entityId: new URL(req.url).searchParams.get('entityId') });
  return jsonResult(r, r.ok ? 200 : (STATUS[r.error] ?? 400), locale);
}
