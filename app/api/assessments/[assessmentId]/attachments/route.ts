// POST multipart/form-data { entityId, questionId, file }: an evidence file for one entity's
// answer. Same-origin only; the body is cut off beyond the limit while it streams in (the
// declared length is not trusted), then the registered action checks, stores and audits it.
import { runAction } from '@/lib/actions/define-action';
import { MAX_UPLOAD_BODY_BYTES } from '@/lib/assessment/attachment-rules';
import { uploadAttachment } from '@/lib/assessment/upload-attachment';
import { requestContext } from '@/lib/auth/server';
import { jsonResult, requestLocale, STATUS } from '@/lib/http/json-action';
import { isSameOrigin, readBody } from '@/lib/http/same-origin';

export const runtime = 'nodejs';

type Params = { params: Promise<{ assessmentId: string }> };

const UPLOAD_STATUS: Record<string, number> = {
  ...STATUS,
  'attachment.tooLarge': 413,
  'attachment.typeNotAllowed': 415,
  'attachment.tooMany': 409,
};

export async function POST(req: Request, { params }: Params) {
  const { assessmentId } = await params;
  const locale = requestLocale(req);
  const refuse = (error: string, status: number) => jsonResult({ ok: false, error }, status, locale);
  if (!isSameOrigin(req)) return refuse('auth.forbidden', 403);
  const type = req.headers.get('content-type') ?? '';
  if (!type.toLowerCase().startsWith('multipart/form-data')) return refuse('attachment.missingFile', 415);
  const body = await readBody(req, MAX_UPLOAD_BODY_BYTES);
  if (!body) return refuse('attachment.tooLarge', 413);
  let form: FormData;
  try {
    form = await new Response(body as Uint8Array<ArrayBuffer>, { headers: { 'content-type': type } }).formData();
  } catch {
    return refuse('form.invalid', 400);
  }
  const file = form.get('file');
  if (!(file instanceof File)) return refuse('attachment.missingFile', 400);
  const r = await runAction(uploadAttachment, await requestContext(locale), {
    assessmentId, entityId: form.get('entityId'), questionId: form.get('questionId'), filename: file.name, content: new Uint8Array(await file.arrayBuffer()),
  });
  return jsonResult(r, r.ok ? 201 : (UPLOAD_STATUS[r.error] ?? 400), locale);
}
