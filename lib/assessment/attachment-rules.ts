// What an evidence file may be, decided from its bytes: the browser's declared type and the
// name's extension are only claims. Framework-free and without Node APIs, so the upload
// form imports the limits and the accepted extensions too (its own checks only spare a
// useless upload; the server decides).

/** 10 MB per file: scanned decrees and reports fit; a file per answer stays a database row. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** Per answer: evidence, not an archive. */
export const MAX_ATTACHMENTS_PER_ANSWER = 10;
/** Room for the multipart envelope around one file. */
export const MAX_UPLOAD_BODY_BYTES = MAX_ATTACHMENT_BYTES + 64 * 1024;

export type AttachmentKind = 'pdf' | 'png' | 'jpeg' | 'docx' | 'xlsx' | 'odt' | 'ods' | 'text';

/** The MIME type served for each kind, and the extensions a file of that kind may have. */
export const KINDS: Record<AttachmentKind, { mime: string; extensions: readonly string[] }> = {
  pdf: { mime: 'application/pdf', extensions: ['pdf'] },
  png: { mime: 'image/png', extensions: ['png'] },
  jpeg: { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'] },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'] },
  odt: { mime: 'application/vnd.oasis.opendocument.text', extensions: ['odt'] },
  ods: { mime: 'application/vnd.oasis.opendocument.spreadsheet', extensions: ['ods'] },
  text: { mime: 'text/plain', extensions: ['txt', 'csv'] },
};

export const ACCEPTED_EXTENSIONS = Object.values(KINDS).flatMap((k) => k.extensions.map((e) => `.${e}`));

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) => b.length >= at + sig.length && sig.every((x, i) => b[at + i] === x);
const ascii = (b: Uint8Array, from: number, to: number) => String.fromCharCode(...b.subarray(from, Math.min(to, b.length)));
const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 0x1000000;

/** The names in a zip's central directory, or null when it is not a well-formed zip. */
export function zipEntryNames(b: Uint8Array): string[] | null {
  if (!startsWith(b, [0x50, 0x4b, 0x03, 0x04])) return null;
  // The end-of-central-directory record: 22 bytes, after at most a 64 KB comment.
  for (let at = b.length - 22; at >= Math.max(0, b.length - 22 - 0xffff); at--) {
    if (!startsWith(b, [0x50, 0x4b, 0x05, 0x06], at)) continue;
    const count = u16(b, at + 10);
    let p = u32(b, at + 16);
    const names: string[] = [];
    for (let i = 0; i < count; i++) {
      if (p + 46 > b.length || !startsWith(b, [0x50, 0x4b, 0x01, 0x02], p)) return null;
      const nameLength = u16(b, p + 28);
      names.push(new TextDecoder().decode(b.subarray(p + 46, p + 46 + nameLength)));
      p += 46 + nameLength + u16(b, p + 30) + u16(b, p + 32);
    }
    return names;
  }
  return null;
}

function officeKind(b: Uint8Array): AttachmentKind | null {
  const names = zipEntryNames(b);
  if (!names) return null;
  // Macros would run in the reader's office suite: a .docm renamed .docx still carries them.
  if (names.some((n) => /vbaProject\.bin$|\.(exe|dll|js|vbs|bat|cmd|ps1|msi|scr)$/i.test(n))) return null;
  if (names.includes('[Content_Types].xml')) {
    if (names.includes('word/document.xml')) return 'docx';
    if (names.includes('xl/workbook.xml')) return 'xlsx';
    return null;
  }
  // OpenDocument: the first entry is "mimetype", stored uncompressed, holding the type.
  if (names[0] === 'mimetype' && u16(b, 8) === 0 && u16(b, 26) === 8 && ascii(b, 30, 38) === 'mimetype') {
    const at = 30 + 8 + u16(b, 28);
    const type = ascii(b, at, at + 60);
    if (type.startsWith(KINDS.ods.mime)) return 'ods';
    if (type.startsWith(KINDS.odt.mime) && !type.startsWith(`${KINDS.odt.mime}-`)) return 'odt';
  }
  return null;
}

/** Plain text: valid UTF-8 without NUL or other control characters than tab, CR, LF, FF. */
function isPlainText(b: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch {
    return false;
  }
  return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text);
}

/** What the bytes are, among the accepted kinds; null for anything else. */
export function sniffKind(b: Uint8Array): AttachmentKind | null {
  if (startsWith(b, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04])) return officeKind(b);
  return isPlainText(b) ? 'text' : null;
}

export function extensionOf(filename: string): string {
  const m = /\.([A-Za-z0-9]{1,8})$/.exec(filename);
  return m ? m[1].toLowerCase() : '';
}

/**
 * The kind of a file whose bytes and name agree: a PNG named report.pdf, or a text file
 * named photo.jpg, is refused, so that what the name promises is what the reader opens.
 */
export function checkFile(filename: string, b: Uint8Array): { kind: AttachmentKind; mime: string } | null {
  const kind = sniffKind(b);
  if (!kind || !KINDS[kind].extensions.includes(extensionOf(filename))) return null;
  return { kind, mime: KINDS[kind].mime };
}

// Bidirectional overrides hide the real extension ("rapport\u202Efdp.exe"); the rest are
// characters that file systems or headers do not take.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff<>:"/\\|?*]/g;

/** A file name safe to store, show and send back: no path, no control characters, 150 characters at most. */
export function sanitizeFilename(raw: string): string {
  const base = raw.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = base.replace(UNSAFE, '_').replace(/\s+/g, ' ').trim();
  const ext = extensionOf(cleaned);
  // Leading dots would hide the file on some systems; trailing ones and spaces are dropped by others.
  let name = cleaned.replace(/^[\s.]+|[\s.]+$/g, '');
  if (!name || (ext && name === ext && cleaned.startsWith('.'))) return `fichier${ext ? `.${ext}` : ''}`;
  if (name.length > 150) name = `${name.slice(0, 150 - ext.length - 1).trimEnd()}${ext ? `.${ext}` : ''}`;
  return name;
}

/** An ASCII stand-in for the quoted `filename=` of Content-Disposition (RFC 6266 §4.3). */
export function asciiFilename(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7e]/g, '_').replace(/["\\%;]/g, '_');
}

/** `attachment; filename="..."; filename*=UTF-8''...` (RFC 6266 with RFC 5987 encoding). */
export function contentDisposition(name: string): string {
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${asciiFilename(name)}"; filename*=UTF-8''${encoded}`;
}
