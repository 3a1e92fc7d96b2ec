// An administrator adds a second country from the ISO list and imports its register: a file
// with errors is refused row by row in French (and in English), nothing written; the right
// file is previewed, then imported. The file button speaks the page's language.
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createClient } from '@/lib/db/client';
import { countryName } from '@/lib/country/names';
import { flattenMessages, loadMessages } from '@/lib/i18n/messages';
import { createAccounts, seriousFindings, summary } from './a11y';
import { launchBrowser, screenshot } from './browser';
import { signIn } from './sign-in';

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
