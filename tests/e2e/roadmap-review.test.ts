// The review loop in a browser: the coordinator drafts, edits and submits; a reviewer
// comments and requests changes; the coordinator submits version 2; the reviewer compares
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
  expect(await coordinator.getByLabel(fr['roadmap.methodology']).inputValue()).toContain('Cotonou');

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
  // The target is named by the action's code, as in the matrix and the PDF ("1.1.1 Action …").
  const target = reviewer.getByLabel(fr['roadmap.commentTarget']);
  const option = (await target.locator('option', { hasText: 'Action GOV-01-A1' }).innerText()).trim();
  expect(option).toMatch(/^\d+\.\d+\.\d+ Action GOV-01-A1$/);
  await target.selectOption({ label: option });
  await reviewer.getByLabel(fr['roadmap.comment'], { exact: true }).fill('Échéance trop courte pour une adoption en Conseil des ministres.');
  await reviewer.getByRole('button', { name: fr['roadmap.comment'], exact: true }).click();
  await expect.poll(() => reviewer.getByText('Échéance trop courte pour une adoption en Conseil des ministres.').count()).toBe(1);
  await reviewer.getByLabel(fr['roadmap.decisionNote']).fill('Prévoir la fin de cette action au deuxième trimestre 2026.');
  await confirm(reviewer, fr['roadmap.decision.requestChangesButton'], fr['roadmap.confirmRequestChanges.confirm']);
  await expect.poll(() => reviewer.getByTestId('roadmap-status').innerText(), { timeout: 30_000 }).toBe(fr['roadmap.status.CHANGES_REQUESTED']);
  await screenshot(reviewer, 'roadmap-changes-requested');

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
  await screenshot(reviewer, 'roadmap-compare');

  await reviewer.goto(`${baseUrl}/fr/roadmaps/benin-e2e`);
  await confirm(reviewer, fr['roadmap.decision.approveButton'].replace('{number}', '2'), fr['roadmap.confirmApprove.confirm'].replace('{number}', '2'));
  await expect.poll(() => reviewer.getByTestId('roadmap-status').innerText(), { timeout: 30_000 }).toBe(fr['roadmap.status.APPROVED']);
  expect(await reviewer.getByText(fr['roadmap.frozen']).count()).toBe(1);
  await screenshot(reviewer, 'roadmap-approved');
}, 240_000);
