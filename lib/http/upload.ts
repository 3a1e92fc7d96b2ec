// The shared edge of evidence uploads and downloads (answers' and progress updates'):
// same-origin multipart bodies cut off beyond the limit while they stream in, and files
// served as downloads that never run in our origin.
import type { MessageKey } from '../result';
import 'server-only';
import { NextResponse } from 'next/server';
import { MAX_UPLOAD_BODY_BYTES } from '../assessment/attachment-rules';
import { contentDisposition } from '../assessment/attachment-rules';
import type { AttachmentFile } from '../assessment/get-attachment-file';
import { STATUS } from './json-action';
import { isSameOrigin, readBody } from './same-origin';

export const UPLOAD_STATUS: Record<string, number> = {
  ...STATUS,
  'attachment.tooLarge': 413,
  'attachment.typeNotAllowed': 415,
  'attachment.tooMany': 409,
};

/** The form and its file, or the refusal (a message key and its status). */
export async function readUpload(req: Request): Promise<{ form: FormData; file: File } | { error: MessageKey; status: number }> {
  if (!isSameOrigin(req)) return { error: 'auth.forbidden', status: 403 };
  const type = req.headers.get('content-type') ?? '';
  if (!type.toLowerCase().startsWith('multipart/form-data')) return { error: 'attachment.missingFile', status: 415 };
  const body = await readBody(req, MAX_UPLOAD_BODY_BYTES);
  if (!body) return { error: 'attachment.tooLarge', status: 413 };
  let form: FormData;
  try {
    form = await new Response(body as Uint8Array<ArrayBuffer>, { headers: { 'content-type': type } }).formData();
  } catch {
    return { error: 'form.invalid', status: 400 };
  }
  const file = form.get('file');
  if (!(file instanceof File)) return { error: 'attachment.missingFile', status: 400 };
  return { form, file };
}

/** An evidence file as a download only (never rendered by the browser in our origin). */
export function fileResponse(file: AttachmentFile) {
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
