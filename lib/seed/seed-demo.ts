// The illustrative Benin setup: the country, its register of entities, one demo user per
// role. Idempotent: running it again updates names and adds what is missing, nothing more.
import { hashPassword } from 'better-auth/crypto';
import type { Db, PrismaClient } from '../db/client';
import type { Role } from '../db/generated/sqlite/enums';
import { BENIN_ENTITIES } from './benin-entities';
import { seedDemoAssessment } from './seed-demo-assessment';
import { seedDemoFollowUp } from './seed-demo-followup';
import { seedDemoNextCycle } from './seed-demo-next-cycle';
import { seedDemoRegion } from './seed-demo-region';
import { seedDemoRoadmap } from './seed-demo-roadmap';

export const DEMO_COUNTRY = 'BJ';

export type DemoUser = { email: string; name: string; role: Role; entity?: string };

export const DEMO_USERS: DemoUser[] = [
  { email: 'admin@demo.jalon.example', name: 'Awa Diallo', role: 'ADMIN' },
  { email: 'examinatrice@demo.jalon.example', name: 'Claire Martin', role: 'REVIEWER' },
  { email: 'coordonnateur@demo.jalon.example', name: 'Koffi Agossou', role: 'COORDINATOR', entity: 'MISP' },
  { email: 'contributrice.asin@demo.jalon.example', name: 'Nadège Houngbo', role: 'CONTRIBUTOR', entity: 'ASIN' },
  { email: 'contributeur.pac@demo.jalon.example', name: 'Rachidi Bio', role: 'CONTRIBUTOR', entity: 'PAC' },
  { email: 'observateur@demo.jalon.example', name: 'Sèna Dossou', role: 'OBSERVER' },
];

/** The demo accounts' password, shown on the sign-in page of a demo installation. */
export const DEMO_PASSWORD = 'jalon-demo-2024';

export type SeedOptions = {
  /**
   * Close Benin's first cycle and start its second one, answers carried forward (the demo
   * installation does; the browser tests start it themselves, from the first cycle closed).
   */
  nextCycle?: boolean;
};

export async function seedDemo(db: Db, options: SeedOptions = {}) {
  const country = await db.country.upsert({
    where: { code: DEMO_COUNTRY },
    update: { demo: true },
    create: { code: DEMO_COUNTRY, currency: 'XOF', demo: true },
  });

  const ids = new Map<string, string>();
  for (const e of BENIN_ENTITIES) {
    const data = { acronym: e.acronym, nameFr: e.nameFr, nameEn: e.nameEn, articleFr: e.articleFr, kind: e.kind };
    const row = await db.entity.upsert({
      where: { countryId_code: { countryId: country.id, code: e.code } },
      update: data,
      create: { ...data, code: e.code, countryId: country.id },
    });
    ids.set(e.code, row.id);
  }
  for (const e of BENIN_ENTITIES) {
    if (e.parent) await db.entity.update({ where: { id: ids.get(e.code)! }, data: { parentId: ids.get(e.parent)! } });
  }

  const userIds = new Map<string, string>();
  for (const u of DEMO_USERS) {
    const user = await db.user.upsert({
      where: { email: u.email },
      update: { name: u.name },
      create: { email: u.email, name: u.name, demo: true, emailVerified: true },
    });
    if (!(await db.account.findFirst({ where: { userId: user.id, providerId: 'credential' } }))) {
      await db.account.create({ data: { userId: user.id, accountId: user.id, providerId: 'credential', password: await hashPassword(DEMO_PASSWORD) } });
    }
    const scope = {
      role: u.role,
      countryId: u.role === 'ADMIN' ? null : country.id,
      entityId: u.entity ? ids.get(u.entity)! : null,
      assessmentId: null,
    };
    // The unique index cannot see NULL scopes as equal, so look before creating.
    const existing = await db.membership.findFirst({ where: { userId: user.id, ...scope } });
    if (!existing) await db.membership.create({ data: { userId: user.id, ...scope } });
    userIds.set(u.role === 'CONTRIBUTOR' ? `CONTRIBUTOR:${u.entity}` : u.role, user.id);
  }
  const email = (role: Role) => DEMO_USERS.find((u) => u.role === role)!.email;
  // The illustrative assessment, when the vt framework has been imported before the demo.
  const assessment = await seedDemoAssessment(db, country.id, ids, userIds);
  // The demo roadmap drafted from it, taken through one review loop.
  if (assessment) {
    const roadmap = await seedDemoRoadmap(db as PrismaClient, { assessmentId: assessment.id, coordinator: email('COORDINATOR'), reviewer: email('REVIEWER') });
    // Approved, then followed up over two periods (lib/seed/seed-demo-followup.ts).
    if (roadmap.created && roadmap.roadmapId) {
      await seedDemoFollowUp(db as PrismaClient, {
        roadmapId: roadmap.roadmapId, coordinator: email('COORDINATOR'), reviewer: email('REVIEWER'), admin: email('ADMIN'),
        contributors: DEMO_USERS.filter((u) => u.role === 'CONTRIBUTOR').map((u) => u.email),
      });
    }
  }
  // Togo and Senegal beside Benin for the programme view; the demo reviewer assigned to Togo.
  const region = await seedDemoRegion(db, userIds.get('REVIEWER') ?? null);
  const nextCycle = assessment && options.nextCycle ? await seedDemoNextCycle(db as PrismaClient, { assessmentId: assessment.id, coordinator: email('COORDINATOR') }) : null;
  return { countryId: country.id, entities: ids.size, users: DEMO_USERS.length, assessment: assessment?.id ?? null, region, nextCycle };
}

/** Whether this installation holds the demo data (the sign-in page then says how to enter it). */
export async function hasDemoData(db: Db) {
  return (await db.country.count({ where: { demo: true } })) > 0;
}

export async function isEmpty(db: Db) {
  return (await db.country.count()) === 0;
}
