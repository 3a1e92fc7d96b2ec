// The client's address and the request's origin: forwarded headers count only from a trusted
// proxy, only a parsed IP reaches the audit trail, rotating X-Forwarded-For values are limited
// like one client, and text with bidirectional controls is refused.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { runAction, runPublicAction, type ActionContext } from '@/lib/actions/define-action';
import { requestPasswordReset, signInAction } from '@/lib/auth/actions';
import { createAuth } from '@/lib/auth/auth';
import { loadSessionUser } from '@/lib/auth/session-user';
import { recordEvent } from '@/lib/audit/record-event';
import { clientAddress, parseTrustedProxies, PEER_HEADER, PEER_TOKEN_ENV, requestClientAddress } from '@/lib/http/client-address';
import { sanitiseHeaders } from '@/lib/http/server';
import { isSameOrigin } from '@/lib/http/same-origin';
import { addComment } from '@/lib/roadmap/add-comment';
import { assessmentWithFindings } from '../helpers/assessment-fixture';
import { freshDb, type TestDb } from '../helpers/fresh-db';

let t: TestDb;
const TOKEN = 'test-token';
beforeEach(async () => {
  t = await freshDb();
  process.env[PEER_TOKEN_ENV] = TOKEN;
  delete process.env.JALON_TRUSTED_PROXIES;
  delete process.env.JALON_BASE_URL;
});
afterEach(async () => {
  delete process.env[PEER_TOKEN_ENV];
  delete process.env.JALON_TRUSTED_PROXIES;
  await t?.dispose();
});

/** The headers the app sees for a request from `peer` that sent `sent`, through our server entry. */
function through(peer: string, sent: Record<string, string>): Headers {
  const raw: Record<string, string | string[] | undefined> = Object.fromEntries(Object.entries(sent).map(([k, v]) => [k.toLowerCase(), v]));
  sanitiseHeaders(raw, peer, TOKEN);
  return new Headers(raw as Record<string, string>);
}

function ctxFor(h: Headers): ActionContext {
  return {
    db: t.db, auth: createAuth(t.db, { secret: 'x'.repeat(40), baseURL: 'http://localhost', provider: t.provider, production: false }),
    headers: h, user: null, ip: requestClientAddress(h), userAgent: 'test', locale: 'fr', baseUrl: 'http://localhost',
  };
}

test('without trusted proxies the socket peer is the client, whatever X-Forwarded-For says; a made-up peer header is ignored', () => {
  const h = through('::ffff:203.0.113.5', { 'X-Forwarded-For': '1.2.3.4', 'x-real-ip': '5.6.7.8', [PEER_HEADER]: `${TOKEN} 9.9.9.9` });
  expect(requestClientAddress(h)).toBe('203.0.113.5');
  expect(h.get('x-forwarded-for')).toBeNull();
  // Without our server's token, the header proves nothing.
  expect(requestClientAddress(new Headers({ [PEER_HEADER]: 'guess 9.9.9.9', 'x-forwarded-for': '1.2.3.4' }))).toBeNull();
});

test('a trusted proxy’s forwarded address is used, by hop count or by address list', () => {
  process.env.JALON_TRUSTED_PROXIES = '10.0.0.0/8';
  expect(requestClientAddress(through('10.0.0.2', { 'x-forwarded-for': '198.51.100.7, 10.0.0.9' }))).toBe('198.51.100.7');
  // A client's own forged entry, left of what our proxy appended, is not believed.
  expect(requestClientAddress(through('10.0.0.2', { 'x-forwarded-for': '6.6.6.6, 198.51.100.7' }))).toBe('198.51.100.7');
  // An untrusted peer's header is dropped at the entry.
  expect(requestClientAddress(through('198.51.100.9', { 'x-forwarded-for': '6.6.6.6' }))).toBe('198.51.100.9');
  expect(clientAddress('10.0.0.1', '6.6.6.6, 198.51.100.7, 10.0.0.3', parseTrustedProxies('2'))).toBe('198.51.100.7');
  expect(clientAddress('10.0.0.1', '<script>alert("ip")</script>', parseTrustedProxies('1'))).toBe('10.0.0.1');
  expect(() => parseTrustedProxies('10.0.0.0/40')).toThrow(/JALON_TRUSTED_PROXIES/);
});

test('rotating X-Forwarded-For values are limited like one client: the 31st sign-in and the 11th reset are refused', async () => {
  let last: unknown;
  for (let i = 0; i < 31; i++) {
    const h = through('203.0.113.20', { 'x-forwarded-for': `100.64.${i}.${i}` });
    last = await runPublicAction(signInAction, ctxFor(h), { email: `n${i}@test.example`, password: 'wrong password' });
    if (i < 30) expect(last).toEqual({ ok: false, error: 'auth.invalidCredentials' });
  }
  expect(last).toEqual({ ok: false, error: 'auth.tooManyAttempts' });
  let reset: unknown;
  for (let i = 0; i < 11; i++) reset = await runPublicAction(requestPasswordReset, ctxFor(through('203.0.113.21', { 'x-forwarded-for': `100.65.${i}.1` })), { email: `r${i}@test.example` });
  expect(reset).toEqual({ ok: false, error: 'auth.tooManyAttempts' });
}, 300_000);

test('garbage never reaches the audit trail as an address', async () => {
  const id = await recordEvent(t.db, { actorId: null, countryId: null, action: 'test.ip', targetType: 'X', ip: '<script>alert("ip")</script>' });
  const ok = await recordEvent(t.db, { actorId: null, countryId: null, action: 'test.ip', targetType: 'X', ip: '::ffff:198.51.100.3' });
  expect((await t.db.auditEvent.findUniqueOrThrow({ where: { id } })).ip).toBeNull();
  expect((await t.db.auditEvent.findUniqueOrThrow({ where: { id: ok } })).ip).toBe('198.51.100.3');
  const h = through('203.0.113.30', { 'x-forwarded-for': '<script>alert("ip")</script>' });
  expect(ctxFor(h).ip).toBe('203.0.113.30');
});

test('the forged-host request is refused: X-Forwarded-Host counts only from a trusted proxy, JALON_BASE_URL wins', () => {
  const forged = (peer: string) => new Request('http://127.0.0.1:3000/api/x', { method: 'POST', headers: through(peer, { host: '127.0.0.1:3000', origin: 'http://evil.example', 'x-forwarded-host': 'evil.example' }) });
  expect(isSameOrigin(forged('203.0.113.40'))).toBe(false);
  const own = new Request('http://127.0.0.1:3000/api/x', { method: 'POST', headers: through('203.0.113.40', { host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3000' }) });
  expect(isSameOrigin(own)).toBe(true);
  process.env.JALON_TRUSTED_PROXIES = '10.0.0.1';
  const viaProxy = new Request('http://x/api', { method: 'POST', headers: through('10.0.0.1', { host: 'app:3000', origin: 'https://jalon.example', 'x-forwarded-host': 'jalon.example' }) });
  expect(isSameOrigin(viaProxy)).toBe(true);
  process.env.JALON_BASE_URL = 'https://jalon.example';
  expect(isSameOrigin(forged('10.0.0.1'))).toBe(false);
  delete process.env.JALON_BASE_URL;
});

test('bidirectional control characters are refused in shared text fields', async () => {
  const f = await assessmentWithFindings(t.db);
  const u = await t.db.user.create({ data: { email: 'c@x.example', name: 'C', twoFactorEnabled: true, memberships: { create: { role: 'COORDINATOR', countryId: f.country.id } } } });
  const ctx = { ...ctxFor(new Headers()), user: await loadSessionUser(t.db, u.id) };
  for (const bidi of ['\u202E', '\u202A', '\u2066', '\u2069']) {
    const r = await runAction(addComment, ctx, { roadmapId: f.roadmap.id, targetType: 'ROADMAP', body: `Texte ${bidi}live` });
    expect(r).toMatchObject({ ok: false, error: 'form.invalid', fields: { body: ['form.invalidCharacters'] } });
  }
  expect(await t.db.comment.count()).toBe(0);
});
