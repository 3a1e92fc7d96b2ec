import { afterEach, beforeEach, expect, test } from 'vitest';
import { DEMO_USERS, seedDemo } from '@/lib/seed/seed-demo';
import { BENIN_ENTITIES } from '@/lib/seed/benin-entities';
import { getCountryRegister, listCountries } from '@/lib/country/views';
import { freshDb, type TestDb } from '../helpers/fresh-db';

let t: TestDb;
beforeEach(async () => {
  t = await freshDb();
});
afterEach(async () => {
  await t?.dispose();
});

async function counts() {
  const [countries, entities, users, memberships] = await Promise.all([
    t.db.country.count(),
    t.db.entity.count(),
    t.db.user.count(),
    t.db.membership.count(),
  ]);
  return { countries, entities, users, memberships };
}

test('the demo seed loads Benin with its entities and one user per role, and is idempotent', async () => {
  await seedDemo(t.db);
  const first = await counts();
  expect(first).toEqual({ countries: 1, entities: BENIN_ENTITIES.length, users: DEMO_USERS.length, memberships: DEMO_USERS.length });
  await seedDemo(t.db);
  expect(await counts()).toEqual(first);

  const roles = new Set((await t.db.membership.findMany({ select: { role: true } })).map((m) => m.role));
  expect([...roles].sort()).toEqual(['ADMIN', 'CONTRIBUTOR', 'COORDINATOR', 'OBSERVER', 'REVIEWER']);
  expect(BENIN_ENTITIES.filter((e) => e.consulted)).toHaveLength(22);
});

test('the register reads in French and in English, flagged as illustrative', async () => {
  await seedDemo(t.db);
  const [summary] = await listCountries(t.db, 'fr');
  expect(summary).toMatchObject({ code: 'BJ', name: 'Bénin', demo: true, entityCount: BENIN_ENTITIES.length });

  const fr = await getCountryRegister(t.db, 'bj', 'fr');
  const en = await getCountryRegister(t.db, 'BJ', 'en');
  expect(fr?.entities.map((e) => e.name)).toContain("Ministère de l’Intérieur et de la Sécurité publique");
  expect(en?.entities.map((e) => e.name)).toContain('Ministry of the Interior and Public Security');
  const police = fr?.entities.find((e) => e.code === 'DGPR');
  expect(police?.parentName).toBe("Ministère de l’Intérieur et de la Sécurité publique");
  expect(await getCountryRegister(t.db, 'ZZ', 'fr')).toBeNull();
});

test('with the vt framework imported, the demo has an assessment in consolidation with answers, entities not started and findings', async () => {
  const { importShippedFrameworks } = await import('@/lib/seed/import-shipped-frameworks');
  const { getProgress } = await import('@/lib/assessment/get-progress');
  const { getResults } = await import('@/lib/assessment/get-results');
  await importShippedFrameworks(t.db);
  const r = await seedDemo(t.db);
  expect(r.assessment).toBeTypeOf('string');
  const a = await t.db.assessment.findUniqueOrThrow({ where: { id: r.assessment! } });
  expect(a).toMatchObject({ status: 'CONSOLIDATION', place: 'Cotonou', officialsCount: 30 });
  const p = await getProgress(t.db, a.id, 'fr');
  expect(p.entities).toHaveLength(22);
  expect(p.notStarted.map((e) => e.code).sort()).toEqual(['MDGL', 'MSPORTS']);
  expect(p.percent).toBeGreaterThan(60);
  expect(p.percent).toBeLessThan(100);
  const results = await getResults(t.db, a.id, 'fr');
  expect(results.areas).toHaveLength(12);
  expect(results.areas.filter((x) => x.consolidated !== null).length).toBeGreaterThanOrEqual(8);
  expect(await t.db.finding.count({ where: { assessmentId: a.id } })).toBe(18);
  // One illustrative evidence file, on the port's answer that cites its security plan.
  const file = await t.db.attachment.findFirstOrThrow({ include: { response: { include: { question: true, entity: true } } } });
  expect(file).toMatchObject({ mimeType: 'text/plain', response: { question: { code: 'RISK-05' }, entity: { code: 'PAC' } } });
  expect(new TextDecoder().decode(file.data)).toContain('illustration');
  // Idempotent: a second run adds nothing.
  const before = await t.db.response.count();
  await seedDemo(t.db);
  expect(await t.db.response.count()).toBe(before);
  expect(await t.db.attachment.count()).toBe(1);
  // Benin's, and the closed cycles of the illustrative Togo and Senegal (lib/seed/seed-demo-region.ts).
  expect(await t.db.assessment.count()).toBe(3);
}, 120_000); // imports both shipped vt versions (2025.1 and 2026.1) before seeding
