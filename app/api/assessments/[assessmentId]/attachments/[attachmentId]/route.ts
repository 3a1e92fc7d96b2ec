// GET: an evidence file, as a download only (never rendered by the browser in our origin).
// DELETE: removes it (same-origin, the registered action: authorization, step, audit).
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { runAction } from '@/lib/actions/define-action';
import { contentDisposition } from '@/lib/assessment/attachment-rules';
import { deleteAttachment } from '@/lib/assessment/delete-attachment';
import { getAttachmentFile } from '@/lib/assessment/get-attachment-file';
import { id } from '@/lib/assessment/schemas';
import { readableCountries } from '@/lib/auth/can';
import { scopedDb } from '@/lib/auth/scoped-db';
import { currentUser, requestContext } from '@/lib/auth/server';
import { db } from '@/lib/db';
import { jsonResult, requestLocale, STATUS } from '@/lib/http/json-action';
import { isSameOrigin } from '@/lib/http/same-origin';

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
  return new NextResponse(new Uint8Array(file.data) as Uint8Array<ArrayBuffer>, {
    headers: {
      // The type found in the bytes at upload; text is always served as UTF-8 plain text.
      'content-type': file.mimeType === 'text/plain' ? 'text/plain; charset=utf-8' : file.mimeType,
      'content-length': String(file.size),
      'content-disposition': contentDisposition(file.filename),
      'x-content-type-options': 'nosniff',
      // Should a browser render it anyway, it runs nothing and reaches nothing.
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox",
      'cross-origin-resource-policy': 'same-origin',
      // Vulnerabilities of a country's infrastructure: no shared or disk cache keeps a copy.
      'cache-control': 'private, no-store, max-age=0',
      digest: `sha-256=${Buffer.from(file.sha256, 'hex').toString('base64')}`,
    },
  });
}

export async function DELETE(req: Request, { params }: Params) {
  const locale = requestLocale(req);
  if (!isSameOrigin(req)) return jsonResult({ ok: false, error: 'auth.forbidden' }, 403, locale);
  const { attachmentId } = await params;
  const r = await runAction(deleteAttachment, await requestContext(locale), { attachmentId });
  return jsonResult(r, r.ok ? 200 : (STATUS[r.error] ?? 400), locale);
}
