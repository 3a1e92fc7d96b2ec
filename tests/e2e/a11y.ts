// Accessibility checks with axe-core (Deque's engine, the one the outside review used) and the
// test accounts of each role (signed in through ./sign-in), shared by the accessibility test files.
import { hashPassword } from 'better-auth/crypto';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import type { PrismaClient } from '@/lib/db/client';
import type { Role } from '@/lib/db/generated/sqlite/enums';
import { DEMO_PASSWORD } from '@/lib/seed/seed-demo';

export type Finding = { rule: string; impact: string; page: string; target: string; html: string };

/**
 * Runs axe-core on the page as it stands and returns its serious and critical findings, one
 * per node. The engine is evaluated through the devtools protocol, so the page's
 * Content-Security-Policy (no inline script without the nonce) does not stop it.
 */
export async function seriousFindings(page: Page): Promise<Finding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const w = window as unknown as { axe: typeof axe };
    const r = await w.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact ?? '', nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html })) }));
  });
  const url = new URL(page.url());
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => ({ rule: v.id, impact: v.impact, page: url.pathname + url.search, target: n.target, html: n.html.slice(0, 160) })));
}

export type TestAccount = { email: string; role: Role; entity?: string };

/** One account per role of the demo country, apart from the demo accounts other tests change. */
export const A11Y_ACCOUNTS: TestAccount[] = [
  { email: 'a11y.admin@un.example', role: 'ADMIN' },
  { email: 'a11y.reviewer@un.example', role: 'REVIEWER' },
  { email: 'a11y.coordinator@demo.jalon.example', role: 'COORDINATOR', entity: 'MISP' },
  { email: 'a11y.contributor@demo.jalon.example', role: 'CONTRIBUTOR', entity: 'ASIN' },
  { email: 'a11y.observer@demo.jalon.example', role: 'OBSERVER' },
];

export async function createAccounts(db: PrismaClient, accounts = A11Y_ACCOUNTS) {
  const bj = await db.country.findUniqueOrThrow({ where: { code: 'BJ' } });
  const password = await hashPassword(DEMO_PASSWORD);
  for (const a of accounts) {
    if (await db.user.findUnique({ where: { email: a.email } })) continue;
    const entity = a.entity ? await db.entity.findUniqueOrThrow({ where: { countryId_code: { countryId: bj.id, code: a.entity } } }) : null;
    const u = await db.user.create({
      data: {
        email: a.email,
        name: `Test ${a.role.toLowerCase()}`,
        emailVerified: true,
        memberships: { create: { role: a.role, countryId: a.role === 'ADMIN' ? null : bj.id, entityId: entity?.id ?? null } },
      },
    });
    await db.account.create({ data: { userId: u.id, accountId: u.id, providerId: 'credential', password } });
  }
}

/** A tally of findings by rule, for a message that says what failed where. */
export function summary(findings: Finding[]) {
  const byRule = new Map<string, Set<string>>();
  for (const f of findings) byRule.set(f.rule, (byRule.get(f.rule) ?? new Set()).add(f.page));
  return [...byRule].map(([rule, pages]) => {
    const nodes = findings.filter((f) => f.rule === rule);
    return `${rule} (${nodes.length} nodes): ${[...pages].slice(0, 5).join(', ')}; e.g. ${[...new Set(nodes.map((n) => n.html))].slice(0, 3).join(' | ')}`;
  });
}
