// axe-core over the main pages of every role, in French and in English: a serious or critical
// finding fails the run. With A11Y_CRAWL=1 the last test also walks every page each role can
// reach by following links, and prints the count (the figure the outside review gave).
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { createClient } from '@/lib/db/client';
import { LOCALES } from '@/lib/i18n/routing';
import { DEMO_ROADMAP_SLUG } from '@/lib/seed/seed-demo-roadmap';
import { A11Y_ACCOUNTS, createAccounts, seriousFindings, summary, type Finding } from './a11y';
import { signIn } from './sign-in';
import { flattenMessages, loadMessages } from '@/lib/i18n/messages';
import { launchBrowser, screenshot } from './browser';

const baseUrl = inject('baseUrl');
const db = createClient(inject('databaseUrl'));
let browser: Browser;
let mainPages: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  await createAccounts(db);
  const roadmap = await db.roadmap.findUniqueOrThrow({ where: { slug: DEMO_ROADMAP_SLUG }, select: { assessmentId: true, actions: { select: { id: true }, take: 1 } } });
  const a = roadmap.assessmentId!;
  const asin = await db.entity.findFirstOrThrow({ where: { code: 'ASIN' } });
  const fw = await db.frameworkVersion.findFirstOrThrow({ where: { assessments: { some: { id: a } } } });
  const question = await db.question.findFirstOrThrow({ where: { frameworkVersionId: fw.id }, orderBy: { code: 'asc' } });
  mainPages = [
    '', '/framework', `/framework/vt/${fw.version}`, `/framework/vt/${fw.version}/coverage`, '/countries/bj',
    '/assessments', `/assessments/${a}`, `/assessments/${a}/entities/${asin.id}`, `/assessments/${a}/results`,
    `/assessments/${a}/consolidation`, `/assessments/${a}/consolidation/${question.id}`, `/assessments/${a}/setup`,
    '/roadmaps', `/roadmaps/${DEMO_ROADMAP_SLUG}`, `/roadmaps/${DEMO_ROADMAP_SLUG}/actions/${roadmap.actions[0].id}`, `/roadmaps/${DEMO_ROADMAP_SLUG}/compare`, `/roadmaps/${DEMO_ROADMAP_SLUG}/follow-up`,
    '/audit', '/people', '/account', '/admin/outbox', '/admin/frameworks/import',
  ];
});
afterAll(async () => {
  await browser?.close();
  await db.$disconnect();
});

test('a visitor’s pages have no serious or critical axe-core finding, in French and in English', async () => {
  const page = await browser.newPage();
  const findings: Finding[] = [];
  for (const locale of LOCALES) {
    for (const p of ['', '/sign-in', '/forgot-password', '/framework']) {
      await page.goto(`${baseUrl}/${locale}${p}`);
      findings.push(...(await seriousFindings(page)));
    }
  }
  expect(summary(findings)).toEqual([]);
});

test.each(A11Y_ACCOUNTS)('the main pages of the $role have no serious or critical axe-core finding, in French and in English', async ({ email, role }) => {
  const page = await signIn(browser, baseUrl, email);
  const findings: Finding[] = [];
  let scanned = 0;
  for (const locale of LOCALES) {
    for (const p of mainPages) {
      const res = await page.goto(`${baseUrl}/${locale}${p}`);
      // A page the role may not open answers 404 (nothing of it exists for them): skip it.
      if (!res || res.status() >= 400) continue;
      scanned++;
      findings.push(...(await seriousFindings(page)));
      // Each role's home page, looked at in both languages (issue #13).
      if (p === '') await screenshot(page, `home-${role.toLowerCase()}-${locale}`);
    }
  }
  expect(scanned).toBeGreaterThan(8);
  expect(summary(findings)).toEqual([]);
}, 240_000);

const fr = flattenMessages(loadMessages('fr'));

test('the user menu closes on Escape (focus back on it) and when focus leaves it', async () => {
  const page = await signIn(browser, baseUrl, A11Y_ACCOUNTS[2].email);
  await page.goto(`${baseUrl}/fr`);
  const menu = page.locator('header nav details');
  await menu.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => menu.getAttribute('open')).not.toBeNull();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await expect.poll(() => menu.getAttribute('open')).toBeNull();
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
  await page.keyboard.press('Enter');
  await expect.poll(() => menu.getAttribute('open')).not.toBeNull();
  await page.keyboard.press('Shift+Tab');
  await expect.poll(() => menu.getAttribute('open')).toBeNull();
});

const catalogs = { fr, en: flattenMessages(loadMessages('en')) };

test('at 390 px one menu button opens every link, the language switch and sign-out, by keyboard, in French and in English', async () => {
  const page = await signIn(browser, baseUrl, A11Y_ACCOUNTS[3].email);
  await page.setViewportSize({ width: 390, height: 844 });
  for (const locale of LOCALES) {
    const m = catalogs[locale];
    await page.goto(`${baseUrl}/${locale}`);
    expect(await page.locator('nav[aria-label]:visible').count()).toBe(0);
    // The menu button, not the user menu's summary (« Menu de l’utilisateur … »).
    const button = page.locator('header summary', { hasText: new RegExp(`^${m['nav.menu']}$`) });
    await button.focus();
    await page.keyboard.press('Enter');
    const nav = page.getByRole('navigation', { name: m['nav.main'] });
    for (const name of [m['nav.home'], m['nav.framework'], m['nav.assessments'], m['nav.roadmaps'], m['nav.account']]) {
      expect(await nav.getByRole('link', { name, exact: true }).isVisible()).toBe(true);
    }
    const other = LOCALES.find((l) => l !== locale)!;
    expect(await nav.getByRole('link', { name: new RegExp(`^${other.toUpperCase()}`) }).isVisible()).toBe(true);
    expect(await nav.getByRole('button', { name: m['auth.signOut'] }).isVisible()).toBe(true);
    // Nothing sticks out of the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousFindings(page)).toEqual([]);
    await screenshot(page, `phone-menu-${locale}`);
    await page.keyboard.press('Escape');
    await expect.poll(() => nav.isVisible()).toBe(false);
    expect(await seriousFindings(page)).toEqual([]);
    await screenshot(page, `phone-home-${locale}`);
  }
  const roadmap = await db.roadmap.findUniqueOrThrow({ where: { slug: DEMO_ROADMAP_SLUG } });
  const asin = await db.entity.findFirstOrThrow({ where: { code: 'ASIN' } });
  await page.goto(`${baseUrl}/fr/assessments/${roadmap.assessmentId}/entities/${asin.id}`);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await screenshot(page, 'phone-questionnaire-fr');
  await page.goto(`${baseUrl}/fr/roadmaps/${DEMO_ROADMAP_SLUG}`);
  await screenshot(page, 'phone-roadmap-fr');
});

const SKIP = /\/api\/|\.(pdf|csv|docx|xlsx|json)(\?|$)|\/sign-in|\/forgot-password|\/reset-password|\/two-factor/;

test.skipIf(!process.env.A11Y_CRAWL)('every page each role can reach by following links (A11Y_CRAWL=1)', async () => {
  const limit = Number(process.env.A11Y_CRAWL_LIMIT ?? 400);
  const all: Finding[] = [];
  let pages = 0;
  for (const account of [null, ...A11Y_ACCOUNTS]) {
    const page = account ? await signIn(browser, baseUrl, account.email) : await browser.newPage();
    const seen = new Set<string>();
    const queue = LOCALES.map((l) => `/${l}`);
    while (queue.length > 0 && seen.size < limit) {
      const p = queue.shift()!;
      if (seen.has(p)) continue;
      seen.add(p);
      const res = await page.goto(`${baseUrl}${p}`);
      if (!res || res.status() >= 400 || new URL(page.url()).origin !== baseUrl) continue;
      const found = await seriousFindings(page);
      all.push(...found);
      pages++;
      const links = await page.$$eval('a[href]:not([download])', (as) => as.map((a) => (a as HTMLAnchorElement).href));
      for (const href of links) {
        const u = new URL(href);
        if (u.origin !== baseUrl || SKIP.test(u.pathname)) continue;
        const key = u.pathname + u.search;
        if (!seen.has(key)) queue.push(key);
      }
    }
    console.log(`a11y crawl: ${account?.role ?? 'VISITOR'}: ${seen.size} pages, ${all.length} serious or critical nodes so far`);
  }
  console.log(`a11y crawl: ${pages} pages, ${all.length} serious or critical nodes\n${summary(all).join('\n')}`);
  expect(summary(all)).toEqual([]);
}, 3_600_000);
