// A small framework (two areas, five questions), one country with three entities, an
// assessment collecting answers, a coordinator and two contributors of the same entity:
// what the questionnaire, consolidation and export tests need.
import type { ActionContext } from '@/lib/actions/define-action';
import { createAuth } from '@/lib/auth/auth';
import { loadSessionUser, type SessionUser } from '@/lib/auth/session-user';
import type { PrismaClient } from '@/lib/db/client';
import type { Provider } from '@/lib/db/url';

export async function questionnaireWorld(db: PrismaClient, status: 'PREPARATION' | 'COLLECTION' | 'CONSOLIDATION' = 'COLLECTION') {
  const fw = await db.frameworkVersion.create({
    data: { slug: 'qf', version: '1', titleFr: 'Référentiel d’essai', titleEn: 'Test framework', descriptionFr: '', descriptionEn: '', scale: [], contentHash: 'qf' },
  });
  const area = (code: string, order: number, fr: string, en: string) =>
    db.area.create({ data: { frameworkVersionId: fw.id, code, order, titleFr: fr, titleEn: en, purposeFr: `But ${code}`, purposeEn: `Purpose ${code}` } });
  const gov = await area('GOV', 1, 'Gouvernance', 'Governance');
  const cip = await area('CIP', 2, 'Protection des infrastructures critiques', 'Critical infrastructure protection');
  const question = (areaId: string, code: string, order: number) =>
    db.question.create({
      data: {
        frameworkVersionId: fw.id, areaId, code, order, lens: 'INSTITUTIONAL', textFr: `Question ${code} ?`, textEn: `Question ${code}?`,
        guidanceFr: `Orientation ${code}`, guidanceEn: `Guidance ${code}`, levels: [0, 1, 2, 3, 4].map((l) => ({ fr: `Niveau ${l} de ${code}`, en: `Level ${l} of ${code}` })),
      },
    });
  const questions = {
    gov1: await question(gov.id, 'GOV-01', 1), gov2: await question(gov.id, 'GOV-02', 2), gov3: await question(gov.id, 'GOV-03', 3),
    cip1: await question(cip.id, 'CIP-01', 1), cip2: await question(cip.id, 'CIP-02', 2),
  };
  const country = await db.country.create({ data: { code: 'BJ' } });
  const entity = (code: string, fr: string, en: string) => db.entity.create({ data: { countryId: country.id, code, acronym: code, nameFr: fr, nameEn: en, kind: 'MINISTRY' } });
  const misp = await entity('MISP', 'Ministère de l’Intérieur', 'Ministry of the Interior');
  const pac = await entity('PAC', 'Port autonome de Cotonou', 'Autonomous Port of Cotonou');
  const asin = await entity('ASIN', 'Agence des systèmes d’information', 'Information Systems Agency');
  const spare = await entity('MS', 'Ministère de la Santé', 'Ministry of Health');
  const assessment = await db.assessment.create({
    data: {
      countryId: country.id, frameworkVersionId: fw.id, title: 'Consultations de Cotonou', status, place: 'Cotonou', organisers: ['UNOCT', 'CTED'],
      startsOn: new Date('2024-09-18'), endsOn: new Date('2024-09-20'), officialsCount: 30, coordinatingEntityId: misp.id,
      entities: { create: [misp, pac, asin].map((e) => ({ entityId: e.id })) },
    },
  });
  // MISP and PAC get everything, ASIN only governance.
  const all = Object.values(questions);
  const rows = [
    ...[misp, pac].flatMap((e) => all.map((q) => ({ entityId: e.id, questionId: q.id }))),
    ...[questions.gov1, questions.gov2, questions.gov3].map((q) => ({ entityId: asin.id, questionId: q.id })),
  ];
  await db.assignment.createMany({ data: rows.map((r) => ({ ...r, assessmentId: assessment.id })) });

  const user = async (email: string, name: string, role: 'COORDINATOR' | 'CONTRIBUTOR' | 'REVIEWER' | 'OBSERVER', entityId: string | null = null, locale = 'fr') => {
    const u = await db.user.create({ data: { email, name, locale, twoFactorEnabled: true, memberships: { create: { role, countryId: country.id, entityId } } } });
    return (await loadSessionUser(db, u.id))!;
  };
  const users = {
    coordinator: await user('coordination@test.example', 'Koffi Agossou', 'COORDINATOR'),
    reviewer: await user('review@test.example', 'Claire Martin', 'REVIEWER'),
    pac1: await user('pac1@test.example', 'Rachidi Bio', 'CONTRIBUTOR', pac.id),
    pac2: await user('pac2@test.example', 'Aïcha Dossou', 'CONTRIBUTOR', pac.id, 'en'),
    asin: await user('asin@test.example', 'Nadège Houngbo', 'CONTRIBUTOR', asin.id),
  };
  return { fw, areas: { gov, cip }, questions, country, entities: { misp, pac, asin, spare }, assessment, users };
}

export type QuestionnaireWorld = Awaited<ReturnType<typeof questionnaireWorld>>;

export function contextFor(db: PrismaClient, provider: Provider, user: SessionUser | null): ActionContext {
  return {
    db,
    auth: createAuth(db, { secret: 'x'.repeat(40), baseURL: 'http://localhost:3000', provider, production: false }),
    headers: new Headers(),
    user,
    ip: '203.0.113.20',
    userAgent: 'vitest',
    locale: 'fr',
    baseUrl: 'http://localhost:3000',
  };
}
