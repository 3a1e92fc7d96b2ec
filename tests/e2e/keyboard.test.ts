// A keyboard-only coordinator: after each action that re-renders or replaces what had the
// focus (« Créer la feuille de route », « Générer le projet », « Descendre », « Enregistrer »,
// a stage change), the focus stays in the page's content, never on its body, so the next
// Tab goes on from there instead of starting again in the header.
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createClient } from '@/lib/db/client';
import { flattenMessages, loadMessages } from '@/lib/i18n/messages';
import { DEMO_ROADMAP_SLUG } from '@/lib/seed/seed-demo-roadmap';
import { A11Y_ACCOUNTS, createAccounts } from './a11y';
import { launchBrowser, screenshot } from './browser';
import { signIn } from './sign-in';

const baseUrl = inject('baseUrl');
const db = createClient(inject('databaseUrl'));
const fr = flattenMessages(loadMessages('fr'));
const coordinator = A11Y_ACCOUNTS.find((a) => a.role === 'COORDINATOR')!;
// Unique to this run of this file: the database is shared by every file and kept between runs.
const TAG = Date.now().toString(36);
let browser: Browser;
let page: Page;
let assessmentId: string;

/**
 * An assessment of its own, in consolidation, on the demo's framework and with the demo's
 * participants, and two findings chosen from the framework so that the draft has one
 * recommendation with two actions (a row that can move) and another with one: what the
 * roadmap walk needs, whatever the other files did to the demo's findings before.
 */
async function keyboardAssessment() {
  const roadmap = await db.roadmap.findUniqueOrThrow({ where: { slug: DEMO_ROADMAP_SLUG } });
  const demo = await db.assessment.findUniqueOrThrow({ where: { id: roadmap.assessmentId! }, include: { entities: { select: { entityId: true } } } });
  const questions = await db.question.findMany({
    where: { area: { frameworkVersionId: demo.frameworkVersionId } },
    select: { id: true, suggestedActions: { select: { minLevel: true, maxLevel: true } } },
    orderBy: [{ area: { order: 'asc' } }, { order: 'asc' }],
  });
  const suited = (q: (typeof questions)[number], level: number) => q.suggestedActions.filter((s) => s.minLevel <= level && level <= s.maxLevel).length;
  const pick = (n: number) => questions.flatMap((q) => [0, 1, 2].filter((l) => suited(q, l) === n).slice(0, 1).map((level) => ({ q, level })))[0];
  const two = pick(2);
  const one = questions.flatMap((q) => (q.id === two?.q.id ? [] : [0, 1, 2].filter((l) => suited(q, l) === 1).slice(0, 1).map((level) => ({ q, level }))))[0];
  if (!two || !one) throw new Error('the demo framework has no question with two suggested actions at one level');
  const a = await db.assessment.create({
    data: {
      countryId: demo.countryId, frameworkVersionId: demo.frameworkVersionId, title: `Évaluation pour le clavier ${TAG}`, status: 'CONSOLIDATION', organisers: ['UNOCT'],
      coordinatingEntityId: demo.coordinatingEntityId, entities: { create: demo.entities.map((e) => ({ entityId: e.entityId })) },
    },
  });
  for (const { q, level } of [two, one]) {
    await db.finding.create({ data: { assessmentId: a.id, questionId: q.id, maturity: level, gaps: 'Aucun dispositif commun.', needs: 'Un dispositif national.', priority: 'HIGH' } });
  }
  return a.id;
}

beforeAll(async () => {
  browser = await launchBrowser();
  await createAccounts(db, [coordinator]);
  assessmentId = await keyboardAssessment();
  page = await signIn(browser, baseUrl, coordinator.email);
});
afterAll(async () => {
  await browser?.close();
  await db.$disconnect();
});

/** Where the focus is: the body, the header, or (the tag and text of) an element of the content. */
const focus = () =>
  page.evaluate(() => {
    const a = document.activeElement;
    if (!a || a === document.body) return 'body';
    const what = `${a.tagName.toLowerCase()}: ${(a.getAttribute('aria-label') ?? a.textContent ?? '').trim().slice(0, 80)}`;
    // The site's header (the roadmap's own <header> is inside the main content).
    return a.closest('#main') ? what : `header ${what}`;
  });

/** Presses Enter on a control reached by keyboard, as a keyboard user does. */
async function press(locator: ReturnType<Page['locator']>) {
  await locator.focus();
  await page.keyboard.press('Enter');
}

/** A decision: Enter on its button opens the confirmation, Enter on the dialog's button takes it. */
async function confirmByKeyboard(opener: ReturnType<Page['locator']>, confirm: string) {
  await press(opener);
  const dialog = page.getByRole('dialog');
  await expect.poll(() => dialog.isVisible()).toBe(true);
  await press(dialog.getByRole('button', { name: confirm, exact: true }));
}

/** The focus is in the content, and the next Tab stays there. */
async function expectFocusKept() {
  await expect.poll(focus, { timeout: 30_000 }).not.toBe('body');
  expect(await focus()).not.toMatch(/^header/);
  await page.keyboard.press('Tab');
  expect(await focus()).not.toMatch(/^(body|header)/);
}

test('the focus stays in the content after creating, generating, moving, saving and submitting a roadmap', async () => {
  await page.goto(`${baseUrl}/fr/roadmaps`);
  const create = page.locator('section:has(#create)');
  const slug = `clavier-${TAG}`;
  await create.getByLabel(fr['roadmap.assessment']).selectOption(assessmentId);
  await create.getByLabel(fr['roadmap.titleField']).fill('Feuille de route clavier');
  await create.getByText(fr['roadmap.advanced']).click();
  await create.getByLabel(fr['roadmap.slug']).fill(slug);
  await press(create.getByRole('button', { name: fr['roadmap.create'] }));
  await page.waitForURL(`${baseUrl}/fr/roadmaps/${slug}`);
  await expectFocusKept();

  await press(page.getByRole('button', { name: fr['roadmap.generate'] }));
  await expect.poll(() => page.getByText(/objectifs?.*ajoutés/).count(), { timeout: 30_000 }).toBe(1);
  await expectFocusKept();

  // « Descendre » on the first row that can move (rows move among the actions of their
  // recommendation): the focus stays on that row's buttons, wherever it went.
  const downs = page.locator('button[data-move="1"]');
  // The matrix shows the three generated actions.
  await expect.poll(() => downs.count(), { timeout: 30_000 }).toBe(3);
  const i = await downs.evaluateAll((bs) => bs.findIndex((b) => !(b as HTMLButtonElement).disabled));
  expect(i).toBeGreaterThanOrEqual(0);
  const down = downs.nth(i);
  const row = await down.getAttribute('data-row');
  await press(down);
  await expect.poll(() => downs.nth(i + 1).getAttribute('data-row'), { timeout: 30_000 }).toBe(row);
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-row')), { timeout: 30_000 }).toBe(row);
  expect(await focus()).toMatch(new RegExp(`^button: (${fr['roadmap.action.moveDown']}|${fr['roadmap.action.moveUp']}) — `));

  // « Enregistrer » the header: the form stays, the focus goes to its outcome.
  const header = page.locator('section[aria-labelledby="header-title"]');
  await header.getByLabel(fr['roadmap.titleField']).fill('Feuille de route clavier (révisée)');
  await press(header.getByRole('button', { name: fr['roadmap.save'] }));
  await expect.poll(() => header.getByRole('status').innerText(), { timeout: 30_000 }).not.toBe('');
  await expectFocusKept();

  // « Enregistrer » an action: the form redirects back to the roadmap.
  await page.getByRole('link', { name: new RegExp(`^${fr['roadmap.editAction']} — `) }).first().click();
  await page.waitForURL(/\/actions\//);
  await press(page.getByRole('button', { name: fr['roadmap.save'] }));
  await page.waitForURL(new RegExp(`/fr/roadmaps/${slug}#actions$`));
  await expectFocusKept();

  // Submitting changes the roadmap's stage: its buttons go, the focus does not fall.
  await confirmByKeyboard(page.getByRole('button', { name: fr['roadmap.decision.submitButton'], exact: true }), fr['roadmap.confirmSubmit.confirm'].replace('{number}', '1'));
  await expect.poll(() => page.getByTestId('roadmap-status').innerText(), { timeout: 30_000 }).toBe(fr['roadmap.status.IN_REVIEW']);
  await expectFocusKept();
  await screenshot(page, 'keyboard-roadmap-submitted');
});

test('the focus stays in the content after a stage change of an assessment', async () => {
  const roadmap = await db.roadmap.findUniqueOrThrow({ where: { slug: DEMO_ROADMAP_SLUG } });
  const demo = await db.assessment.findUniqueOrThrow({ where: { id: roadmap.assessmentId! } });
  const a = await db.assessment.create({ data: { countryId: demo.countryId, frameworkVersionId: demo.frameworkVersionId, title: `Évaluation clavier ${TAG}`, status: 'CONSOLIDATION', organisers: [] } });
  await page.goto(`${baseUrl}/fr/assessments/${a.id}`);
  const stage = page.locator('section[aria-labelledby="stage"]');
  const close = fr['assessment.moveTo'].replace('{status}', fr['assessment.status.CLOSED']);
  await confirmByKeyboard(stage.getByRole('button', { name: close }), fr['assessment.confirmMove.forward.CLOSED.confirm']);
  const said = stage.getByRole('status').filter({ hasText: /\S/ });
  await expect.poll(() => said.count(), { timeout: 30_000 }).toBe(1);
  expect(await said.innerText()).toBe(fr['assessment.statusChanged'].replace('{status}', fr['assessment.status.CLOSED']));
  await expectFocusKept();
  await screenshot(page, 'keyboard-assessment-stage');
});
