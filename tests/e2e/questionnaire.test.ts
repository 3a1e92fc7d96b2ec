// The questionnaire in a real browser: a contributor answers, loses the network while
// typing, reloads, finds the text still there, and sees it saved when the network returns;
// two people on the same answer get a conflict with both texts; the coordinator's screens.
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createClient } from '@/lib/db/client';
import { flattenMessages, loadMessages } from '@/lib/i18n/messages';
import { DEMO_PASSWORD } from '@/lib/seed/seed-demo';
import { DEMO_ASSESSMENT_TITLE } from '@/lib/seed/seed-demo-assessment';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser, screenshot, SCREENSHOTS } from './browser';

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

async function signIn(email: string, viewport = { width: 1280, height: 900 }) {
  const page = await (await browser.newContext({ viewport, locale: 'fr-FR' })).newPage();
  await page.goto(`${baseUrl}/fr/sign-in`);
  await page.getByLabel(fr['auth.email']).fill(email);
  await page.getByLabel(fr['auth.password'], { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: fr['auth.signIn'] }).click();
  await page.waitForURL(`${baseUrl}/fr`);
  return page;
}

const status = (page: Page) => page.locator('[role=status][data-state]');
const card = (page: Page, code: string) => page.locator(`article#question-${code}`);

/** The questionnaire is long: what the person sees, not the whole page. */
async function view(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

async function answer(page: Page, code: string, level: string, gaps: string) {
  const c = card(page, code);
  await c.getByRole('radio', { name: new RegExp(`^${level} – `) }).check();
  await c.getByLabel(fr['questionnaire.gaps'], { exact: true }).fill(gaps);
}

async function stored(code: string) {
  const pac = await db.entity.findFirstOrThrow({ where: { code: 'PAC' } });
  return db.response.findFirst({ where: { entityId: pac.id, question: { code } } });
}

test('a contributor answers, loses the network while typing, reloads, and nothing is lost', async () => {
  const page = await signIn('contributeur.pac@demo.jalon.example');
  await page.getByRole('link', { name: fr['nav.assessments'] }).first().click();
  await page.getByRole('link', { name: DEMO_ASSESSMENT_TITLE }).click();
  // A contributor lands straight in their entity's questionnaire.
  await page.waitForURL(/\/entities\//);
  await expect.poll(() => page.getByRole('heading', { level: 2, name: /Port autonome de Cotonou/ }).count()).toBe(1);
  await expect.poll(() => status(page).getAttribute('data-state')).toBe('saved');
  await view(page, 'questionnaire-opened');

  await answer(page, 'RISK-02', '1', 'Chaque service applique sa propre grille ; pas de méthode commune adoptée.');
  await answer(page, 'RISK-03', '2', 'Dépendance du port au réseau SBEE et au terminal de Sèmè non évaluée.');
  await answer(page, 'RISK-04', '1', 'Les gares routières voisines du port ne sont pas couvertes.');
  await card(page, 'RISK-04').getByRole('radio', { name: fr['assessment.priority.HIGH'] }).check();
  await expect.poll(() => status(page).getAttribute('data-state'), { timeout: 15_000 }).toBe('saved');
  await card(page, 'RISK-03').scrollIntoViewIfNeeded();
  await expect.poll(async () => (await stored('RISK-03'))?.gaps).toBe('Dépendance du port au réseau SBEE et au terminal de Sèmè non évaluée.');
  expect(await stored('RISK-04')).toMatchObject({ state: 'ANSWERED', maturity: 1, priority: 'HIGH' });
  expect((await stored('RISK-02'))?.maturity).toBe(1);
  await view(page, 'questionnaire-three-answers');

  // The network goes while typing.
  await page.route('**/api/assessments/**', (route) => route.abort('internetdisconnected'));
  const typed = 'Aucune enquête administrative pour les dockers et les prestataires ayant accès aux quais.';
  await card(page, 'RISK-06').getByLabel(fr['questionnaire.gaps'], { exact: true }).pressSequentially(typed.slice(0, 40), { delay: 5 });
  await card(page, 'RISK-06').getByLabel(fr['questionnaire.gaps'], { exact: true }).pressSequentially(typed.slice(40), { delay: 5 });
  await expect.poll(() => status(page).getAttribute('data-state'), { timeout: 15_000 }).toBe('offline');
  expect(await status(page).innerText()).toContain(fr['questionnaire.state.offline']);
  await card(page, 'RISK-06').scrollIntoViewIfNeeded();
  await view(page, 'questionnaire-offline');
  expect(await stored('RISK-06')).toBeNull();

  // Reload while the server is still unreachable: the text comes back from the device.
  await page.reload();
  const gaps = card(page, 'RISK-06').getByLabel(fr['questionnaire.gaps'], { exact: true });
  await expect.poll(() => gaps.inputValue()).toBe(typed);
  await expect.poll(() => status(page).getAttribute('data-state'), { timeout: 15_000 }).toBe('offline');
  await expect.poll(() => page.getByText('Une saisie non envoyée a été retrouvée').count()).toBe(1);
  await card(page, 'RISK-06').scrollIntoViewIfNeeded();
  await view(page, 'questionnaire-reloaded-offline');

  // The network returns: the retry saves it, and the device forgets it.
  await page.unroute('**/api/assessments/**');
  await expect.poll(() => status(page).getAttribute('data-state'), { timeout: 40_000 }).toBe('saved');
  expect((await stored('RISK-06'))?.gaps).toBe(typed);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('jalon.answer')).length)).toBe(0);
  // The three answers from before the cut are still what they were.
  expect((await stored('RISK-02'))?.gaps).toBe('Chaque service applique sa propre grille ; pas de méthode commune adoptée.');
  await view(page, 'questionnaire-saved-after-reconnect');
  await page.context().close();
});

test('two people typing in the same answer: the second sees both texts and merges them', async () => {
  const a = await signIn('contributeur.pac@demo.jalon.example');
  const b = await signIn('coordonnateur@demo.jalon.example');
  const pac = await db.entity.findFirstOrThrow({ where: { code: 'PAC' } });
  const assessment = await db.assessment.findFirstOrThrow({ where: { title: DEMO_ASSESSMENT_TITLE } });
  const url = `${baseUrl}/fr/assessments/${assessment.id}/entities/${pac.id}`;
  await a.goto(url);
  await b.goto(url);
  const needs = (p: Page) => card(p, 'RISK-03').getByLabel(fr['questionnaire.needs'], { exact: true });
  await needs(a).fill('Étude des interdépendances avec la SBEE.');
  await expect.poll(() => status(a).getAttribute('data-state'), { timeout: 15_000 }).toBe('saved');
  await needs(b).fill('Exercice conjoint port-SBEE en 2025.');
  await expect.poll(() => status(b).getAttribute('data-state'), { timeout: 15_000 }).toBe('conflict');
  const panel = card(b, 'RISK-03').getByRole('group', { name: /Deux versions de « Besoins »/ });
  await expect.poll(() => panel.count()).toBe(1);
  expect(await panel.innerText()).toContain('Étude des interdépendances avec la SBEE.');
  expect(await panel.innerText()).toContain('Exercice conjoint port-SBEE en 2025.');
  await card(b, 'RISK-03').scrollIntoViewIfNeeded();
  await view(b, 'questionnaire-conflict');
  // Nothing was overwritten.
  expect((await stored('RISK-03'))?.needs).toBe('Étude des interdépendances avec la SBEE.');
  await panel.getByLabel(fr['questionnaire.conflict.merged']).fill('Étude des interdépendances avec la SBEE, puis exercice conjoint port-SBEE en 2025.');
  await panel.getByRole('button', { name: fr['questionnaire.conflict.useMerged'] }).click();
  await expect.poll(() => status(b).getAttribute('data-state'), { timeout: 15_000 }).toBe('saved');
  expect((await stored('RISK-03'))?.needs).toBe('Étude des interdépendances avec la SBEE, puis exercice conjoint port-SBEE en 2025.');
  await a.context().close();
  await b.context().close();
});

test('the coordinator follows progress, consolidates a question and reads the charts, keyboard only for the finding', async () => {
  const page = await signIn('coordonnateur@demo.jalon.example');
  await page.goto(`${baseUrl}/fr/assessments`);
  await screenshot(page, 'assessments-list');
  await page.getByRole('link', { name: DEMO_ASSESSMENT_TITLE }).click();
  await page.waitForURL(/\/assessments\/[^/]+$/);
  expect(await page.getByText('Ministère des Sports').count()).toBeGreaterThan(0);
  await screenshot(page, 'assessment-overview');

  await page.getByRole('link', { name: fr['assessment.nav.setup'] }).click();
  await page.waitForURL(/\/setup$/);
  await screenshot(page, 'assessment-setup');

  await page.getByRole('link', { name: fr['assessment.nav.consolidation'] }).click();
  await page.waitForURL(/\/consolidation$/);
  await screenshot(page, 'consolidation-grid');
  // One area at a time: the area links say how many findings are written.
  const risk = page.getByRole('navigation', { name: fr['consolidation.areasNav'] }).locator('a[href$="area=RISK"]');
  await expect.poll(() => risk.textContent()).toMatch(/RISK \d+\/\d+/);
  await risk.click();
  await page.waitForURL(/area=RISK$/);
  expect(await risk.getAttribute('aria-current')).toBe('page');
  await page.getByRole('link', { name: 'Consolider RISK-02' }).click();
  await page.waitForURL(/\/consolidation\/[^/]+$/);
  // Keyboard only: tab to the first level of the finding and choose with the arrows.
  const editor = page.getByRole('region', { name: fr['consolidation.editor'] }).or(page.locator('section[aria-labelledby=finding]'));
  await editor.getByRole('radio', { name: fr['assessment.scale.0'] }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Aucune méthode commune ; chaque service applique sa grille.');
  await expect.poll(() => page.locator('[role=status][data-state]').getAttribute('data-state'), { timeout: 15_000 }).toBe('saved');
  const q = await db.question.findFirstOrThrow({ where: { code: 'RISK-02' } });
  const finding = await db.finding.findFirstOrThrow({ where: { questionId: q.id } });
  expect(finding).toMatchObject({ maturity: 1 });
  expect(finding.achievements + finding.gaps).toContain('Aucune méthode commune');
  await screenshot(page, 'consolidation-question');

  await page.getByRole('link', { name: fr['assessment.nav.results'] }).click();
  await page.waitForURL(/\/results$/);
  expect(await page.locator('svg[role=img]').count()).toBe(2);
  await screenshot(page, 'results');
  await page.emulateMedia({ media: 'print' });
  await screenshot(page, 'results-print');
  await page.emulateMedia({ media: 'screen' });

  const xlsx = await page.request.get(`${page.url().replace('/fr/assessments/', '/api/assessments/').replace(/\/results$/, '')}/export?format=xlsx&locale=fr`);
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
  const csv = await page.request.get(`${page.url().replace('/fr/assessments/', '/api/assessments/').replace(/\/results$/, '')}/export?format=csv&kind=findings&locale=en`);
  expect(await csv.text()).toContain('Area code,Area,Question code');
  await page.context().close();
});
