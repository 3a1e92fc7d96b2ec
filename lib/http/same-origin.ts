import { isTrustedPeer, peerFromHeaders } from './client-address';

/**
 * The host our pages are served from: that of JALON_BASE_URL when it is set, else the Host
 * header, which only a trusted proxy may override with X-Forwarded-Host.
 */
export function expectedHost(h: Headers): string | null {
  const base = process.env.JALON_BASE_URL;
  if (base) {
    try {
      return new URL(base).host;
    } catch {
      // an unreadable setting falls back to the request's own host
    }
  }
  const forwarded = h.get('x-forwarded-host')?.split(',')[0].trim();
  if (forwarded && isTrustedPeer(peerFromHeaders(h))) return forwarded;
  return h.get('host');
}

/**
 * Requests that change data are accepted only from our own pages: the Origin (or, failing
 * that, the Referer) must be our host. Route handlers call it; proxy.ts refuses server-action
 * posts that fail it with a 403 before Next.js sees them.
 */
export function isSameOrigin(req: Request): boolean {
  const host = expectedHost(req.headers);
  const origin = req.headers.get('origin') ?? req.headers.get('referer');
  if (!host || !origin) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** The body of a request, refused beyond `maxBytes` (the declared length is not trusted). */
export async function readBody(req: Request, maxBytes: number): Promise<Uint8Array | null> {
  const declared = Number(req.headers.get('content-length') ?? '0');
  if (declared > maxBytes) return null;
  if (!req.body) return new Uint8Array();
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}
