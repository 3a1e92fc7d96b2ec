import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createClient } from '@/lib/db/client';
import { flattenMessages, loadMessages } from '@/lib/i18n/messages';
import { DEMO_PASSWORD } from '@/lib/seed/seed-demo';
import { totp } from '../helpers/totp';
import { launchBrowser, screenshot } from './browser';

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

async function signIn(page: Page, email: string, password: string) {
  await page.goto(`${baseUrl}/fr/sign-in`);
  await page.getByLabel(fr['auth.email']).fill(email);
  await page.getByLabel(fr['auth.password'], { exact: true }).fill(password);
  await page.getByRole('button', { name: fr['auth.signIn'] }).click();
}

test('a coordinator invites a contributor, who accepts, sets a password and signs in', async () => {
  const coordinator = await (await browser.newContext()).newPage();
  await signIn(coordinator, 'coordonnateur@demo.jalon.example', DEMO_PASSWORD);
  await coordinator.waitForURL(`${baseUrl}/fr`);
  await coordinator.goto(`${baseUrl}/fr/people`);
  await coordinator.getByLabel(fr['people.email']).fill('Awa.Sossou@sante.example');
  await coordinator.getByLabel(fr['people.role']).selectOption('CONTRIBUTOR');
  await coordinator.getByLabel(fr['people.entity']).selectOption({ label: 'Ministère de la Santé' });
  await coordinator.getByRole('button', { name: fr['people.send'] }).click();
  await expect.poll(() => coordinator.getByText('Invitation envoyée à Awa.Sossou@sante.example').count()).toBe(1);
  await screenshot(coordinator, 'people-invited');

  // No SMTP in tests: the mail waits in the outbox, where an admin would read it.
  const mail = await db.outboxMail.findFirstOrThrow({ where: { to: 'awa.sossou@sante.example' } });
  expect(mail.subject).toContain('Bénin');
  const link = mail.text.match(/https?:\/\/\S+\/invitations\/\S+/)![0];
  const token = link.split('/invitations/')[1];

  const invitee = await (await browser.newContext()).newPage();
  await invitee.goto(`${baseUrl}/fr/invitations/${token}`);
  await invitee.getByLabel(fr['invitation.name']).fill('Awa Sossou');
  await invitee.getByLabel(fr['auth.password'], { exact: true }).fill('court');
  await invitee.getByLabel(fr['auth.confirmPassword']).fill('court');
  await invitee.getByRole('button', { name: fr['invitation.accept'] }).click();
  await expect.poll(() => invitee.getByText(fr['auth.passwordTooShort']).count()).toBe(1);
  // What was typed is kept after the error.
  expect(await invitee.getByLabel(fr['invitation.name']).inputValue()).toBe('Awa Sossou');
  await invitee.getByLabel(fr['auth.password'], { exact: true }).fill('une phrase de passe solide');
  await invitee.getByLabel(fr['auth.confirmPassword']).fill('une phrase de passe solide');
  await invitee.getByRole('button', { name: fr['invitation.accept'] }).click();
  await expect.poll(() => invitee.getByRole('status').innerText()).toContain('awa.sossou@sante.example');
  await screenshot(invitee, 'invitation-accepted');

  // The link cannot be used twice.
  await invitee.goto(`${baseUrl}/fr/invitations/${token}`);
  expect(await invitee.locator('main [role=alert]').innerText()).toBe(fr['invitation.invalid']);

  await signIn(invitee, 'awa.sossou@sante.example', 'une phrase de passe solide');
  await invitee.waitForURL(`${baseUrl}/fr`);
  expect(await invitee.getByRole('heading', { name: 'Bénin' }).count()).toBe(1);
  const user = await db.user.findUniqueOrThrow({ where: { email: 'awa.sossou@sante.example' }, include: { memberships: { include: { entity: true } } } });
  expect(user.memberships.map((m) => [m.role, m.entity?.code])).toEqual([['CONTRIBUTOR', 'MS']]);
  expect(await db.auditEvent.count({ where: { action: { in: ['invitation.create', 'invitation.accept'] } } })).toBe(2);
});

test('five wrong passwords lock the account for a while', async () => {
  const page = await (await browser.newContext()).newPage();
  for (let i = 1; i <= 4; i++) {
    await signIn(page, 'contributeur.pac@demo.jalon.example', `mauvais mot de passe ${i}`);
    await expect.poll(() => page.locator('main [role=alert]').innerText()).toBe(fr['auth.invalidCredentials']);
  }
  await signIn(page, 'contributeur.pac@demo.jalon.example', 'mauvais mot de passe 5');
  await expect.poll(() => page.locator('main [role=alert]').innerText()).toBe(fr['auth.locked']);
  // Even the right password is refused while the lock lasts.
  await signIn(page, 'contributeur.pac@demo.jalon.example', DEMO_PASSWORD);
  await expect.poll(() => page.locator('main [role=alert]').innerText()).toBe(fr['auth.locked']);
  await screenshot(page, 'sign-in-locked');
  const user = await db.user.findUniqueOrThrow({ where: { email: 'contributeur.pac@demo.jalon.example' } });
  expect(user.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + 10 * 60_000);
});

test('a reviewer must set up TOTP before anything else, then signs in with a code', async () => {
  // Another test file may have set her up already: start from her first sign-in.
  const reviewer = await db.user.findUniqueOrThrow({ where: { email: 'examinatrice@demo.jalon.example' } });
  await db.twoFactor.deleteMany({ where: { userId: reviewer.id } });
  await db.user.update({ where: { id: reviewer.id }, data: { twoFactorEnabled: false } });
  const page = await (await browser.newContext()).newPage();
  await signIn(page, 'examinatrice@demo.jalon.example', DEMO_PASSWORD);
  await page.waitForURL(/\/fr\/account\/two-factor\?required=1$/);
  expect(await page.locator('main [role=alert]').innerText()).toBe(fr['auth.twoFactorRequired']);
  // Any other page sends her back here.
  await page.goto(`${baseUrl}/fr/countries/bj`);
  await page.waitForURL(/\/fr\/account\/two-factor\?required=1$/);

  await page.getByLabel(fr['auth.password']).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: fr['account.generate'] }).click();
  const secret = await page.getByTestId('totp-secret').innerText();
  await screenshot(page, 'two-factor-setup');
  await page.getByLabel(fr['auth.code']).fill(totp(secret));
  await page.getByRole('button', { name: fr['auth.verify'] }).click();
  await page.waitForURL(`${baseUrl}/fr/account`);
  expect(await page.getByText(fr['account.twoFactorOn']).count()).toBe(1);

  // From now on, signing in asks for the code.
  const next = await (await browser.newContext()).newPage();
  await signIn(next, 'examinatrice@demo.jalon.example', DEMO_PASSWORD);
  await next.waitForURL(/\/fr\/sign-in\/two-factor/);
  await next.getByLabel(fr['auth.code']).fill('000000');
  await next.getByRole('button', { name: fr['auth.verify'] }).click();
  await expect.poll(() => next.locator('main [role=alert]').innerText()).toBe(fr['auth.invalidCode']);
  await next.getByLabel(fr['auth.code']).fill(totp(secret));
  await next.getByRole('button', { name: fr['auth.verify'] }).click();
  await next.waitForURL(`${baseUrl}/fr`);
  expect(await next.getByRole('heading', { name: 'Bénin' }).count()).toBe(1);
});
