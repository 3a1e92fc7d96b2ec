// Signing in from the sign-in page as a person does, for the browser tests; a reviewer also
// sets up (the first time) or passes the second factor every reviewer must have.
import type { Browser, Page } from 'playwright-core';
import { flattenMessages, loadMessages } from '@/lib/i18n/messages';
import { DEMO_PASSWORD } from '@/lib/seed/seed-demo';
import { totp } from '../helpers/totp';

const fr = flattenMessages(loadMessages('fr'));
const secrets = new Map<string, string>();

export async function signIn(browser: Browser, baseUrl: string, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${baseUrl}/fr/sign-in`);
  await page.getByLabel(fr['auth.email']).fill(email);
  await page.getByLabel(fr['auth.password'], { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: fr['auth.signIn'] }).click();
  await page.waitForURL((u) => !u.pathname.endsWith('/sign-in'));
  if (page.url().includes('/account/two-factor')) {
    await page.getByLabel(fr['auth.password']).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: fr['account.generate'] }).click();
    secrets.set(email, await page.getByTestId('totp-secret').innerText());
    await page.getByLabel(fr['auth.code']).fill(totp(secrets.get(email)!));
    await page.getByRole('button', { name: fr['auth.verify'] }).click();
    await page.waitForURL(`${baseUrl}/fr/account`);
  } else if (page.url().includes('/sign-in/two-factor')) {
    await page.getByLabel(fr['auth.code']).fill(totp(secrets.get(email)!));
    await page.getByRole('button', { name: fr['auth.verify'] }).click();
    await page.waitForURL((u) => !u.pathname.includes('/two-factor'));
  }
  return page;
}
