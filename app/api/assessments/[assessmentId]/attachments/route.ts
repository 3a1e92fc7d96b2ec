// POST multipart/form-data { entityId, questionId, file }: an evidence file for one entity's
// answer. Same-origin only; the body is cut off beyond the limit while it streams in (the
// declared length is not trusted), then the registered action checks, stores and audits it.
import { runAction } from '@/lib/actions/define-action';
import { uploadAttachment } from '@/lib/assessment/upload-attachment';
import { requestContext } from '@/lib/auth/server';
import { jsonResult, requestLocale } from '@/lib/http/json-action';
import { readUpload, UPLOAD_STATUS } from '@/lib/http/upload';

export const runtime = 'nodejs';

type Params = { params: Promise<{ assessmentId: string }> };

export async function POST(req: Request, { params }: Params) {
  const { assessmentId } = await params;
  const locale = requestLocale(req);
  const upload = await readUpload(req);
  if ('error' in upload) return jsonResult({ ok: false, error: upload.error }, upload.status, locale);
  const { form, file } = upload;
  const r = await runAction(uploadAttachment, await requestContext(locale), {
    assessmentId, entityId: form.get('entityId'), questionId: form.get('questionId'), filename: file.name, content: new Uint8Array(await file.arrayBuffer()),
  });
  return jsonResult(r, r.ok ? 201 : (UPLOAD_STATUS[r.error] ?? 400), locale);
}
