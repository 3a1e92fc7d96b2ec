// Malformed input to every server action: wrong types, missing fields, 1 MB strings,
// control characters, HTML and SQL injection, unknown ids, ids of another country. Every
// answer must be a typed error whose message exists in French and English, nothing may
// throw, and the database must be unchanged afterwards.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ACTIONS, PUBLIC_ACTIONS } from '@/lib/actions';
import { runAction, runPublicAction, type ActionContext } from '@/lib/actions/define-action';
import { createAuth } from '@/lib/auth/auth';
import { flattenMessages, loadMessages } from '@/lib/i18n/messages';
import { exportRoadmap } from '@/lib/roadmap/exchange';
import { PDF } from '../helpers/files';
import { buildWorld, tableCounts, type World } from '../helpers/world';
import { freshDb, type TestDb } from '../helpers/fresh-db';

let t: TestDb;
let w: World;
let fileOfB: unknown;
let fileOfBAttachment: string;
let evidenceOfB: string;
beforeAll(async () => {
  t = await freshDb();
  w = await buildWorld(t.db);
  fileOfB = await exportRoadmap(t.db, w.B.roadmap);
  // An evidence file of the other country, which no case may delete.
  const r = await t.db.response.create({ data: { assessmentId: w.B.assessment, entityId: w.B.e2, questionId: w.q1, version: 0 } });
  fileOfBAttachment = (await t.db.attachment.create({ data: { responseId: r.id, filename: 'b.pdf', mimeType: 'application/pdf', size: PDF.length, sha256: 'x', data: PDF } })).id;
  evidenceOfB = (await t.db.progressAttachment.create({ data: { updateId: w.B.followUp.update, countryId: w.B.id, filename: 'b.pdf', mimeType: 'application/pdf', size: PDF.length, sha256: 'x', data: PDF } })).id;
});
afterAll(async () => {
  await t?.dispose();
});

const catalogs = [flattenMessages(loadMessages('fr')), flattenMessages(loadMessages('en'))];

/**
 * An input per action, whose fields the cases below break one at a time. Each names a
 * record of the other country (or a stale version), so that no single change can make it
 * acceptable: every case must be refused.
 */
const SAMPLES: Record<string, (w: World) => Record<string, unknown>> = {
  'framework.import': () => ({ filename: 'framework.yaml', content: 'framework: {}' }),
  'country.create': () => ({ code: 'NE', currency: 'XOF' }),
  'country.register.import': (w) => ({ countryId: w.B.id, filename: 'registre.csv', confirm: true, content: Buffer.from('code;nom_fr;nom_en;type\nMINT;Ministère de l’Intérieur;Ministry of the Interior;Ministère\n').toString('base64') }),
  'roadmap.import': () => ({ slug: 'imported', file: fileOfB }),
  'country.emblem.set': (w) => ({ countryId: w.B.id, filename: 'emblem.svg', content: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>').toString('base64') }),
  'country.emblem.remove': (w) => ({ countryId: w.B.id }),
  'installation.peer.register': () => ({ name: 'ONU', publicKey: '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=\n-----END PUBLIC KEY-----' }),
  'installation.peer.revoke': () => ({ peerId: 'some-peer' }),
  'invitation.create': (w) => ({ email: 'someone@test.example', role: 'CONTRIBUTOR', countryId: w.A.id, entityId: w.A.e1, locale: 'fr' }),
  'invitation.revoke': (w) => ({ invitationId: w.invitations.A }),
  'roadmap.create': (w) => ({ assessmentId: w.B.assessment, title: 'Feuille de route', slug: 'une-feuille' }),
  'roadmap.header.update': (w) => ({ roadmapId: w.A.roadmap, version: 7, title: 'Titre', executiveSummary: '', context: '', methodology: '', sensitivity: 'RESTRICTED' }),
  'roadmap.generate': (w) => ({ roadmapId: w.B.roadmap }),
  'roadmap.objective.save': (w) => ({ roadmapId: w.B.roadmap, objectiveId: w.B.objective, title: 'Objectif' }),
  'roadmap.recommendation.save': (w) => ({ roadmapId: w.B.roadmap, objectiveId: w.B.objective, text: 'Texte', priority: 'HIGH' }),
  'roadmap.action.create': (w) => ({ roadmapId: w.B.roadmap, fields: { title: 'Action', leadEntityId: w.B.e1, priority: 'MEDIUM' } }),
  'roadmap.action.update': (w) => ({ actionId: w.A.action, version: 7, fields: { title: 'Action', leadEntityId: w.A.e1, priority: 'HIGH' } }),
  'roadmap.action.reorder': (w) => ({ roadmapId: w.B.roadmap, actionIds: [w.B.action] }),
  'roadmap.action.delete': (w) => ({ actionId: w.B.action }),
  'roadmap.submit': (w) => ({ roadmapId: w.B.roadmap }),
  'roadmap.decide': (w) => ({ roadmapId: w.B.roadmap, number: 1, decision: 'APPROVE', note: '' }),
  'roadmap.comment.add': (w) => ({ roadmapId: w.B.roadmap, targetType: 'ACTION', targetId: w.B.action, body: 'Commentaire' }),
  'roadmap.comment.resolve': (w) => ({ commentId: w.B.comment }),
  'translation.save': (w) => ({ roadmapId: w.B.roadmap, language: 'en', key: `action.${w.B.action}.title`, baseVersion: 0, base: { text: '' }, changes: { text: 'Action' } }),
  'translation.review': (w) => ({ roadmapId: w.B.roadmap, language: 'en', keys: [`action.${w.B.action}.title`] }),
  'translation.approve': (w) => ({ roadmapId: w.B.roadmap, number: 1, language: 'en' }),
  'translation.languages.set': (w) => ({ roadmapId: w.B.roadmap, languages: ['fr', 'en'] }),
  'translation.import': (w) => ({ roadmapId: w.B.roadmap, number: 1, content: '<xliff/>' }),
  'assessment.create': (w) => ({ countryId: w.B.id, frameworkVersionId: w.framework, title: 'Évaluation' }),
  'assessment.consultation.update': (w) => ({
    assessmentId: w.B.assessment, title: 'Consultations', place: 'Lomé', startsOn: '2024-09-18', endsOn: '2024-09-20', organisers: ['UNOCT'], officialsCount: 12, coordinatingEntityId: w.B.e1,
  }),
  'assessment.status.set': (w) => ({ assessmentId: w.B.assessment, status: 'CONSOLIDATION' }),
  'assessment.entities.add': (w) => ({ assessmentId: w.B.assessment, entityIds: [w.B.e2] }),
  'assessment.entities.remove': (w) => ({ assessmentId: w.B.assessment, entityId: w.B.e2 }),
  'assessment.entities.create': (w) => ({ assessmentId: w.B.assessment, code: 'NOUVEAU', nameFr: 'Nouvelle agence', nameEn: 'New agency', kind: 'AGENCY' }),
  'assessment.assign': (w) => ({ assessmentId: w.B.assessment, entityIds: [w.B.e2], areaIds: [w.area], mode: 'add' }),
  'assessment.remind': (w) => ({ assessmentId: w.B.assessment, entityIds: [w.B.e2] }),
  'response.save': (w) => ({ assessmentId: w.B.assessment, entityId: w.B.e2, questionId: w.q1, baseVersion: 0, base: { gaps: '' }, changes: { gaps: 'Lacune' } }),
  'finding.save': (w) => ({ assessmentId: w.B.assessment, questionId: w.q1, baseVersion: 0, base: { gaps: '' }, changes: { gaps: 'Constat' } }),
  'assessment.nextCycle': (w) => ({ countryId: w.B.id, assessmentId: w.B.assessment, frameworkVersionId: w.framework, title: 'Cycle suivant' }),
  'response.confirmCarried': (w) => ({ assessmentId: w.B.assessment, entityId: w.B.e2, questionId: w.q1 }),
  'attachment.upload': (w) => ({ assessmentId: w.B.assessment, entityId: w.B.e2, questionId: w.q1, filename: 'plan.pdf', content: PDF }),
  'attachment.delete': () => ({ attachmentId: fileOfBAttachment }),
  'followup.settings.save': (w) => ({ roadmapId: w.B.roadmap, rhythm: 'QUARTERLY', firstPeriod: '2025-T1', dueDay: 15 }),
  'followup.period.close': (w) => ({ roadmapId: w.B.roadmap, period: '2025-T1' }),
  'roadmap.amend': (w) => ({ roadmapId: w.B.roadmap }),
  'followup.update.save': (w) => ({
    trackedActionId: w.B.followUp.tracked2, entityId: w.B.e2, period: '2025-T1', baseVersion: 1,
    base: { status: 'NOT_STARTED', percent: null, done: '' }, changes: { status: 'ON_TRACK', percent: 30, done: 'Fait', indicator0: true },
  }),
  'followup.update.submit': (w) => ({ updateId: w.B.followUp.update, entityId: w.B.e2, version: 1 }),
  'followup.update.review': (w) => ({ updateId: w.B.followUp.update, version: 1, decision: 'RETURN', note: 'À corriger' }),
  'followup.update.comment': (w) => ({ updateId: w.B.followUp.update, entityId: null, body: 'Commentaire' }),
  'followup.evidence.upload': (w) => ({ updateId: w.B.followUp.update, entityId: w.B.e2, filename: 'plan.pdf', content: PDF }),
  'followup.evidence.delete': (w) => ({ attachmentId: evidenceOfB, entityId: w.B.e2 }),
  'account.twoFactor.start': () => ({ password: 'a password' }),
  'account.twoFactor.confirm': () => ({ code: '123456' }),
  'account.signOutEverywhere': () => ({}),
  'auth.signIn': () => ({ email: 'nobody@test.example', password: 'not the password' }),
  'auth.verifyTotp': () => ({ code: '123456' }),
  'auth.requestReset': () => ({ email: 'nobody@test.example' }),
  'auth.resetPassword': () => ({ token: 'not-a-real-token-1234', password: 'a long enough password', confirm: 'a long enough password' }),
  'invitation.accept': () => ({ token: 'not-a-real-token-123456789', name: 'Someone', password: 'a long enough password', confirm: 'a long enough password' }),
};

const NASTY: unknown[] = [
  42, -1, 1e308, true, null, [], {}, ['a'],
  'x'.repeat(1_000_000),
  '\u0000\u0007\u001b[31m\u202e\ud800',
  '<script>alert(1)</script><img src=x onerror=alert(1)>',
  `' OR 1=1; DROP TABLE "User"; --`,
  'unknown-id-zzzzzzzzzzzz',
  '../../etc/passwd',
];

function cases(w: World, name: string): unknown[] {
  const sample = SAMPLES[name](w);
  const out: unknown[] = [undefined, null, 0, 'x', [], true, new Date(0)];
  if (Object.keys(sample).length) out.push({});
  for (const key of Object.keys(sample)) {
    for (const v of [...NASTY, w.B.id, w.B.e1, w.invitations.B]) out.push({ ...sample, [key]: v });
    const { [key]: _omit, ...missing } = sample;
    void _omit;
    out.push(missing);
  }
  return out;
}

function ctx(w: World): ActionContext {
  return {
    db: t.db,
    auth: createAuth(t.db, { secret: 'x'.repeat(40), baseURL: 'http://localhost:3000', provider: t.provider, production: false }),
    headers: new Headers(),
    user: w.users.COORDINATOR,
    ip: '203.0.113.9',
    userAgent: 'fuzz',
    locale: 'fr',
    baseUrl: 'http://localhost:3000',
  };
}

const ALL = [...ACTIONS, ...PUBLIC_ACTIONS];

test('every action has a fuzz sample', () => {
  expect(ALL.map((a) => a.name).filter((n) => !SAMPLES[n])).toEqual([]);
});

describe.each(ALL.map((a) => [a.name, a] as const))('%s', (name, def) => {
  test('rejects every malformed input with a typed, translated error and leaves the database unchanged', async () => {
    const before = await tableCounts(t.db);
    const c = ctx(w);
    for (const input of cases(w, name)) {
      const r = def.policy === 'public' ? await runPublicAction(def as never, c, input) : await runAction(def as never, c, input);
      const shown = typeof input === 'object' && input ? JSON.stringify(input).slice(0, 120) : String(input);
      expect(r.ok, `${name} accepted ${shown}`).toBe(false);
      if (r.ok) continue;
      for (const catalog of catalogs) expect(catalog[r.error], `${name}: unknown message ${r.error}`).toBeTypeOf('string');
      for (const keys of Object.values(r.fields ?? {})) for (const k of keys) expect(catalogs[0][k], k).toBeTypeOf('string');
      expect(r.error).not.toBe('errors.unexpected');
    }
    expect(await tableCounts(t.db)).toEqual(before);
  }, 120_000);
});
