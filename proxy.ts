import createMiddleware from 'next-intl/middleware';
import { NextRequest, NextResponse } from 'next/server';
import { routing } from './lib/i18n/routing';
import { contentSecurityPolicy } from './lib/http/csp';
import { isSameOrigin } from './lib/http/same-origin';

const i18n = createMiddleware(routing);

/**
 * Language routing, and a Content-Security-Policy with a fresh nonce per request: Next.js
 * reads the nonce from the request's policy and puts it on its own scripts, so no inline
 * script runs unless the server wrote it.
 */
export default function proxy(request: NextRequest) {
  // A server action posted from another origin: refused here, with a 403 rather than the 500
  // Next.js would answer (its own check trusts X-Forwarded-Host as sent).
  if (request.method !== 'GET' && request.method !== 'HEAD' && !isSameOrigin(request)) {
    return NextResponse.json({ ok: false, error: 'auth.forbidden' }, { status: 403, headers: { 'cache-control': 'no-store' } });
  }
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV !== 'production');
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', csp);
  headers.set('x-nonce', nonce);
  const response = i18n(new NextRequest(request, { headers }));
  response.headers.set('content-security-policy', csp);
  return response;
}

export const config = {
  // Pages only: API routes, Next's own files and files with an extension need no language.
  // An extension starts with a letter (.ico, .png): framework versions such as
  // /fr/framework/vt/2025.1 are pages and need the policy and the language too.
  matcher: ['/((?!api|_next|_vercel|.*\\.[A-Za-z][A-Za-z0-9]*$).*)'],
};
