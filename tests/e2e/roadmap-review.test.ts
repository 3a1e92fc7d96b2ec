// The review loop in a browser: the coordinator drafts, edits and submits; a reviewer
// comments on an action from its row and on a selected phrase of the summary, and requests
// changes; the coordinator finds both at the top of the page; the coordinator submits version 2; the reviewer compares
// 1 and 2 (exactly the edited field) and approves.
import { hashPassword } from 'better-auth/crypto';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createClient } from '@/lib/db/client';
import { flattenMessages, loadMessages } from '@/lib/i18n/messages';
import { DEMO_PASSWORD } from '@/lib/seed/seed-demo';
import { assessmentWithFindings } from '../helpers/assessment-fixture';
import { totp } from '../helpers/totp';
import { launchBrowser, screenshot } from './browser';

const baseUrl = inject('baseUrl');
const db = createClient(inject('databaseUrl'));
const fr = flattenMessages(loadMessages('fr'));
let browser: Browser;
const REVIEWER = 'relecteur.onu@un.example';
const SUMMARY = 'Le Bénin a tenu trois jours de consultations à Cotonou avec les ministères et agences concernés.';
const PHRASE = 'trois jours de consultations';
const ACTION_COMMENT = 'Échéance trop courte pour une adoption en Conseil des ministres.';
const SPAN_COMMENT = 'Donner les dates exactes des consultations.';

beforeAll(async () => {
  browser = await launchBrowser();
  // A consolidated assessment of the demo country, and a reviewer of our own (the demo one
  // may already have two-factor set up by another test).
  await assessmentWithFindings(db, { countryCode: 'BJ', slug: 'e2e' });
  const bj = await db.country.findUniqueOrThrow({ where: { code: 'BJ' } });
  const u = await db.user.create({ data: { email: REVIEWER, name: 'Amina Reviewer', emailVerified: true, memberships: { create: { role: 'REVIEWER', countryId: bj.id } } } });
  await db.account.create({ data: { userId: u.id, accountId: u.id, providerId: 'credential', password: await hashPassword(DEMO_PASSWORD) } });
});
afterAll(async () => {
  await browser?.close();
  await db.$disconnect();
});

async function signIn(email: string) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${baseUrl}/fr/sign-in`);
  await page.getByLabel(fr['auth.email']).fill(email);
  await page.getByLabel(fr['auth.password'], { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: fr['auth.signIn'] }).click();
  await page.waitForURL((u) => !u.pathname.endsWith('/sign-in'));
  return page;
}

let reviewerSecret = '';
async function signInReviewer(): Promise<Page> {
  const page = await signIn(REVIEWER);
  if (page.url().includes('/account/two-factor')) {
    await page.getByLabel(fr['auth.password']).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: fr['account.generate'] }).click();
    reviewerSecret = await page.getByTestId('totp-secret').innerText();
    await page.getByLabel(fr['auth.code']).fill(totp(reviewerSecret));
    await page.getByRole('button', { name: fr['auth.verify'] }).click();
    await page.waitForURL(`${baseUrl}/fr/account`);
  } else if (page.url().includes('/sign-in/two-factor')) {
    await page.getByLabel(fr['auth.code']).fill(totp(reviewerSecret));
    await page.getByRole('button', { name: fr['auth.verify'] }).click();
    await page.waitForURL(`${baseUrl}/fr`);
  }
  return page;
}

async function editAction(page: Page, title: string, fields: Record<string, string>) {
  await page.goto(`${baseUrl}/fr/roadmaps/benin-e2e`);
  await page.getByRole('link', { name: `${fr['roadmap.editAction']} — ${title}` }).click();
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByRole('button', { name: fr['roadmap.save'] }).click();
}

/** A decision: its button opens a dialog that says what follows; the dialog's button takes it. */
async function confirm(page: Page, opener: string, button: string) {
  await page.getByRole('button', { name: opener, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect.poll(() => dialog.isVisible()).toBe(true);
  expect(await dialog.innerText()).toContain(fr['confirm.notified']);
  await dialog.getByRole('button', { name: button, exact: true }).click();
}

test('draft, edit, submit, review, version 2, compare and approve', async () => {
  const coordinator = await signIn('coordonnateur@demo.jalon.example');
  await coordinator.goto(`${baseUrl}/fr/roadmaps`);
  const create = coordinator.locator('section:has(#create)');
  await create.getByLabel(fr['roadmap.assessment']).selectOption({ label: 'Consultations de Cotonou' });
  await create.getByLabel(fr['roadmap.titleField']).fill('Feuille de route nationale 2025-2027');
  // The address is derived from the title; it can be set by hand under the advanced options.
  await create.getByText(fr['roadmap.advanced']).click();
  await create.getByLabel(fr['roadmap.slug']).fill('benin-e2e');
  await create.getByRole('button', { name: fr['roadmap.create'] }).click();
  await coordinator.waitForURL(`${baseUrl}/fr/roadmaps/benin-e2e`);
  // The methodology is prefilled from the consultation's facts.
  expect(await coordinator.getByRole('textbox', { name: fr['roadmap.methodology'] }).inputValue()).toContain('Cotonou');

  const header = coordinator.locator('section:has(#header-title)');
  await header.getByRole('textbox', { name: fr['roadmap.executiveSummary'] }).fill(SUMMARY);
  await header.getByRole('button', { name: fr['roadmap.save'] }).click();
  await expect.poll(() => header.getByText(fr['roadmap.done.saved']).count(), { timeout: 30_000 }).toBe(1);

  await coordinator.getByRole('button', { name: fr['roadmap.generate'] }).click();
  await expect.poll(() => coordinator.getByText(/2 objectifs, 2 recommandations et 2 actions ajoutés/).count(), { timeout: 30_000 }).toBe(1);
  await coordinator.reload();
  expect(await coordinator.getByRole('rowheader', { name: /Action GOV-01-A1/ }).count()).toBe(1);

  // Validation in French: an end before the start is refused, next to the field.
  await editAction(coordinator, 'Action GOV-01-A1', { [fr['roadmap.action.start']]: '2025-T3', [fr['roadmap.action.end']]: '2025-T1' });
  await expect.poll(() => coordinator.getByText(fr['roadmap.endBeforeStart']).count()).toBe(1);
  await screenshot(coordinator, 'roadmap-action-error');
  await coordinator.getByLabel(fr['roadmap.action.end'], { exact: true }).fill('2025-T4');
  await coordinator.getByRole('button', { name: fr['roadmap.save'] }).click();
  await coordinator.waitForURL(/\/fr\/roadmaps\/benin-e2e/);
  await screenshot(coordinator, 'roadmap-editor');

  await confirm(coordinator, fr['roadmap.decision.submitButton'], fr['roadmap.confirmSubmit.confirm'].replace('{number}', '1'));
  await expect.poll(() => coordinator.getByTestId('roadmap-status').innerText(), { timeout: 30_000 }).toBe(fr['roadmap.status.IN_REVIEW']);

  const reviewer = await signInReviewer();
  await reviewer.goto(`${baseUrl}/fr/roadmaps/benin-e2e`);
  // From the action's row: its control is named by the action's code, as in the matrix and the PDF.
  const row = reviewer.getByRole('row', { name: /Action GOV-01-A1/ });
  const code = (await row.locator('td').first().innerText()).trim();
  expect(code).toMatch(/^\d+\.\d+\.\d+$/);
  const rowButton = row.getByRole('button', { name: new RegExp(`^${fr['roadmap.threads.button']} l’action ${code.replaceAll('.', '\\.')}`) });
  expect(await rowButton.getAttribute('aria-expanded')).toBe('false');
  await rowButton.click();
  expect(await rowButton.getAttribute('aria-expanded')).toBe('true');
  const actionThreads = reviewer.getByRole('region', { name: `Commentaires sur l’action ${code}` });
  // The focus moved into the thread's region, on its heading.
  await expect.poll(() => reviewer.evaluate(() => document.activeElement?.closest('[role=region]')?.getAttribute('aria-labelledby') ?? '')).toMatch(/-title$/);
  await actionThreads.getByLabel(`Nouveau commentaire sur l’action ${code}`).fill(ACTION_COMMENT);
  await actionThreads.getByRole('button', { name: fr['roadmap.comment'], exact: true }).click();
  await expect.poll(() => actionThreads.getByText(ACTION_COMMENT).count(), { timeout: 30_000 }).toBe(1);
  // Escape closes it and gives the focus back to the row's control, which now counts one open thread.
  await actionThreads.getByRole('heading').click();
  await reviewer.keyboard.press('Escape');
  await expect.poll(() => rowButton.getAttribute('aria-expanded')).toBe('false');
  expect(await reviewer.evaluate(() => document.activeElement?.getAttribute('data-comment-button') ?? '')).toMatch(/^ACTION:/);
  expect(await row.getByRole('button', { name: new RegExp(`^Commenter l’action ${code.replaceAll('.', '\\.')}\\s*,\\s*1 fil ouvert$`) }).count()).toBe(1);

  // A phrase of the summary, selected with the mouse, then « Commenter la sélection ».
  const summary = reviewer.locator('[data-quote-field="executiveSummary"]');
  await summary.scrollIntoViewIfNeeded();
  const box = await summary.evaluate((el, phrase) => {
    const node = el.firstChild!;
    const start = node.textContent!.indexOf(phrase);
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + phrase.length);
    const rects = [...range.getClientRects()];
    const [a, b] = [rects[0], rects[rects.length - 1]];
    return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
  }, PHRASE);
  await reviewer.mouse.move(box.x1, box.y1);
  await reviewer.mouse.down();
  await reviewer.mouse.move(box.x2, box.y2, { steps: 8 });
  await reviewer.mouse.up();
  const selectionButton = reviewer.getByRole('button', { name: new RegExp(`^${fr['roadmap.threads.commentSelection']}`) });
  await expect.poll(() => selectionButton.innerText()).toContain(PHRASE);
  await selectionButton.click();
  const summaryThreads = reviewer.getByRole('region', { name: 'Commentaires sur le résumé exécutif' });
  expect(await summaryThreads.getByTestId('draft-quote').innerText()).toContain(PHRASE);
  // The focus is in the comment's field.
  expect(await reviewer.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('body');
  await reviewer.keyboard.type(SPAN_COMMENT);
  await summaryThreads.getByRole('button', { name: fr['roadmap.comment'], exact: true }).click();
  await expect.poll(() => summaryThreads.getByText(SPAN_COMMENT).count(), { timeout: 30_000 }).toBe(1);
  await reviewer.reload();
  // The phrase is marked in the summary; the panel lists both threads in the document's order.
  expect(await summary.locator('mark').innerText()).toBe(PHRASE);
  const overview = reviewer.getByTestId('threads-overview');
  expect(await overview.getByRole('heading', { level: 2 }).innerText()).toBe('Commentaires : 2 fils ouverts');
  expect(await overview.getByRole('link').allInnerTexts()).toEqual(['Résumé exécutif', `Action ${code}`]);
  await overview.getByRole('link', { name: `Action ${code}` }).click();
  await expect.poll(() => reviewer.evaluate(() => document.activeElement?.id ?? '')).toMatch(/^thread-/);
  await screenshot(reviewer, 'roadmap-threads-fr');
  await reviewer.goto(`${baseUrl}/en/roadmaps/benin-e2e#${await reviewer.evaluate(() => document.activeElement?.id)}`);
  await expect.poll(() => reviewer.getByRole('region', { name: `Comments on action ${code}` }).count()).toBe(1);
  await screenshot(reviewer, 'roadmap-threads-en');
  // At 390 px the page does not scroll sideways (the matrix scrolls in its own box).
  await reviewer.setViewportSize({ width: 390, height: 844 });
  await reviewer.goto(`${baseUrl}/fr/roadmaps/benin-e2e`);
  await rowButton.click();
  expect(await reviewer.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await screenshot(reviewer, 'roadmap-threads-mobile');
  await reviewer.setViewportSize({ width: 1280, height: 900 });
  await reviewer.goto(`${baseUrl}/fr/roadmaps/benin-e2e`);
  await reviewer.getByLabel(fr['roadmap.decisionNote']).fill('Prévoir la fin de cette action au deuxième trimestre 2026.');
  await confirm(reviewer, fr['roadmap.decision.requestChangesButton'], fr['roadmap.confirmRequestChanges.confirm']);
  await expect.poll(() => reviewer.getByTestId('roadmap-status').innerText(), { timeout: 30_000 }).toBe(fr['roadmap.status.CHANGES_REQUESTED']);
  await screenshot(reviewer, 'roadmap-changes-requested');

  // The coordinator's page starts with what the review asked, thread by thread, in the document's order.
  await coordinator.goto(`${baseUrl}/fr/roadmaps/benin-e2e`);
  const asked = coordinator.getByTestId('changes-asked');
  // Before the threads' panel and the roadmap's texts.
  expect(await asked.evaluate((el) => [...document.querySelectorAll('[data-testid="threads-overview"], #header-title')].every((x) => el.compareDocumentPosition(x) & Node.DOCUMENT_POSITION_FOLLOWING))).toBe(true);
  expect(await asked.getByTestId('asked-thread').allInnerTexts()).toEqual([
    expect.stringContaining(SPAN_COMMENT),
    expect.stringContaining(ACTION_COMMENT),
  ]);
  expect(await asked.innerText()).toContain('Prévoir la fin de cette action au deuxième trimestre 2026.');
  await screenshot(coordinator, 'roadmap-changes-asked');
  await asked.getByRole('link', { name: /^Action / }).click();
  await expect.poll(() => coordinator.evaluate(() => document.activeElement?.textContent ?? '')).toContain(ACTION_COMMENT);
  // The summary is rewritten where it was quoted; the action's end moves.
  await header.getByRole('textbox', { name: fr['roadmap.executiveSummary'] }).fill(SUMMARY.replace(PHRASE, 'du 10 au 12 septembre 2024'));
  await header.getByRole('button', { name: fr['roadmap.save'] }).click();
  await expect.poll(() => header.getByText(fr['roadmap.done.saved']).count(), { timeout: 30_000 }).toBe(1);
  await editAction(coordinator, 'Action GOV-01-A1', { [fr['roadmap.action.end']]: '2026-T2' });
  await coordinator.waitForURL(/\/fr\/roadmaps\/benin-e2e/);
  await confirm(coordinator, fr['roadmap.decision.submitButton'], fr['roadmap.confirmSubmit.confirm'].replace('{number}', '2'));
  await expect.poll(() => coordinator.getByTestId('roadmap-status').innerText(), { timeout: 30_000 }).toBe(fr['roadmap.status.IN_REVIEW']);

  await reviewer.goto(`${baseUrl}/fr/roadmaps/benin-e2e/compare?from=1&to=2`);
  const changes = reviewer.getByTestId('change-changed');
  expect(await changes.count()).toBe(1);
  expect(await reviewer.getByTestId('change-added').count()).toBe(0);
  expect(await reviewer.getByTestId('change-removed').count()).toBe(0);
  const rows = changes.locator('tbody tr');
  expect(await rows.count()).toBe(1);
  expect(await rows.innerText()).toMatch(new RegExp(`${fr['diffField.endPeriod']}\\s+2025-T4\\s+2026-T2`));
  // The two comments made on version 1 stand beside what they asked to change; the quoted phrase is no longer in version 2.
  const changedItem = reviewer.locator('li', { has: changes });
  expect(await changedItem.getByTestId('earlier-comments').innerText()).toContain(ACTION_COMMENT);
  const headerComments = reviewer.locator('section[aria-labelledby="doc-header"]').getByTestId('earlier-comments');
  expect(await headerComments.innerText()).toContain(SPAN_COMMENT);
  expect(await headerComments.getByTestId('earlier-quote').innerText()).toContain(PHRASE);
  expect(await headerComments.getByTestId('quote-outdated').count()).toBe(1);
  await screenshot(reviewer, 'roadmap-compare');

  await reviewer.goto(`${baseUrl}/fr/roadmaps/benin-e2e`);
  await confirm(reviewer, fr['roadmap.decision.approveButton'].replace('{number}', '2'), fr['roadmap.confirmApprove.confirm'].replace('{number}', '2'));
  await expect.poll(() => reviewer.getByTestId('roadmap-status').innerText(), { timeout: 30_000 }).toBe(fr['roadmap.status.APPROVED']);
  expect(await reviewer.getByText(fr['roadmap.frozen']).count()).toBe(1);
  await screenshot(reviewer, 'roadmap-approved');
}, 240_000);
