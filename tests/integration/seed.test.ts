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
