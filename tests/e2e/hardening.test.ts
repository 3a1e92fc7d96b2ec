// Security headers, cookies and the Content-Security-Policy as a browser meets them, and
// malformed requests to every route handler (found on disk, so a new one is covered).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { flattenMessages, loadMessages } from '@/lib/i18n/messages';
import { DEMO_PASSWORD } from '@/lib/seed/seed-demo';
import { ROOT } from '../helpers/paths';
import { launchBrowser } from './browser';

const baseUrl = inject('baseUrl');
const fr = flattenMessages(loadMessages('fr'));
let browser: Browser;
let cookie = '';

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${baseUrl}/fr/sign-in`);
  await page.getByLabel(fr['auth.email']).fill('coordonnateur@demo.jalon.example');
  await page.getByLabel(fr['auth.password']).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: fr['auth.signIn'] }).click();
  await page.waitForURL(`${baseUrl}/fr`);
  const cookies = await context.cookies();
  const session = cookies.find((c) => c.name.includes('session_token'))!;
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: true });
  cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
});
afterAll(async () => {
  await browser?.close();
});

test('pages carry the security headers and a nonce-based Content-Security-Policy', async () => {
  const res = await fetch(`${baseUrl}/fr/sign-in`);
  const csp = res.headers.get('content-security-policy') ?? '';
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  expect(res.headers.get('x-powered-by')).toBeNull();
  const nonce = csp.match(/'nonce-([^']+)'/)![1];
  const html = await res.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((s) => !s.includes(`nonce="${nonce}"`))).toEqual([]);
});

test('the app works under its policy: no violation while signing in and using a form', async () => {
  const page = await browser.newPage();
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await page.goto(`${baseUrl}/fr/sign-in`);
  await page.getByLabel(fr['auth.email']).fill('pas une adresse');
  await page.getByLabel(fr['auth.password']).fill('x');
  await page.getByRole('button', { name: fr['auth.signIn'] }).click();
  await expect.poll(() => page.getByText(fr['form.invalidEmail']).count()).toBe(1);
  await page.getByRole('link', { name: 'English' }).click();
  await page.waitForURL('**/en/sign-in');
  expect(violations).toEqual([]);
});

/** Every route handler under app/api, with its path and the methods it exports. */
function routes() {
  const out: { url: string; methods: string[] }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name === 'route.ts') {
        const rel = path.relative(path.join(ROOT, 'app'), path.dirname(p));
        const url = '/' + rel.split(path.sep).map((s) => (s.startsWith('[') ? 'zz-unknown' : s)).join('/');
        const methods = [...readFileSync(p, 'utf8').matchAll(/export (?:async )?function (GET|POST|PUT|PATCH|DELETE)/g)].map((m) => m[1]);
        out.push({ url, methods });
      }
    }
  };
  walk(path.join(ROOT, 'app', 'api'));
  return out;
}

test('malformed requests to every route handler get a 4xx or a typed answer, never a 500 or a stack', async () => {
  const found = routes();
  expect(found.length).toBeGreaterThan(0);
  const queries = ['', '?locale=xx&since=not-a-date&until=2024-13-45', `?action=${encodeURIComponent("' OR 1=1; --")}`, `?q=${'x'.repeat(8000)}`, '?lang=%00%ff'];
  const bodies: (string | undefined)[] = [undefined, '{', 'x'.repeat(2_000_000), JSON.stringify({ id: "<script>alert(1)</script>" })];
  for (const { url, methods } of found) {
    for (const auth of [undefined, cookie]) {
      for (const method of methods) {
        for (const q of queries) {
          for (const body of method === 'GET' ? [undefined] : bodies) {
            const res = await fetch(`${baseUrl}${url}${q}`, { method, body, headers: { ...(auth ? { cookie: auth } : {}), 'content-type': 'application/json' } });
            const text = await res.text();
            expect(res.status, `${method} ${url}${q.slice(0, 60)}`).toBeLessThan(500);
            expect(text).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)|SELECT .* FROM|PrismaClient/);
          }
        }
      }
    }
  }
});

test('the PDF of a roadmap is for signed-in users who may download it', async () => {
  const url = `${baseUrl}/api/roadmaps/benin-2024/versions/1/pdf?lang=fr&prepare=1`;
  expect((await fetch(url)).status).toBe(401);
  const res = await fetch(url, { headers: { cookie } });
  expect(res.status).toBe(200);
  expect(await res.json()).toMatchObject({ ready: true });
  // Another country's roadmap, or one that does not exist, answers alike.
  expect((await fetch(`${baseUrl}/api/roadmaps/nulle-part/versions/1/pdf`, { headers: { cookie } })).status).toBe(404);
});
