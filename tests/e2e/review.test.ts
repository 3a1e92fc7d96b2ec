// The review as a UN reviewer lives it, in Chromium against the built app.
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { createClient } from '@/lib/db/client';
import { flattenMessages, loadMessages } from '@/lib/i18n/messages';
import { DEMO_PASSWORD } from '@/lib/seed/seed-demo';
import { totp } from '../helpers/totp';
import { launchBrowser, screenshot } from './browser';
import { signIn } from './sign-in';

const baseUrl = inject('baseUrl');
const db = createClient(inject('databaseUrl'));
const fr = flattenMessages(loadMessages('fr'));
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await db.$disconnect();
});

test('the demo reviewer’s first sign-in, after setting up two-factor, lands signed in with her menus, without a reload', async () => {
  const email = 'examinatrice@demo.jalon.example';
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  // Another test file may have set her up already: start from a first sign-in.
  await db.twoFactor.deleteMany({ where: { userId: user.id } });
  await db.user.update({ where: { id: user.id }, data: { twoFactorEnabled: false } });

  const page = await (await browser.newContext()).newPage();
  await page.goto(`${baseUrl}/fr/sign-in`);
  await page.getByLabel(fr['auth.email']).fill(email);
  await page.getByLabel(fr['auth.password'], { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: fr['auth.signIn'] }).click();
  await page.waitForURL(/\/fr\/account\/two-factor/);
  await page.getByLabel(fr['auth.password']).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: fr['account.generate'] }).click();
  const secret = await page.getByTestId('totp-secret').innerText();
  await page.getByLabel(fr['auth.code']).fill(totp(secret));
  await page.getByRole('button', { name: fr['auth.verify'] }).click();
  await page.waitForURL(`${baseUrl}/fr/account`);
  const header = page.getByRole('banner');
  // Her menu, named after her (the phone menu beside it is hidden at this width).
  await expect.poll(() => header.locator('summary', { hasText: user.name }).count()).toBe(1);
  expect(await header.getByText(user.name).count()).toBe(1);
  expect(await header.getByRole('link', { name: fr['nav.roadmaps'] }).count()).toBeGreaterThan(0);
  expect(await header.getByRole('link', { name: fr['nav.signIn'] }).count()).toBe(0);
  await screenshot(page, 'review-first-sign-in');
  await page.context().close();
});

test('the comparison keeps its versions when switched to English', async () => {
  const page = await signIn(browser, baseUrl, 'coordonnateur@demo.jalon.example');

  // The comparison of the demo roadmap's two versions, then the same in English: the
  // language switch keeps the versions.
  await page.goto(`${baseUrl}/fr/roadmaps/benin-2024/compare?from=1&to=2`);
  expect(await page.getByTestId('comparison-summary').innerText()).not.toBe('');
  await screenshot(page, 'review-compare-fr');
  await page.getByRole('banner').getByRole('link', { name: 'English' }).click();
  await page.waitForURL(`${baseUrl}/en/roadmaps/benin-2024/compare?from=1&to=2`);
  expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(/1.*2/);
  await screenshot(page, 'review-compare-en');

  await page.context().close();
}, 180_000);
