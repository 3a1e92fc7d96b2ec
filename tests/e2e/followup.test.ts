// The follow-up of an approved roadmap in a browser: an entity reports on two actions; the
// coordinator accepts one and returns the other; the entity corrects it; the period's
// progress PDF shows both with their values (read back with pdftotext); an update left
// unsubmitted past its due date shows as late and its reminder is in the outbox. The home
// pages of the contributor and the coordinator say what waits for them; axe-core finds
// nothing serious on any of these pages.
import { hashPassword } from 'better-auth/crypto';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createClient } from '@/lib/db/client';
import { sendDueReminders } from '@/lib/followup/reminders';
import { flattenMessages, loadMessages } from '@/lib/i18n/messages';
import { DEMO_PASSWORD } from '@/lib/seed/seed-demo';
import { followedRoadmap } from '../helpers/followup-fixture';
import { pageTexts, savePdf } from '../helpers/pdf-text';
import { seriousFindings } from './a11y';
import { launchBrowser, screenshot } from './browser';
import { signIn } from './sign-in';

const baseUrl = inject('baseUrl');
const db = createClient(inject('databaseUrl'));
const fr = flattenMessages(loadMessages('fr'));
const en = flattenMessages(loadMessages('en'));
const SLUG = 'benin-test-suivi';
let browser: Browser;
let f: Awaited<ReturnType<typeof followedRoadmap>>;

beforeAll(async () => {
  browser = await launchBrowser();
  f = await followedRoadmap(db, 'sqlite', { countryCode: 'BJ', slug: 'suivi', tag: 'e2e' });
  // One entity leads both actions here, so that it reports on two.
  await db.trackedAction.update({ where: { id: f.t2.id }, data: { leadEntityId: f.ministry.id } });
  for (const who of [f.misp, f.coordinator]) {
    await db.user.update({ where: { id: who.user!.id }, data: { emailVerified: true, twoFactorEnabled: false } });
    await db.account.create({ data: { userId: who.user!.id, accountId: who.user!.id, providerId: 'credential', password: await hashPassword(DEMO_PASSWORD) } });
  }
});
afterAll(async () => {
  await browser?.close();
  await db.$disconnect();
});

const MISP = 'misp-e2e@x.example';
const COORDINATOR = 'coord-e2e@x.example';
const updateUrl = (period: string, trackedActionId: string, locale = 'fr') => `${baseUrl}/${locale}/roadmaps/${SLUG}/follow-up/${period}/${trackedActionId}`;

async function noSeriousFindings(page: Page) {
  expect(await seriousFindings(page)).toEqual([]);
}

async function waitSaved(page: Page) {
  await expect.poll(() => page.locator('[role=status][data-state]').first().getAttribute('data-state'), { timeout: 20_000 }).toBe('saved');
}

/** Waits until the update is saved and the page knows it (the submit button is live), then submits. */
async function submit(page: Page) {
  await waitSaved(page);
  const button = page.getByRole('button', { name: fr['followupPage.form.submit'] });
  await expect.poll(() => button.getAttribute('aria-disabled'), { timeout: 20_000 }).toBe('false');
  await button.click();
  await expect.poll(() => page.locator('[data-review]').first().getAttribute('data-review'), { timeout: 20_000 }).toBe('SUBMITTED');
}

test('an entity reports on two actions, the coordination accepts one and returns the other, the entity corrects it', async () => {
  const misp = await signIn(browser, baseUrl, MISP);
  // The contributor's home: the updates waiting, late ones flagged, one link each.
  await misp.goto(`${baseUrl}/fr`);
  const due = misp.locator('[data-home-update="Action GOV-01-A1"]').first();
  expect(await due.innerText()).toContain(fr['home.personal.late']);
  expect(await misp.getByRole('heading', { name: fr['home.personal.contributor.updates'] }).count()).toBe(1);
  await noSeriousFindings(misp);
  await screenshot(misp, 'home-contributor-fr');
  await misp.goto(`${baseUrl}/en`);
  expect(await misp.getByRole('heading', { name: en['home.personal.contributor.updates'] }).count()).toBe(1);
  await screenshot(misp, 'home-contributor-en');

  // The follow-up page shows the entity its own updates to write.
  await misp.goto(`${baseUrl}/fr/roadmaps/${SLUG}/follow-up?period=2025-T1`);
  expect(await misp.locator('tr[data-action]').count()).toBe(2);
  await noSeriousFindings(misp);

  // Action 1: yes/no indicator, typed as a person does; autosaved, then submitted.
  await misp.goto(updateUrl('2025-T1', f.t1.id));
  await misp.getByLabel(fr['followupPage.form.status']).selectOption('ON_TRACK');
  await misp.getByLabel(fr['followupPage.form.percent']).fill('60');
  await misp.getByLabel(fr['followupPage.form.spent'].replace('{currency}', 'XOF')).fill('450000');
  await misp.getByRole('group', { name: 'Stratégie adoptée' }).getByLabel(fr['followupPage.no']).check();
  await misp.getByLabel(fr['followupPage.form.done']).fill('Avant-projet de stratégie validé en atelier national.');
  await waitSaved(misp);
  await noSeriousFindings(misp);
  await screenshot(misp, 'followup-update-form-fr');
  await submit(misp);

  // Action 2: a percentage and a number of exercises.
  await misp.goto(updateUrl('2025-T1', f.t2.id));
  await misp.getByLabel(fr['followupPage.form.percent']).fill('30');
  await misp.getByLabel('Sites dotés d’un plan de sûreté (%)').fill('40');
  await misp.getByLabel('Exercices conduits (exercices)').fill('1');
  await misp.getByLabel(fr['followupPage.form.done']).fill('Recensement des sites engagé.');
  // A value of the wrong type is said at once, in words, next to its field.
  await misp.getByLabel('Sites dotés d’un plan de sûreté (%)').fill('140');
  expect(await misp.getByText(fr['followup.indicatorPercent']).count()).toBe(1);
  await misp.getByLabel('Sites dotés d’un plan de sûreté (%)').fill('40');
  await submit(misp);

  // The coordinator's home: two updates to validate; accept the first, return the second.
  const coordinator = await signIn(browser, baseUrl, COORDINATOR);
  await coordinator.goto(`${baseUrl}/fr`);
  expect(await coordinator.locator(`[data-home-follow-up="${SLUG}"] [data-home-to-validate]`).getAttribute('data-home-to-validate')).toBe('2');
  await noSeriousFindings(coordinator);
  await screenshot(coordinator, 'home-coordinator-fr');
  await coordinator.goto(`${baseUrl}/en`);
  expect(await coordinator.locator(`[data-home-follow-up="${SLUG}"]`).innerText()).toContain('2 updates to validate');
  await screenshot(coordinator, 'home-coordinator-en');

  await coordinator.goto(updateUrl('2025-T1', f.t1.id));
  expect(await coordinator.locator('[data-update-content]').innerText()).toContain('Avant-projet de stratégie validé');
  await noSeriousFindings(coordinator);
  await screenshot(coordinator, 'followup-validation-fr');
  await coordinator.getByLabel(fr['followupPage.validation.decision']).selectOption('ACCEPT');
  await coordinator.getByRole('button', { name: fr['followupPage.validation.save'] }).click();
  await expect.poll(() => coordinator.locator('[data-review]').first().getAttribute('data-review'), { timeout: 20_000 }).toBe('ACCEPTED');

  await coordinator.goto(updateUrl('2025-T1', f.t2.id));
  await coordinator.getByLabel(fr['followupPage.validation.decision']).selectOption('RETURN');
  await coordinator.getByRole('button', { name: fr['followupPage.validation.save'] }).click();
  // A return needs a comment: said, and nothing changes.
  await expect.poll(() => coordinator.getByText(fr['followup.noteRequired']).count()).toBe(1);
  await coordinator.getByLabel(fr['followupPage.validation.note']).fill('Préciser le nombre de sites recensés.');
  await coordinator.getByLabel(fr['followupPage.validation.decision']).selectOption('RETURN');
  await coordinator.getByRole('button', { name: fr['followupPage.validation.save'] }).click();
  await expect.poll(() => coordinator.locator('[data-review]').first().getAttribute('data-review'), { timeout: 20_000 }).toBe('RETURNED');

  // The entity corrects and resubmits; the history keeps every step.
  await misp.goto(updateUrl('2025-T1', f.t2.id));
  expect(await misp.getByRole('note').filter({ hasText: 'Préciser le nombre de sites recensés.' }).count()).toBe(1);
  await misp.getByLabel(fr['followupPage.form.done']).fill('Recensement engagé : 12 sites sur 30 recensés.');
  await submit(misp);
  const steps = await misp.locator('[data-history] [data-step]').evaluateAll((els) => els.map((e) => e.getAttribute('data-step')));
  expect(steps).toEqual(['SUBMITTED', 'RETURNED', 'SUBMITTED']);

  // The dashboard and the report of the period, from the coordinator's page.
  await coordinator.goto(`${baseUrl}/fr/roadmaps/${SLUG}/follow-up?period=2025-T1`);
  expect(await coordinator.locator('[data-figure=rate] dd').innerText()).toMatch(/45\s?%/);
  expect(await coordinator.getByRole('figure').count()).toBeGreaterThan(3);
  await noSeriousFindings(coordinator);
  await screenshot(coordinator, 'followup-dashboard-fr');
  await coordinator.getByRole('button', { name: fr['pdf.ui.prepare'] }).click();
  await expect.poll(() => coordinator.getByRole('link', { name: fr['pdf.ui.download'], exact: true }).count(), { timeout: 120_000 }).toBe(1);
  const href = await coordinator.getByRole('link', { name: fr['pdf.ui.download'], exact: true }).getAttribute('href');
  const res = await coordinator.request.get(`${baseUrl}${href}`);
  expect(res.headers()['content-type']).toBe('application/pdf');
  const text = pageTexts(savePdf('followup-e2e-2025-T1.pdf', await res.body())).join('\n').replace(/\s+/g, ' ');
  expect(text).toContain('Action GOV-01-A1');
  expect(text).toContain('Action CIP-01-A1');
  expect(text).toMatch(/60 ?%/);
  expect(text).toMatch(/30 ?%/);
  expect(text).toContain('Stratégie adoptée : Non');
  expect(text).toMatch(/Sites dotés d’un plan de sûreté : 40 ?%/);
  expect(text).toContain('Exercices conduits : 1 exercices');
  // The first accepted, the corrected one submitted again.
  expect(text).toMatch(/Action GOV-01-A1 MISP En bonne voie 60 ?% .* Acceptée/);
  expect(text).toMatch(/Action CIP-01-A1 MISP .* 30 ?% .* Soumise/);
  // The CSV export of the period holds both updates.
  const csv = await (await coordinator.request.get(`${baseUrl}/api/roadmaps/${SLUG}/follow-up/export?period=2025-T1&format=csv&locale=fr`)).text();
  expect(csv).toContain('Action GOV-01-A1');
  expect(csv).toContain('12 sites sur 30 recensés');

  await coordinator.goto(`${baseUrl}/en/roadmaps/${SLUG}/follow-up?period=2025-T1`);
  expect(await coordinator.getByRole('heading', { level: 1 }).innerText()).toBe(en['followupPage.title']);
  await screenshot(coordinator, 'followup-dashboard-en');
  await coordinator.goto(updateUrl('2025-T1', f.t2.id, 'en'));
  await screenshot(coordinator, 'followup-update-en');
}, 300_000);

test('an update left unsubmitted past its due date shows as late, and its reminder is in the outbox', async () => {
  const misp = await signIn(browser, baseUrl, MISP);
  // A draft for 2025-T2 (due 15 July 2025), never submitted.
  await misp.goto(updateUrl('2025-T2', f.t1.id));
  await misp.getByLabel(fr['followupPage.form.percent']).fill('70');
  await waitSaved(misp);
  const coordinator = await signIn(browser, baseUrl, COORDINATOR);
  await coordinator.goto(`${baseUrl}/fr/roadmaps/${SLUG}/follow-up?period=2025-T2`);
  const row = coordinator.locator('tr[data-action="Action GOV-01-A1"]');
  expect(await row.locator('[data-review]').getAttribute('data-review')).toBe('DRAFT');
  expect(await row.locator('[data-late]').innerText()).toBe(fr['followupPage.late']);
  expect(await coordinator.locator('[data-figure=late] dd').innerText()).toBe('2');
  // The page opened on the actions needing attention; the form without script shows the others.
  expect(await coordinator.locator('[data-row-filter] select').inputValue()).toBe('attention');
  await coordinator.getByLabel(fr['followupPage.updates.show']).selectOption('review');
  await coordinator.getByRole('button', { name: fr['followupPage.updates.apply'], exact: true }).click();
  await expect.poll(() => coordinator.getByText(fr['followupPage.updates.noneShown']).count(), { timeout: 20_000 }).toBe(1);
  expect(new URL(coordinator.url()).searchParams.get('show')).toBe('review');
  await coordinator.getByLabel(fr['followupPage.updates.show']).selectOption('all');
  await coordinator.getByRole('button', { name: fr['followupPage.updates.apply'], exact: true }).click();
  await expect.poll(() => coordinator.locator('tr[data-action="Action GOV-01-A1"]').count(), { timeout: 20_000 }).toBe(1);
  await noSeriousFindings(coordinator);
  // The update's own page says it too.
  await coordinator.goto(updateUrl('2025-T2', f.t1.id));
  expect(await coordinator.locator('header [data-late]').count()).toBe(1);

  // The reminders of the due date, as the server's hourly run sends them on that day.
  await sendDueReminders(db, { now: new Date('2025-07-15T08:00:00Z'), baseUrl, countryId: f.country.id });
  const mails = await db.outboxMail.findMany({ where: { to: MISP } });
  // (MISP also leads actions of the demo roadmap: its reminder of the same day is another mail.)
  const reminder = mails.find((m) => m.subject.includes('2e trimestre 2025') && m.text.includes(`/fr/roadmaps/${SLUG}/follow-up`));
  expect(reminder?.subject).toContain('attendues aujourd’hui');
  expect(reminder?.text).toContain(`/fr/roadmaps/${SLUG}/follow-up`);
}, 120_000);
