// The consultation's form as a French ministry fills it: the partners ticked from the
// register (shown in the page's language), the dates typed day/month/year whatever the
// browser's language, the questionnaire titled with the entity's article.
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createClient } from '@/lib/db/client';
import { flattenMessages, loadMessages } from '@/lib/i18n/messages';
import { DEMO_ROADMAP_SLUG } from '@/lib/seed/seed-demo-roadmap';
import { A11Y_ACCOUNTS, createAccounts, seriousFindings } from './a11y';
import { launchBrowser, screenshot } from './browser';
import { signIn } from './sign-in';

const baseUrl = inject('baseUrl');
const db = createClient(inject('databaseUrl'));
const catalogs = { fr: flattenMessages(loadMessages('fr')), en: flattenMessages(loadMessages('en')) };
const fr = catalogs.fr;
const coordinator = A11Y_ACCOUNTS.find((a) => a.role === 'COORDINATOR')!;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  await createAccounts(db, [coordinator]);
  page = await signIn(browser, baseUrl, coordinator.email);
});
afterAll(async () => {
  await browser?.close();
  await db.$disconnect();
});

test('partners ticked from the register and dates typed day/month/year are saved and shown in each language', async () => {
  const roadmap = await db.roadmap.findUniqueOrThrow({ where: { slug: DEMO_ROADMAP_SLUG } });
  const demo = await db.assessment.findUniqueOrThrow({ where: { id: roadmap.assessmentId! } });
  const a = await db.assessment.create({ data: { countryId: demo.countryId, frameworkVersionId: demo.frameworkVersionId, title: 'Consultations de Parakou', organisers: [] } });
  await page.goto(`${baseUrl}/fr/assessments/${a.id}/setup`);
  const form = page.locator('section[aria-labelledby="consultation"]');
  await form.getByRole('checkbox', { name: /^BLT — / }).check();
  await form.getByRole('checkbox', { name: /^DECT — / }).check();
  await form.getByLabel(fr['assessment.setup.organisersOther']).fill('Ambassade de France');
  await form.getByLabel(fr['assessment.setup.startsOn']).fill('18/09/2024');
  await form.getByLabel(fr['assessment.setup.endsOn']).fill('20/09/2024');
  await form.getByRole('button', { name: fr['assessment.setup.save'] }).click();
  await expect.poll(() => form.getByRole('status').innerText(), { timeout: 30_000 }).not.toBe('');
  expect(await form.getByRole('status').innerText()).toBe(fr['assessment.setup.saved']);
  const saved = await db.assessment.findUniqueOrThrow({ where: { id: a.id } });
  expect(saved.organisers).toEqual(['UNOCT', 'CTED', 'Ambassade de France']);
  expect(saved.startsOn?.toISOString().slice(0, 10)).toBe('2024-09-18');
  expect(await seriousFindings(page)).toEqual([]);
  await screenshot(page, 'consultation-form-fr');

  await page.goto(`${baseUrl}/en/assessments/${a.id}/setup`);
  expect(await page.getByRole('checkbox', { name: /^CTED — / }).isChecked()).toBe(true);
  expect(await page.getByLabel(catalogs.en['assessment.setup.startsOn']).inputValue()).toBe('18/09/2024');
  await screenshot(page, 'consultation-form-en');
  await page.goto(`${baseUrl}/fr/assessments/${a.id}`);
  expect(await page.getByText('BLT, DECT, Ambassade de France').count()).toBe(1);
});

test('the questionnaire is titled with the entity’s article', async () => {
  const roadmap = await db.roadmap.findUniqueOrThrow({ where: { slug: DEMO_ROADMAP_SLUG } });
  const asin = await db.entity.findFirstOrThrow({ where: { code: 'ASIN' } });
  const misp = await db.entity.findFirstOrThrow({ where: { code: 'MISP' } });
  await page.goto(`${baseUrl}/fr/assessments/${roadmap.assessmentId}/entities/${asin.id}`);
  expect(await page.getByRole('heading', { name: 'Questionnaire de l’Agence des systèmes d’information et du numérique' }).count()).toBe(1);
  await screenshot(page, 'questionnaire-title-fr');
  await page.goto(`${baseUrl}/fr/assessments/${roadmap.assessmentId}/entities/${misp.id}`);
  expect(await page.getByRole('heading', { name: 'Questionnaire du Ministère de l’Intérieur et de la Sécurité publique' }).count()).toBe(1);
  await page.goto(`${baseUrl}/en/assessments/${roadmap.assessmentId}/entities/${asin.id}`);
  expect(await page.getByRole('heading', { name: 'Questionnaire of the Agency for Information Systems and Digital Affairs' }).count()).toBe(1);
  await screenshot(page, 'questionnaire-title-en');
});
