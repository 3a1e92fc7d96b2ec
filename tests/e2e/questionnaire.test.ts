// The questionnaire in a real browser: a contributor answers, loses the network while
// typing, reloads, finds the text still there, and sees it saved when the network returns;
// two people on the same answer get a conflict with both texts; the coordinator's screens.
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createClient } from '@/lib/db/client';
import { flattenMessages, loadMessages } from '@/lib/i18n/messages';
import { DEMO_PASSWORD } from '@/lib/seed/seed-demo';
import { DEMO_ASSESSMENT_TITLE } from '@/lib/seed/seed-demo-assessment';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser, screenshot, SCREENSHOTS } from './browser';

const baseUrl = inject('baseUrl');
const db = createClient(inject('databaseUrl'));
const fr = flattenMessages(loadMessages('fr'));
let browser: Browser;

// The demo assessment is in consolidation, where contributors only read: these tests answer
// during collection, and put it back at the end (the last test checks the read-only mode).
const demoAssessment = () => db.assessment.findFirstOrThrow({ where: { title: DEMO_ASSESSMENT_TITLE } });
beforeAll(async () => {
  browser = await launchBrowser();
  await db.assessment.update({ where: { id: (await demoAssessment()).id }, data: { status: 'COLLECTION' } });
});
afterAll(async () => {
  await browser?.close();
  await db.assessment.updateMany({ where: { title: DEMO_ASSESSMENT_TITLE }, data: { status: 'CONSOLIDATION' } });
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

const ATTACHED = 'Plan de sûreté du port (2023).pdf';
const PDF_BYTES = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

test('a contributor attaches evidence files, downloads one, deletes another; wrong files are explained', async () => {
  const page = await signIn('contributeur.pac@demo.jalon.example');
  const pac = await db.entity.findFirstOrThrow({ where: { code: 'PAC' } });
  const assessment = await demoAssessment();
  await page.goto(`${baseUrl}/fr/assessments/${assessment.id}/entities/${pac.id}`);
  const c = card(page, 'RISK-02');
  const files = c.locator('[data-attachments]');
  const input = c.getByLabel(fr['attachment.choose']);
  await input.setInputFiles({ name: ATTACHED, mimeType: 'application/pdf', buffer: PDF_BYTES });
  await expect.poll(() => files.getByRole('link', { name: fr['attachment.download'].replace('{name}', ATTACHED) }).count(), { timeout: 15_000 }).toBe(1);
  const q = await db.question.findFirstOrThrow({ where: { code: 'RISK-02' } });
  const row = await db.attachment.findFirstOrThrow({ where: { filename: ATTACHED, response: { entityId: pac.id, questionId: q.id } } });
  expect(row).toMatchObject({ mimeType: 'application/pdf', size: PDF_BYTES.length });

  // An executable named .pdf: refused, and said so.
  await input.setInputFiles({ name: 'rapport.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ\x90\x00\x03\x00\x00\x00binary') });
  await expect.poll(() => files.getByRole('alert').innerText(), { timeout: 15_000 }).toBe(fr['attachment.typeNotAllowed']);
  // Over 10 MB: the page says so before sending; and the route refuses it anyway, mid-stream.
  const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0x20);
  PDF_BYTES.copy(big);
  await input.setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: big });
  await expect.poll(() => files.getByRole('alert').innerText()).toBe(fr['attachment.tooLarge']);
  const refused = await page.evaluate(async ({ url, entityId, questionId }) => {
    const form = new FormData();
    form.set('entityId', entityId);
    form.set('questionId', questionId);
    form.set('file', new File([new Uint8Array(11 * 1024 * 1024)], 'scan.pdf', { type: 'application/pdf' }));
    const res = await fetch(url, { method: 'POST', body: form });
    return { status: res.status, json: await res.json() };
  }, { url: `/api/assessments/${assessment.id}/attachments?locale=fr`, entityId: pac.id, questionId: q.id });
  expect(refused).toEqual({ status: 413, json: { ok: false, error: 'attachment.tooLarge', message: fr['attachment.tooLarge'] } });
  // The network is cut while sending: said so too.
  await page.route('**/attachments**', (route) => route.abort('internetdisconnected'));
  await input.setInputFiles({ name: 'note.txt', mimeType: 'text/plain', buffer: Buffer.from('Note de service du 12 mars.') });
  await expect.poll(() => files.getByRole('alert').innerText(), { timeout: 15_000 }).toBe(fr['attachment.offline']);
  await page.unroute('**/attachments**');

  // A second file, then deleted with the keyboard after confirming.
  await input.setInputFiles({ name: 'note.txt', mimeType: 'text/plain', buffer: Buffer.from('Note de service du 12 mars.') });
  await expect.poll(() => files.getByRole('link', { name: /note\.txt/ }).count(), { timeout: 15_000 }).toBe(1);
  await files.getByRole('button', { name: fr['attachment.deleteLabel'].replace('{name}', 'note.txt') }).focus();
  await page.keyboard.press('Enter');
  // Focus is on "Cancel"; Tab to the confirmation.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect.poll(() => files.getByRole('link', { name: /note\.txt/ }).count(), { timeout: 15_000 }).toBe(0);
  expect(await db.attachment.count({ where: { filename: 'note.txt' } })).toBe(0);
  expect(await db.auditEvent.count({ where: { action: 'attachment.delete', targetType: 'Attachment' } })).toBeGreaterThan(0);

  // Download: the same bytes, as a download, under headers that never let the browser render it here.
  const link = files.getByRole('link', { name: fr['attachment.download'].replace('{name}', ATTACHED) });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe(ATTACHED);
  expect(readFileSync((await download.path())!).equals(PDF_BYTES)).toBe(true);
  const res = await page.request.get(new URL((await link.getAttribute('href'))!, baseUrl).href);
  expect(res.status()).toBe(200);
  const h = res.headers();
  expect(h['content-disposition']).toBe(`attachment; filename="Plan de surete du port (2023).pdf"; filename*=UTF-8''Plan%20de%20s%C3%BBret%C3%A9%20du%20port%20%282023%29.pdf`);
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['content-security-policy']).toContain('sandbox');
  expect(h['cache-control']).toContain('no-store');
  // Signed out: nothing.
  expect((await fetch(new URL((await link.getAttribute('href'))!, baseUrl))).status).toBe(401);

  await files.scrollIntoViewIfNeeded();
  await c.screenshot({ path: path.join(SCREENSHOTS, 'questionnaire-attachment.png') });
  await page.context().close();
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
  // The contributor's evidence file is beside the port's answer.
  await expect.poll(() => page.locator('[data-consolidation-attachments]').getByRole('link', { name: ATTACHED }).count()).toBe(1);
  // Keyboard only: tab to the first level of the finding and choose with the arrows.
  const editor = page.getByRole('region', { name: fr['consolidation.editor'] }).or(page.locator('section[aria-labelledby=finding]'));
  await editor.getByRole('radio', { name: fr['assessment.scale.0'] }).focus();
  await page.keyboard.press('ArrowRight');
  // Tab from the level goes on to the achievements field, where the text is typed.
  await page.keyboard.press('Tab');
  const focused = () => page.evaluate(() => {
    const a = document.activeElement as HTMLTextAreaElement | null;
    return a ? `${a.tagName.toLowerCase()}#${a.id} ${(a.labels?.[0]?.textContent ?? a.getAttribute('aria-label') ?? a.textContent ?? '').trim().slice(0, 60)}` : 'none';
  });
  expect(await focused()).toMatch(new RegExp(`^textarea#.* ${fr['questionnaire.achievements']}$`));
  await page.keyboard.type('Aucune méthode commune ; chaque service applique sa grille.');
  await expect.poll(() => page.locator('[role=status][data-state]').getAttribute('data-state'), { timeout: 15_000 }).toBe('saved');
  // Benin's finding: Togo's and Senegal's demo assessments answer the same question.
  const q = await db.question.findFirstOrThrow({ where: { code: 'RISK-02', area: { frameworkVersionId: (await demoAssessment()).frameworkVersionId } } });
  const finding = await db.finding.findUniqueOrThrow({ where: { assessmentId_questionId: { assessmentId: (await demoAssessment()).id, questionId: q.id } } });
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

test('once collection is over, the contributor reads, cannot save or attach, and is told why', async () => {
  const assessment = await demoAssessment();
  await db.assessment.update({ where: { id: assessment.id }, data: { status: 'CONSOLIDATION' } });
  const page = await signIn('contributeur.pac@demo.jalon.example');
  const pac = await db.entity.findFirstOrThrow({ where: { code: 'PAC' } });
  await page.goto(`${baseUrl}/fr/assessments/${assessment.id}/entities/${pac.id}`);
  expect(await page.locator('[data-questionnaire-mode=read-only]').innerText()).toBe(fr['questionnaire.readOnlyConsolidation']);
  const c = card(page, 'RISK-02');
  expect(await c.getByLabel(fr['questionnaire.gaps'], { exact: true }).getAttribute('readonly')).not.toBeNull();
  expect(await c.getByLabel(fr['attachment.choose']).count()).toBe(0);
  expect(await c.getByRole('button', { name: fr['attachment.delete'] }).count()).toBe(0);
  expect(await c.getByRole('link', { name: fr['attachment.download'].replace('{name}', ATTACHED) }).count()).toBe(1);
  // A save sent anyway (an old tab) gets a typed, translated refusal.
  const q = await db.question.findFirstOrThrow({ where: { code: 'RISK-02' } });
  const answer = await page.evaluate(async ({ url, body }) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: res.status, json: await res.json() };
  }, { url: `/api/assessments/${assessment.id}/responses?locale=en`, body: { entityId: pac.id, questionId: q.id, baseVersion: 99, base: { gaps: '' }, changes: { gaps: 'trop tard' } } });
  const en = flattenMessages(loadMessages('en'));
  expect(answer).toEqual({ status: 423, json: { ok: false, error: 'questionnaire.collectionOver', message: en['questionnaire.collectionOver'] } });
  await view(page, 'questionnaire-read-only');
  await page.context().close();
});
