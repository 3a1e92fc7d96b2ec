// The programme view and the next cycle in a real browser, on the demo: a reviewer assigned to
// Benin and Togo sees both and nothing of Senegal (the third illustrative country), exports
// the needs list and downloads the regional brief; the national coordinator starts Benin's
// next cycle, the port's contributor confirms one carried answer and changes another, and
// the comparison shows the change. Screenshots in French and English; axe-core on each page.
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createClient } from '@/lib/db/client';
import { flattenMessages, loadMessages } from '@/lib/i18n/messages';
import { DEMO_ASSESSMENT_TITLE } from '@/lib/seed/seed-demo-assessment';
import { savePdf } from '../helpers/pdf-text';
import { createAccounts, seriousFindings, summary } from './a11y';
import { signIn } from './sign-in';
import { launchBrowser, screenshot } from './browser';

const baseUrl = inject('baseUrl');
const db = createClient(inject('databaseUrl'));
const fr = flattenMessages(loadMessages('fr'));
const en = flattenMessages(loadMessages('en'));
const REVIEWER = 'programme.reviewer@un.example';
const SENEGAL = /S[ée]n[ée]gal|Dakar/;
let browser: Browser;

const first = () => db.assessment.findFirstOrThrow({ where: { title: DEMO_ASSESSMENT_TITLE }, select: { id: true, status: true } });

beforeAll(async () => {
  browser = await launchBrowser();
  // A reviewer of her own (the demo reviewer's second factor belongs to other test files), assigned to Benin and Togo.
  await createAccounts(db, [{ email: REVIEWER, role: 'REVIEWER' }]);
  const user = await db.user.findUniqueOrThrow({ where: { email: REVIEWER } });
  const togo = await db.country.findUniqueOrThrow({ where: { code: 'TG' } });
  if (!(await db.membership.findFirst({ where: { userId: user.id, countryId: togo.id } }))) {
    await db.membership.create({ data: { userId: user.id, role: 'REVIEWER', countryId: togo.id } });
  }
});

afterAll(async () => {
  await browser?.close();
  // Benin's first cycle back in consolidation, its next cycle gone, as the other files expect.
  const a = await first();
  await db.assessment.deleteMany({ where: { previousId: a.id } });
  await db.assessment.update({ where: { id: a.id }, data: { status: 'CONSOLIDATION' } });
  await db.$disconnect();
});

async function expectAccessible(page: Page) {
  const findings = await seriousFindings(page);
  expect(summary(findings)).toEqual([]);
}

test('a reviewer of Benin and Togo sees both, nothing of Senegal, exports the needs and downloads the regional brief', async () => {
  const page = await signIn(browser, baseUrl, REVIEWER);
  await page.goto(`${baseUrl}/fr/programme`);
  await expect.poll(() => page.getByRole('heading', { level: 1, name: fr['programme.title'] }).count()).toBe(1);
  const countries = page.getByRole('region', { name: fr['programme.countries'] });
  expect(await countries.getByRole('rowheader').allInnerTexts()).toEqual(['Bénin', 'Togo']);
  expect(await page.locator('main').innerText()).not.toMatch(SENEGAL);
  expect(await page.content()).not.toMatch(SENEGAL);
  // The heat map names both countries; the common needs name both.
  expect(await page.locator('svg[role="img"] title').first().textContent()).toBe(fr['programme.heatmap']);
  const needs = page.getByRole('heading', { level: 2, name: fr['programme.needs'] }).locator('..');
  expect(await needs.innerText()).toContain('GOV-01');
  await expectAccessible(page);
  await screenshot(page, 'programme-fr');

  // The common needs as CSV, and the requests filtered to Togo.
  const needsHref = await page.getByRole('link', { name: fr['programme.exportNeeds'] }).getAttribute('href');
  const csv = await page.request.get(new URL(needsHref!, baseUrl).href);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
  const text = await csv.text();
  expect(text).toContain('Togo');
  expect(text).toContain('Bénin');
  expect(text).not.toMatch(SENEGAL);
  await page.getByRole('combobox', { name: fr['programme.filter.country'], exact: true }).selectOption('TG');
  await page.getByRole('button', { name: fr['programme.filter.apply'] }).click();
  await page.waitForURL((u) => u.searchParams.get('country') === 'TG');
  const rows = page.getByRole('region', { name: fr['programme.requests'] }).getByRole('rowheader');
  expect(new Set(await rows.allInnerTexts())).toEqual(new Set(['Togo']));
  const xlsx = await page.request.get(new URL((await page.getByRole('link', { name: fr['programme.exportXlsx'] }).getAttribute('href'))!, baseUrl).href);
  expect(xlsx.headers()['content-type']).toContain('spreadsheetml');

  // The regional brief: two pages, read back by poppler.
  const brief = await page.request.get(new URL((await page.getByRole('link', { name: fr['programme.briefFr'] }).getAttribute('href'))!, baseUrl).href);
  expect(brief.status()).toBe(200);
  expect(brief.headers()['content-type']).toBe('application/pdf');
  const file = savePdf('programme-brief-e2e-fr.pdf', await brief.body());
  expect(execFileSync('pdfinfo', [file]).toString()).toMatch(/Pages:\s+2/);
  const pdfText = execFileSync('pdftotext', ['-layout', file, '-']).toString();
  expect(pdfText).toContain('Note régionale');
  expect(pdfText).toContain('Togo');
  expect(pdfText).not.toMatch(SENEGAL);

  await page.goto(`${baseUrl}/en/programme`);
  await expect.poll(() => page.getByRole('heading', { level: 1, name: en['programme.title'] }).count()).toBe(1);
  expect(await page.content()).not.toMatch(SENEGAL);
  await expectAccessible(page);
  await screenshot(page, 'programme-en');
  const briefEn = await page.request.get(new URL((await page.getByRole('link', { name: en['programme.briefEn'] }).getAttribute('href'))!, baseUrl).href);
  const fileEn = savePdf('programme-brief-e2e-en.pdf', await briefEn.body());
  expect(execFileSync('pdftotext', ['-layout', fileEn, '-']).toString()).toContain('Regional brief');
  await page.context().close();
}, 180_000); // signs in with a second factor, renders two PDFs and runs axe twice

test('the coordinator starts Benin’s next cycle, a contributor confirms one carried answer and changes another, the comparison shows it', async () => {
  const a = await first();
  await db.assessment.update({ where: { id: a.id }, data: { status: 'CLOSED' } });
  const coordinator = await signIn(browser, baseUrl, 'coordonnateur@demo.jalon.example');
  await coordinator.goto(`${baseUrl}/fr/assessments/${a.id}`);
  await coordinator.getByLabel(fr['programme.cycle.titleField']).fill('Deuxième cycle du Bénin');
  await coordinator.getByRole('button', { name: fr['programme.cycle.submit'] }).click();
  await coordinator.waitForURL((u) => /\/fr\/assessments\/[^/]+$/.test(u.pathname) && !u.pathname.endsWith(a.id));
  const next = await db.assessment.findFirstOrThrow({ where: { previousId: a.id }, select: { id: true, status: true } });
  expect(next.status).toBe('COLLECTION');
  // Starting it again from the first cycle: the form is gone, and the action says why.
  await coordinator.goto(`${baseUrl}/fr/assessments/${a.id}`);
  expect(await coordinator.getByRole('button', { name: fr['programme.cycle.submit'] }).count()).toBe(0);
  expect(await coordinator.getByRole('link', { name: fr['programme.cycle.next'].replace('{title}', 'Deuxième cycle du Bénin') }).count()).toBe(1);

  // The port's contributor, in her questionnaire of the new cycle.
  const pac = await db.entity.findFirstOrThrow({ where: { code: 'PAC', country: { code: 'BJ' } } });
  const contributor = await signIn(browser, baseUrl, 'contributeur.pac@demo.jalon.example');
  await contributor.goto(`${baseUrl}/fr/assessments/${next.id}/entities/${pac.id}`);
  const carried = contributor.locator('article:has([data-carried])');
  await expect.poll(() => carried.count()).toBeGreaterThan(1);
  const before = await carried.count();
  await expectAccessible(contributor);
  const keep = carried.first();
  const keepCode = await keep.locator('span.font-mono').innerText();
  await keep.getByRole('button', { name: fr['programme.carried.confirm'] }).click();
  await expect.poll(() => contributor.locator(`#question-${keepCode} [data-carried]`).count(), { timeout: 15_000 }).toBe(0);
  const change = contributor.locator('article:has([data-carried])').first();
  const changeCode = await change.locator('span.font-mono').innerText();
  const gaps = change.getByLabel(fr['questionnaire.gaps'], { exact: true });
  await gaps.fill(`${await gaps.inputValue()} Le plan de sûreté du port a été révisé en 2026.`.trim());
  // Saved by the autosave: the server's answer is no longer carried.
  const saved = () => db.response.findFirst({ where: { assessmentId: next.id, entityId: pac.id, question: { code: changeCode } }, select: { carried: true, gaps: true } });
  await expect.poll(async () => (await saved())?.carried, { timeout: 15_000 }).toBe(false);
  expect((await saved())?.gaps).toContain('révisé en 2026');
  await expect.poll(() => contributor.locator(`#question-${changeCode} [data-carried]`).count()).toBe(0);
  expect(await contributor.locator('article:has([data-carried])').count()).toBe(before - 2);
  const rows = await db.response.findMany({ where: { assessmentId: next.id, entityId: pac.id, question: { code: { in: [keepCode, changeCode] } } }, select: { carried: true } });
  expect(rows.map((r) => r.carried)).toEqual([false, false]);

  // The comparison, by the coordinator.
  await coordinator.goto(`${baseUrl}/fr/assessments/${next.id}`);
  await coordinator.getByRole('link', { name: fr['programme.cycle.compare'] }).click();
  await coordinator.waitForURL((u) => u.pathname.endsWith('/compare'));
  const item = coordinator.locator(`li[data-question="${changeCode}"]`);
  expect(await item.count()).toBe(1);
  expect(await item.innerText()).toContain(fr['programme.compare.state.changed']);
  expect(await item.locator('ins').allInnerTexts()).toContainEqual(expect.stringContaining('révisé en 2026'));
  expect(await coordinator.locator(`li[data-question="${keepCode}"]`).count()).toBe(0);
  await expectAccessible(coordinator);
  await screenshot(coordinator, 'programme-compare-fr');
  await coordinator.goto(`${baseUrl}/en/assessments/${next.id}/compare`);
  expect(await coordinator.locator(`li[data-question="${changeCode}"]`).innerText()).toContain(en['programme.compare.state.changed']);
  await expectAccessible(coordinator);
  await screenshot(coordinator, 'programme-compare-en');
  await coordinator.context().close();
  await contributor.context().close();
}, 180_000);
