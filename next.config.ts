import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const production = process.env.NODE_ENV === 'production';

// The Content-Security-Policy is set per request, with a nonce, in proxy.ts.
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ...(production ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  experimental: {
    // A server action's body (forms, autosaves) never needs more.
    serverActions: { bodySizeLimit: '1mb' },
  },
  // Native and WebAssembly database drivers stay out of the server bundle, and so does the PDF
  // renderer (it runs in worker threads started from lib/pdf/worker-entry.mjs).
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', '@prisma/adapter-pg', 'pg', '@react-pdf/renderer', 'pdf-lib', 'hyphen'],
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // Data routes (CSV, PDF, JSON) run nothing.
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'; sandbox" }] },
      // Except the PDF: browsers refuse to open their PDF viewer in a sandboxed document, and
      // Chrome's viewer needs its own inline styles. The preview may be framed by our pages.
      {
        source: '/api/roadmaps/:slug/versions/:number/pdf',
        headers: [
          { key: 'Content-Security-Policy', value: "frame-ancestors 'self'" },
          { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
        ],
      },
    ];
  },
};

export default createNextIntlPlugin('./lib/i18n/request.ts')(nextConfig);
