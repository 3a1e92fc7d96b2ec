// The framework explorer in Chromium: French first, a paragraph filter through the plain
// GET form, the coverage table, the switch to English; and an administrator's upload of a
// framework file, refused with its problems in French, then accepted.
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createClient } from '@/lib/db/client';
import { computeCoverage } from '@/lib/framework/compute-coverage';
import { paragraphName } from '@/lib/framework/paragraph-check';
import { translator } from '@/lib/i18n/translate';
import { CONTENT_ROOT, findFrameworkFolders } from '@/lib/framework/find-framework-folders';
import { loadFramework } from '@/lib/framework/load-framework';
import type { FrameworkContent } from '@/lib/framework/schema';
import { flattenMessages, loadMessages } from '@/lib/i18n/messages';
import { importShippedFrameworks } from '@/lib/seed/import-shipped-frameworks';
import { DEMO_PASSWORD } from '@/lib/seed/seed-demo';
import { loadMini } from '../helpers/framework-fixtures';
import { totp } from '../helpers/totp';
import { launchBrowser, screenshot } from './browser';

const baseUrl = inject('baseUrl');
const db = createClient(inject('databaseUrl'));
const fr = flattenMessages(loadMessages('fr'));
const en = flattenMessages(loadMessages('en'));
let browser: Browser;
let shipped: FrameworkContent;

beforeAll(async () => {
  // Idempotent: a no-op once the seed imports the shipped frameworks itself.
  await importShippedFrameworks(db);
  const r = loadFramework(findFrameworkFolders(CONTENT_ROOT)[0]);
  if (!r.ok) throw new Error('the shipped framework is invalid: run npm run framework:check');
  shipped = r.content;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await db.$disconnect();
});

const codesOnPage = (page: Page) => page.locator('main article h3 span.font-mono').allInnerTexts();

test('the explorer in French: filter by a paragraph, open the coverage table, switch to English', async () => {
  const { slug, version } = shipped.framework;
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });

  await page.goto(`${baseUrl}/fr`);
  await page.getByRole('navigation', { name: fr['nav.main'] }).getByRole('link', { name: fr['nav.framework'] }).click();
  await page.waitForURL('**/fr/framework');
  await page.getByRole('link', { name: fr['framework.open'].replace('{version}', version) }).click();
  await page.waitForURL(`**/fr/framework/${slug}/${version}`);
  expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(shipped.framework.title.fr);
  const all = shipped.areas.flatMap((a) => a.questions.map((q) => q.code));
  expect(await codesOnPage(page)).toEqual(all);
  await screenshot(page, 'framework-explorer-fr');

  // The plain GET form: the filter lands in the address.
  const key = '2341:OP3';
  const citing = shipped.areas.flatMap((a) => a.questions.filter((q) => q.references.includes(key)).map((q) => q.code));
  expect(citing.length).toBeGreaterThan(0);
  await page.getByLabel(fr['framework.filters.paragraph']).selectOption(key);
  await page.getByRole('button', { name: fr['framework.filters.apply'] }).click();
  await page.waitForURL((url) => url.searchParams.get('paragraph') === key);
  expect(await codesOnPage(page)).toEqual(citing);
  expect(await page.getByRole('status').first().innerText()).toBe(citing.length === 1 ? '1 question' : `${citing.length} questions`);
  await screenshot(page, 'framework-filtered-fr');

  // The coverage table: every operative paragraph of 2341, each with its questions.
  await page.getByRole('navigation', { name: fr['framework.nav.label'] }).getByRole('link', { name: fr['framework.nav.coverage'] }).click();
  await page.waitForURL(`**/fr/framework/${slug}/${version}/coverage`);
  const table = page.getByRole('table', { name: fr['framework.coverage.caption'].replace('{symbol}', 'S/RES/2341 (2017)') });
  const rows = table.locator('tbody tr');
  const expected = computeCoverage(shipped).find((i) => i.code === '2341')!;
  // A client-side navigation can change the address before the new page is drawn: wait for it.
  await expect.poll(() => rows.count()).toBe(expected.rows.length);
  // Named as the page names them: "par. 3" when the number is verified, else by subject, "n° 9 à confirmer".
  const tf = translator('fr', 'framework');
  expect(await table.getByRole('rowheader').allInnerTexts()).toEqual(expected.rows.map((r) => paragraphName(tf, 'fr', '2341', { ...r, kind: 'operative' })));
  expect(await table.getByText(fr['framework.coverage.uncovered'], { exact: true }).count()).toBe(0);
  await screenshot(page, 'framework-coverage-fr');

  // Keyboard only: the English link follows with Enter, and keeps the page.
  await page.getByRole('link', { name: 'English' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(`**/en/framework/${slug}/${version}/coverage`);
  await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
  await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(shipped.framework.title.en);
  await expect.poll(() => page.getByRole('table', { name: en['framework.coverage.caption'].replace('{symbol}', 'S/RES/2341 (2017)') }).count()).toBe(1);
  const text = await page.locator('main').innerText();
  expect(text).toContain(en['framework.coverage.covered']);
  expect(text).not.toContain(fr['framework.coverage.covered']);
  await screenshot(page, 'framework-coverage-en');

  await page.getByRole('link', { name: en['framework.nav.traceability'] }).click();
  await page.waitForURL(`**/en/framework/${slug}/${version}/traceability`);
  await screenshot(page, 'framework-traceability-en');
  expect(violations).toEqual([]);
});

test('an unknown version answers 404', async () => {
  const res = await fetch(`${baseUrl}/fr/framework/vt/0.0`);
  expect(res.status).toBe(404);
  expect(res.headers.get('content-security-policy')).toMatch(/nonce-/);
});

test('an administrator uploads a framework file: refused with its problems in French, then imported', async () => {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${baseUrl}/fr/admin/frameworks/import`);
  await page.waitForURL(/\/fr\/sign-in/);
  await page.getByLabel(fr['auth.email']).fill('admin@demo.jalon.example');
  await page.getByLabel(fr['auth.password']).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: fr['auth.signIn'] }).click();
  // Administrators set up two-factor authentication before anything else.
  await page.waitForURL(/\/fr\/account\/two-factor\?required=1$/);
  await page.getByLabel(fr['auth.password']).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: fr['account.generate'] }).click();
  const secret = await page.getByTestId('totp-secret').innerText();
  await page.getByLabel(fr['auth.code']).fill(totp(secret));
  await page.getByRole('button', { name: fr['auth.verify'] }).click();
  await page.waitForURL(`${baseUrl}/fr/account`);

  await page.goto(`${baseUrl}/fr/admin/frameworks/import`);
  const mini = loadMini();
  const broken = structuredClone(mini) as unknown as { areas: { questions: { levels: unknown[]; references: string[] }[] }[] };
  broken.areas[0].questions[1].levels.pop();
  broken.areas[1].questions[0].references.push('2341:OP42');
  await page.getByLabel(fr['framework.importPage.file']).setInputFiles({ name: 'mini.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await page.getByRole('button', { name: fr['framework.importPage.submit'] }).click();
  await expect.poll(() => page.locator('main [role=alert]').innerText()).toBe(fr['framework.invalidFile']);
  const problems = page.getByRole('table', { name: '2 problèmes à corriger' });
  expect(await problems.getByRole('rowheader').allInnerTexts()).toEqual(['areas[0].questions[1].levels', 'areas[1].questions[0].references[1]']);
  expect(await problems.locator('tbody td').allInnerTexts()).toEqual([
    '5 descripteurs attendus, 4 trouvés',
    '2341:OP42\u00a0: l’instrument 2341 n’a pas de paragraphe OP42',
  ]);
  expect(await db.frameworkVersion.count({ where: { slug: 'mini' } })).toBe(0);
  await screenshot(page, 'framework-import-refused-fr');

  await page.getByLabel(fr['framework.importPage.file']).setInputFiles({ name: 'mini.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(mini)) });
  await page.getByRole('button', { name: fr['framework.importPage.submit'] }).click();
  await expect.poll(() => page.getByRole('status').filter({ hasText: 'mini' }).innerText()).toContain('Version 1.0 de «\u00a0mini\u00a0» importée');
  await screenshot(page, 'framework-import-done-fr');
  await page.getByRole('link', { name: fr['framework.importPage.view'] }).click();
  await page.waitForURL('**/fr/framework/mini/1.0');
  expect(await codesOnPage(page)).toEqual(['GOV-01', 'GOV-02', 'HRG-01']);
});
