// POST multipart/form-data { entityId, file }: an evidence file for a progress update, under
// the answers' rules (lib/http/upload.ts, then the registered action checks, stores, audits).
import { runAction } from '@/lib/actions/define-action';
import { requestContext } from '@/lib/auth/server';
import { uploadEvidence } from '@/lib/followup/evidence';
import { jsonResult, requestLocale } from '@/lib/http/json-action';
import { readUpload, UPLOAD_STATUS } from '@/lib/http/upload';

export const runtime = 'nodejs';

type Params = { params: Promise<{ slug: string; updateId: string }> };

export async function POST(req: Request, { params }: Params) {
  const { updateId } = await params;
  const locale = requestLocale(req);
  const upload = await readUpload(req);
  if ('error' in upload) return jsonResult({ ok: false, error: upload.error }, upload.status, locale);
  const { form, file } = upload;
  const r = await runAction(uploadEvidence, await requestContext(locale), {
    updateId, entityId: form.get('entityId'), filename: file.name, content: new Uint8Array(await file.arrayBuffer()),
  });
  return jsonResult(r.ok ? { ok: true, data: { ...r.data, sha256: '', uploadedBy: null } } : r, r.ok ? 201 : (UPLOAD_STATUS[r.error] ?? 400), locale);
}
