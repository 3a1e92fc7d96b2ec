// A roadmap translated into English in a browser: the coordinator translates two actions side
// by side, exports the version as XLIFF, imports the file the translation service sent back,
// a reviewer marks the translations reviewed, and the English PDF (read back with pdftotext)
// prints those actions in English and marks the untranslated one.
import { hashPassword } from 'better-auth/crypto';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createClient } from '@/lib/db/client';
import { flattenMessages, loadMessages } from '@/lib/i18n/messages';
import { DEMO_PASSWORD } from '@/lib/seed/seed-demo';
import { pageTexts, savePdf, squash } from '../helpers/pdf-text';
import { FRENCH_ACTIONS, roadmapToTranslate } from '../helpers/translation-roadmap';
import { validateXliff } from '../helpers/xmllint';
import { launchBrowser, screenshot } from './browser';
import { signIn } from './sign-in';

const baseUrl = inject('baseUrl');
const db = createClient(inject('databaseUrl'));
const fr = flattenMessages(loadMessages('fr'));
const SLUG = 'traduction-e2e';
const REVIEWER = 'relectrice.traduction@un.example';
let browser: Browser;
let actionIds: string[] = [];

const ENGLISH = [
  { title: 'Adopt a national strategy for the protection of vulnerable targets', description: 'Draft, validate and have the strategy adopted by the Council of Ministers.' },
  { title: 'Designate a lead authority and focal points', description: 'Publish an order naming the authority and one focal point per ministry.' },
];

beforeAll(async () => {
  browser = await launchBrowser();
  const r = await roadmapToTranslate(db, SLUG);
  actionIds = r.actions.map((a) => a.id);
  const bj = await db.country.findUniqueOrThrow({ where: { code: 'BJ' } });
  const u = await db.user.create({ data: { email: REVIEWER, name: 'Grace Reviewer', emailVerified: true, memberships: { create: { role: 'REVIEWER', countryId: bj.id } } } });
  await db.account.create({ data: { userId: u.id, accountId: u.id, providerId: 'credential', password: await hashPassword(DEMO_PASSWORD) } });
});
afterAll(async () => {
  await browser?.close();
  await db.$disconnect();
});

const box = (page: Page, key: string) => page.getByTestId(`text-${key}`);

async function translate(page: Page, key: string, text: string) {
  await box(page, key).getByRole('textbox').fill(text);
}

test('translate two actions, XLIFF out and back, review, and the English PDF', async () => {
  const coordinator = await signIn(browser, baseUrl, 'coordonnateur@demo.jalon.example');
  await coordinator.goto(`${baseUrl}/fr/roadmaps/${SLUG}/translation?section=actions`);
  await expect.poll(() => box(coordinator, `action.${actionIds[0]}.title`).getAttribute('data-state')).toBe('missing');
  // Side by side: the original on the left, the translation typed on the right.
  await translate(coordinator, `action.${actionIds[0]}.title`, ENGLISH[0].title);
  await translate(coordinator, `action.${actionIds[0]}.description`, ENGLISH[0].description);
  await translate(coordinator, `action.${actionIds[1]}.title`, ENGLISH[1].title);
  await coordinator.getByText(fr['questionnaire.state.saved']).waitFor();
  expect(await box(coordinator, `action.${actionIds[1]}.title`).getAttribute('data-state')).toBe('draft');
  await screenshot(coordinator, 'translation-actions');

  // The XLIFF of version 1 carries the typed translations; the service fills one more unit.
  const href = await coordinator.getByRole('link', { name: fr['translation.tools.export'].replace('{number}', '1') }).getAttribute('href');
  const exported = await coordinator.request.get(new URL(href!, baseUrl).href);
  expect(exported.headers()['content-type']).toContain('application/xliff+xml');
  const xml = await exported.text();
  expect(xml).toContain(`<target>${ENGLISH[0].title}</target>`);
  expect((await validateXliff(xml)).valid).toBe(true);
  const source = `<source>${FRENCH_ACTIONS[1].description.replace(/&/g, '&amp;')}</source>`;
  expect(xml).toContain(source);
  const back = xml.replace(source, `${source}\n        <target>${ENGLISH[1].description}</target>`);
  await coordinator.getByTestId('xliff-import').setInputFiles({ name: `${SLUG}-v1-en.xlf`, mimeType: 'application/xliff+xml', buffer: Buffer.from(back) });
  await coordinator.getByText(/1 traduction mise à jour/).waitFor();
  await coordinator.reload();
  expect(await box(coordinator, `action.${actionIds[1]}.description`).getByRole('textbox').inputValue()).toBe(ENGLISH[1].description);

  // A reviewer marks the four drafts of the section reviewed.
  const reviewer = await signIn(browser, baseUrl, REVIEWER);
  await reviewer.goto(`${baseUrl}/fr/roadmaps/${SLUG}/translation?section=actions`);
  await reviewer.getByRole('button', { name: 'Marquer les 4 traductions provisoires de cette section comme relues' }).click();
  await reviewer.getByText('4 traductions marquées comme relues.').waitFor();
  await reviewer.reload();
  for (const key of [`action.${actionIds[0]}.title`, `action.${actionIds[0]}.description`, `action.${actionIds[1]}.title`, `action.${actionIds[1]}.description`]) {
    expect(await box(reviewer, key).getAttribute('data-state')).toBe('reviewed');
  }
  expect(await box(reviewer, `action.${actionIds[2]}.title`).getAttribute('data-state')).toBe('missing');
  await screenshot(reviewer, 'translation-reviewed');
  // Approval in English is refused: texts are still missing.
  await reviewer.getByRole('button', { name: 'Approuver la version 1 en anglais' }).click();
  await reviewer.getByText(/Pas encore :/).waitFor();

  // The English PDF: the two actions in English, the third marked as still in French.
  const pdf = await coordinator.request.get(`${baseUrl}/api/roadmaps/${SLUG}/versions/1/pdf?lang=en`);
  expect(pdf.status()).toBe(200);
  const file = savePdf(`${SLUG}-v1-en.pdf`, await pdf.body());
  // Squashed: table cells wrap and hyphenate words anywhere.
  const text = squash(pageTexts(file).join('\n'));
  expect(text).toContain(squash('Draft translation'));
  expect(text).toContain(squash(ENGLISH[0].title));
  expect(text).toContain(squash(ENGLISH[1].title));
  expect(text).toContain(squash(`[FR] ${FRENCH_ACTIONS[2].title}`));
  expect(text).not.toContain(squash(FRENCH_ACTIONS[1].title));
  expect(await db.auditEvent.count({ where: { action: 'translation.import', targetId: { not: null } } })).toBe(1);
}, 240_000);
