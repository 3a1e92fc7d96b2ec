// An administrator adds a second country from the ISO list and imports its register: a file
// with errors is refused row by row in French (and in English), nothing written; the right
// file is previewed, then imported. The file button speaks the page's language.
// The country's emblem: refused when unsafe, redrawn and shown, removed.
import path from 'node:path';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createClient } from '@/lib/db/client';
import { countryName } from '@/lib/country/names';
import { flattenMessages, loadMessages } from '@/lib/i18n/messages';
import { createAccounts, seriousFindings, summary } from './a11y';
import { launchBrowser, screenshot } from './browser';
import { signIn } from './sign-in';
import { ROOT } from '../helpers/paths';

const baseUrl = inject('baseUrl');
const db = createClient(inject('databaseUrl'));
const fr = flattenMessages(loadMessages('fr'));
const en = flattenMessages(loadMessages('en'));
const ADMIN = 'countries.admin@un.example';
let browser: Browser;
let page: Page;
let code: string;

const GOOD = [
  'code;sigle;nom_fr;nom_en;article;type;parent',
  'MINT;MISPD;Ministère de l’Intérieur, de la Sécurité publique et de la Décentralisation;Ministry of the Interior, Public Security and Decentralisation;;Ministère;',
  'DGPN;DGPN;Direction générale de la Police nationale;Directorate-General of the National Police;;Force de défense et de sécurité;MINT',
  'ANAC;ANAC;Agence nationale de l’aviation civile;National Civil Aviation Agency;;Agence ou direction;',
].join('\n');
const BAD = [
  'code;nom_fr;nom_en;type;parent',
  'MINT;Ministère de l’Intérieur;Ministry of the Interior;Ministère;',
  'MINT;Ministère de la Justice;Ministry of Justice;Ministère;',
  'DGPN;Direction générale de la Police nationale;;Police;NOPE',
].join('\n');

beforeAll(async () => {
  browser = await launchBrowser();
  await createAccounts(db, [{ email: ADMIN, role: 'ADMIN' }]);
  // A country no other file uses and this run has not added yet (the database is shared by every file).
  const taken = new Set((await db.country.findMany({ select: { code: true } })).map((c) => c.code));
  code = ['NE', 'ML', 'BF', 'GN', 'TD', 'MR', 'GW', 'CV'].find((c) => !taken.has(c))!;
  page = await signIn(browser, baseUrl, ADMIN);
});
afterAll(async () => {
  await browser?.close();
  await db.$disconnect();
});

async function expectAccessible() {
  expect(summary(await seriousFindings(page))).toEqual([]);
}

const result = () => page.locator('[data-register-result]');

async function choose(name: string, text: string, label: string) {
  await page.getByLabel(label).setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
}

test('an administrator adds a country from the ISO list, and its register is refused with its errors, then imported', async () => {
  const name = countryName(code, 'fr');
  await page.goto(`${baseUrl}/fr/admin/countries`);
  await page.getByLabel(fr['country.admin.create.country'], { exact: true }).selectOption(code);
  await screenshot(page, 'countries-admin-fr');
  await expectAccessible();
  await page.getByRole('button', { name: fr['country.admin.create.submit'] }).click();
  await page.waitForURL(`${baseUrl}/fr/admin/countries/${code.toLowerCase()}?created=1`);
  expect(await page.getByText(fr['country.admin.create.created'].replace('{country}', name)).count()).toBe(1);
  const country = await db.country.findUniqueOrThrow({ where: { code } });
  expect(await db.auditEvent.count({ where: { action: 'country.create', targetId: country.id } })).toBe(1);

  // The file button is in French, and says which file was chosen.
  const label = fr['country.import.file'];
  expect(await page.locator('[data-file-button]').innerText()).toBe(fr['form.file.choose']);
  expect(await page.getByText(fr['form.file.none']).count()).toBe(1);
  await choose('registre-errone.csv', BAD, label);
  expect(await page.getByText(fr['form.file.chosen'].replace('{name}', 'registre-errone.csv')).count()).toBe(1);
  await page.getByRole('button', { name: fr['country.import.preview'] }).click();
  await expect.poll(() => result().getAttribute('data-register-result'), { timeout: 30_000 }).toBe('refused');
  const problems = page.getByRole('table', { name: /problèmes/ });
  expect(await problems.locator('tbody tr').allInnerTexts()).toEqual([
    `3\tcode\t${fr['country.import.duplicateCode'].replace('{code}', 'MINT').replace('{line}', '2')}`,
    `4\tnom_en\t${fr['form.required']}`,
    `4\ttype\t${fr['country.import.unknownKind'].replace('{value}', 'Police')}`,
  ]);
  expect(await db.entity.count({ where: { countryId: country.id } })).toBe(0);
  await screenshot(page, 'countries-register-refused-fr');
  await expectAccessible();

  await choose('registre.csv', GOOD, label);
  await page.getByRole('button', { name: fr['country.import.preview'] }).click();
  await expect.poll(() => result().getAttribute('data-register-result'), { timeout: 30_000 }).toBe('preview');
  expect(await result().locator('tr[data-change=create]').count()).toBe(3);
  expect(await db.entity.count({ where: { countryId: country.id } })).toBe(0);
  await screenshot(page, 'countries-register-preview-fr');
  await expectAccessible();
  // Confirmed by keyboard.
  await page.getByRole('button', { name: '3 entités', exact: false }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => result().getAttribute('data-register-result'), { timeout: 30_000 }).toBe('applied');
  const rows = await db.entity.findMany({ where: { countryId: country.id }, select: { code: true, articleFr: true, kind: true, parent: { select: { code: true } } }, orderBy: { code: 'asc' } });
  expect(rows).toEqual([
    { code: 'ANAC', articleFr: 'ELIDED', kind: 'AGENCY', parent: null },
    { code: 'DGPN', articleFr: 'LA', kind: 'SECURITY_FORCE', parent: { code: 'MINT' } },
    { code: 'MINT', articleFr: 'LE', kind: 'MINISTRY', parent: null },
  ]);
  expect(await db.auditEvent.count({ where: { action: 'country.register.import', targetId: country.id } })).toBe(1);

  // The register reads in the country's page.
  await page.goto(`${baseUrl}/fr/countries/${code.toLowerCase()}`);
  expect(await page.getByRole('rowheader', { name: 'Direction générale de la Police nationale' }).count()).toBe(1);
});

test('in English: the same page, the file button and the errors in English', async () => {
  await page.goto(`${baseUrl}/en/admin/countries`);
  await screenshot(page, 'countries-admin-en');
  await page.goto(`${baseUrl}/en/admin/countries/${code.toLowerCase()}`);
  expect(await page.locator('[data-file-button]').innerText()).toBe(en['form.file.choose']);
  await choose('register.csv', BAD, en['country.import.file']);
  await page.getByRole('button', { name: en['country.import.preview'] }).click();
  await expect.poll(() => result().getAttribute('data-register-result'), { timeout: 30_000 }).toBe('refused');
  expect(await result().innerText()).toContain(en['country.import.unknownKind'].replace('{value}', 'Police'));
  await screenshot(page, 'countries-register-refused-en');
  await expectAccessible();
});

test('the emblem: a script-bearing SVG is refused in French and nothing is kept; a clean SVG is redrawn, shown, then removed', async () => {
  const country = await db.country.findUniqueOrThrow({ where: { code } });
  const name = countryName(code, 'fr');
  await page.goto(`${baseUrl}/fr/countries/${code.toLowerCase()}`);
  const label = fr['country.emblem.file'];
  const outcome = page.locator('[data-emblem-result]');
  expect(await page.getByText(fr['country.emblem.none']).count()).toBe(1);

  // Named .png, but an SVG with a script: what it is comes from its bytes, and it is refused.
  const hostile = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>';
  await page.getByLabel(label).setInputFiles({ name: 'embleme.png', mimeType: 'image/png', buffer: Buffer.from(hostile) });
  await page.getByRole('button', { name: fr['country.emblem.submit'] }).click();
  await expect.poll(() => outcome.getAttribute('data-emblem-result'), { timeout: 30_000 }).toBe('refused');
  expect(await outcome.innerText()).toContain(fr['country.emblem.errors.unsafeSvg']);
  expect(await db.countryEmblem.count({ where: { countryId: country.id } })).toBe(0);
  await expectAccessible();

  // The shield: redrawn as a PNG, previewed with its alternative text, audited.
  await page.getByLabel(label).setInputFiles(path.join(ROOT, 'tests', 'fixtures', 'emblems', 'shield.svg'));
  await page.getByRole('button', { name: fr['country.emblem.submit'] }).click();
  await expect.poll(() => outcome.getAttribute('data-emblem-result'), { timeout: 30_000 }).toBe('saved');
  const preview = page.getByRole('img', { name: fr['country.emblem.alt'].replace('{country}', name) });
  await expect.poll(() => preview.evaluate((img) => (img as HTMLImageElement).naturalWidth), { timeout: 30_000 }).toBeGreaterThan(0);
  const stored = await db.countryEmblem.findUniqueOrThrow({ where: { countryId: country.id } });
  expect(stored.sourceType).toBe('SVG');
  // The file button no longer names the file sent.
  expect(await page.getByText(fr['form.file.none']).count()).toBe(1);
  expect(Buffer.from(stored.png).subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(await db.auditEvent.count({ where: { action: 'country.emblem.set', targetId: country.id } })).toBe(1);
  await screenshot(page, 'countries-emblem-fr');
  await expectAccessible();

  // Removed by keyboard: the page says so, and nothing is left.
  await page.getByRole('button', { name: fr['country.emblem.remove'] }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => outcome.getAttribute('data-emblem-result'), { timeout: 30_000 }).toBe('removed');
  expect(await db.countryEmblem.count({ where: { countryId: country.id } })).toBe(0);

  // In English, a file that is no image at all.
  await page.goto(`${baseUrl}/en/countries/${code.toLowerCase()}`);
  await page.getByLabel(en['country.emblem.file']).setInputFiles({ name: 'emblem.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('not an image') });
  await page.getByRole('button', { name: en['country.emblem.submit'] }).click();
  await expect.poll(() => outcome.getAttribute('data-emblem-result'), { timeout: 30_000 }).toBe('refused');
  expect(await outcome.innerText()).toContain(en['country.emblem.errors.badType']);
});
