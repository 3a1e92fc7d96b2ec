// Two countries with their entities, an assessment each, pending invitations and one user
// per role in country A: what the authorization tests need to try own and other scopes.
import type { PrismaClient } from '@/lib/db/client';
import type { Membership } from '@/lib/auth/can';
import { ROLES, type Role } from '@/lib/auth/policy';
import { loadSessionUser, type SessionUser } from '@/lib/auth/session-user';
import { buildFollowUp } from './followup-world';

export type World = Awaited<ReturnType<typeof buildWorld>>;

async function country(db: PrismaClient, code: string, fw: string, questions: string[]) {
  const c = await db.country.create({ data: { code } });
  const e1 = await db.entity.create({ data: { countryId: c.id, code: `${code}-E1`, nameFr: `Entité 1 ${code}`, nameEn: `Entity 1 ${code}`, kind: 'MINISTRY' } });
  const e2 = await db.entity.create({ data: { countryId: c.id, code: `${code}-E2`, nameFr: `Entité 2 ${code}`, nameEn: `Entity 2 ${code}`, kind: 'AGENCY' } });
  // Collecting answers: both entities take part and are asked every question.
  const assessment = await db.assessment.create({
    data: {
      countryId: c.id, frameworkVersionId: fw, title: `Évaluation ${code}`, organisers: ['UNOCT'], status: 'COLLECTION',
      entities: { create: [{ entityId: e1.id }, { entityId: e2.id }] },
      assignments: { create: [e1.id, e2.id].flatMap((entityId) => questions.map((questionId) => ({ entityId, questionId }))) },
    },
  });
  const roadmap = await db.roadmap.create({ data: { slug: `roadmap-${code.toLowerCase()}`, countryId: c.id, assessmentId: assessment.id, title: `Feuille de route ${code}` } });
  const objective = await db.objective.create({ data: { roadmapId: roadmap.id, order: 1, title: 'Objectif' } });
  const action = await db.action.create({ data: { roadmapId: roadmap.id, order: 1, title: 'Action existante', partners: [], indicators: [], leadEntityId: e1.id } });
  const comment = await db.comment.create({ data: { roadmapId: roadmap.id, targetType: 'ROADMAP', body: 'Premier commentaire', mentions: [] } });
  const ids = { id: c.id, e1: e1.id, e2: e2.id, assessment: assessment.id, roadmap: roadmap.id, objective: objective.id, action: action.id, comment: comment.id };
  return { ...ids, followUp: await buildFollowUp(db, ids) };
}

export async function buildWorld(db: PrismaClient) {
  const fw = await db.frameworkVersion.create({
    data: { slug: 'test', version: '1', titleFr: 'Test', titleEn: 'Test', descriptionFr: '', descriptionEn: '', scale: [], contentHash: 'x' },
  });
  const area = await db.area.create({ data: { frameworkVersionId: fw.id, code: 'GOV', order: 1, titleFr: 'Gouvernance', titleEn: 'Governance', purposeFr: '', purposeEn: '' } });
  const question = (code: string, order: number) =>
    db.question.create({
      data: {
        frameworkVersionId: fw.id, areaId: area.id, code, order, lens: 'INSTITUTIONAL', textFr: `Question ${code} ?`, textEn: `Question ${code}?`,
        guidanceFr: '', guidanceEn: '', levels: [0, 1, 2, 3, 4].map((l) => ({ fr: `Niveau ${l}`, en: `Level ${l}` })),
      },
    });
  const q1 = await question('GOV-01', 1);
  const q2 = await question('GOV-02', 2);
  const A = await country(db, 'BJ', fw.id, [q1.id, q2.id]);
  const B = await country(db, 'TG', fw.id, [q1.id, q2.id]);
  const inviter = await db.user.create({ data: { email: 'inviter@test.example', name: 'Inviter' } });
  const invitation = async (countryId: string, n: string) =>
    (await db.invitation.create({
      data: { email: `pending-${n}@test.example`, role: 'OBSERVER', countryId, tokenHash: `hash-${n}`, expiresAt: new Date(Date.now() + 86_400_000), invitedById: inviter.id },
    })).id;
  const invitations = { A: await invitation(A.id, 'a'), B: await invitation(B.id, 'b') };

  const users = {} as Record<Role, SessionUser>;
  for (const role of ROLES) {
    const membership: Omit<Membership, 'role'> =
      role === 'ADMIN' ? { countryId: null, entityId: null, assessmentId: null }
      : role === 'CONTRIBUTOR' ? { countryId: A.id, entityId: A.e1, assessmentId: A.assessment }
      : { countryId: A.id, entityId: null, assessmentId: null };
    const u = await db.user.create({
      data: { email: `${role.toLowerCase()}@test.example`, name: role, twoFactorEnabled: true, memberships: { create: { role, ...membership } } },
    });
    users[role] = (await loadSessionUser(db, u.id))!;
  }
  return { A, B, invitations, users, framework: fw.id, area: area.id, q1: q1.id, q2: q2.id };
}

/** Row counts of every table: "the database is unchanged" compares two of these. */
export async function tableCounts(db: PrismaClient) {
  const names = [
    'country', 'entity', 'user', 'session', 'account', 'verification', 'twoFactor', 'membership', 'invitation', 'outboxMail',
    'frameworkVersion', 'assessment', 'response', 'finding', 'roadmap', 'objective', 'recommendation', 'action',
    'actionSupportingEntity', 'roadmapVersion', 'comment', 'notification', 'auditEvent', 'attachment', 'responseRevision',
    'textTranslation', 'roadmapVersionLanguage',
    'followUp', 'followUpPeriod', 'trackedAction', 'progressUpdate', 'progressStep', 'progressAttachment', 'followUpReminder',
  ] as const;
  const out: Record<string, number> = {};
  for (const n of names) out[n] = await (db[n] as unknown as { count: () => Promise<number> }).count();
  return out;
}
