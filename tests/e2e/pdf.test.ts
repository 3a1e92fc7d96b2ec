// The PDF panel of a roadmap page in a browser: prepare (rendered by the worker pool of the
// built app), then the preview and download links serve the PDF.
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { createClient } from '@/lib/db/client';
import { flattenMessages, loadMessages } from '@/lib/i18n/messages';
import { seedBeninRoadmapVersion } from '@/lib/pdf/fixtures/seed-version';
import { DEMO_PASSWORD } from '@/lib/seed/seed-demo';
import { launchBrowser, screenshot } from './browser';

const baseUrl = inject('baseUrl');
const db = createClient(inject('databaseUrl'));
const fr = flattenMessages(loadMessages('fr'));
const SLUG = 'benin-pdf-e2e';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  await seedBeninRoadmapVersion(db, { slug: SLUG });
});
afterAll(async () => {
  await browser?.close();
  await db.$disconnect();
});

test('a coordinator prepares the PDF of the latest version, then previews and downloads it', async () => {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${baseUrl}/fr/sign-in`);
  await page.getByLabel(fr['auth.email']).fill('coordonnateur@demo.jalon.example');
  await page.getByLabel(fr['auth.password'], { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: fr['auth.signIn'] }).click();
  await page.waitForURL((u) => !u.pathname.endsWith('/sign-in'));

  await page.goto(`${baseUrl}/fr/roadmaps/${SLUG}`);
  await page.getByRole('button', { name: fr['pdf.ui.prepare'] }).click();
  const status = page.getByRole('status').filter({ hasText: /PDF/ });
  await expect.poll(() => status.innerText(), { timeout: 120_000 }).toMatch(/PDF prêt/);
  await screenshot(page, 'pdf-panel');

  const preview = page.getByRole('link', { name: new RegExp(fr['pdf.ui.preview']) });
  const inline = await page.request.get(new URL((await preview.getAttribute('href'))!, baseUrl).href);
  expect(inline.status()).toBe(200);
  expect(inline.headers()['content-type']).toBe('application/pdf');
  expect(inline.headers()['content-disposition']).toMatch(/^inline; filename="benin-pdf-e2e-v1-fr\.pdf"/);
  expect(inline.headers()['content-security-policy']).not.toMatch(/sandbox/);
  expect((await inline.body()).subarray(0, 5).toString()).toBe('%PDF-');

  const download = page.getByRole('link', { name: fr['pdf.ui.download'], exact: true });
  const attachment = await page.request.get(new URL((await download.getAttribute('href'))!, baseUrl).href);
  expect(attachment.headers()['content-disposition']).toMatch(/^attachment;/);
}, 180_000);
