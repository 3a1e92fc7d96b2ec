import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { flattenMessages, loadMessages } from '@/lib/i18n/messages';
import { DEMO_PASSWORD } from '@/lib/seed/seed-demo';
import { launchBrowser, screenshot } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const fr = flattenMessages(loadMessages('fr'));
const en = flattenMessages(loadMessages('en'));
const english = new Set(Object.values(en));

/** French catalog texts that differ from every English one and are long enough to be unambiguous. */
const frenchOnly = Object.values(fr).filter((s) => !english.has(s) && s.length > 12 && !s.includes('{'));

test('a visitor lands in French, sees the demo country, and switches every visible string to English', async () => {
  const page = await browser.newPage();
  await page.goto(baseUrl);
  expect(new URL(page.url()).pathname).toBe('/fr');
  await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('fr');
  await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(fr['home.title']);
  await screenshot(page, 'home-fr');

  // The register of a country is for signed-in users of that country.
  await page.getByRole('link', { name: fr['home.signInToWork'] }).click();
  await page.getByLabel(fr['auth.email']).fill('coordonnateur@demo.jalon.example');
  await page.getByLabel(fr['auth.password']).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: fr['auth.signIn'] }).click();
  await page.waitForURL(`${baseUrl}/fr`);
  expect(await page.getByRole('heading', { name: 'Bénin', exact: true }).count()).toBe(1);

  await page.getByRole('link', { name: fr['home.openRegister'].replace('{country}', 'Bénin') }).click();
  await page.waitForURL('**/fr/countries/bj');
  expect(await page.getByRole('note').innerText()).toBe(fr['demo.banner']);
  expect(await page.getByRole('rowheader', { name: "Ministère de l’Intérieur et de la Sécurité publique" }).count()).toBe(1);
  await screenshot(page, 'country-fr');

  // Keyboard only: the English link is reachable with Tab and follows with Enter.
  const englishLink = page.getByRole('link', { name: 'English' });
  await englishLink.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL('**/en/countries/bj');
  expect(await page.locator('html').getAttribute('lang')).toBe('en');
  expect(await page.getByRole('rowheader', { name: 'Ministry of the Interior and Public Security' }).count()).toBe(1);
  const text = await page.locator('body').innerText();
  expect(frenchOnly.filter((s) => text.includes(s))).toEqual([]);
  await screenshot(page, 'country-en');

  await page.getByRole('link', { name: en['nav.home'] }).click();
  await page.waitForURL('**/en');
  // A signed-in person's home names their roadmaps and consultations as they were written
  // (h3 titles, French here): every other string on it is English.
  const home = await page.locator('body').evaluate((b) => {
    const copy = b.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('h3').forEach((h) => h.remove());
    document.body.append(copy);
    const text = copy.innerText;
    copy.remove();
    return text;
  });
  expect(home).toContain(en['home.countriesTitle']);
  expect(frenchOnly.filter((s) => home.includes(s))).toEqual([]);
  await screenshot(page, 'home-en');
});

test('an unknown page answers 404 in the visitor’s language', async () => {
  const page = await browser.newPage();
  const res = await page.goto(`${baseUrl}/fr/nulle-part`);
  expect(res?.status()).toBe(404);
  expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(fr['errors.notFoundTitle']);
});
