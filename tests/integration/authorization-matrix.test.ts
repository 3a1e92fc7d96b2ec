// The authorization matrix, generated: every policy action x every role x own and other
// scopes, on the server (can() and, for every registered action, runAction on a real
// database). The expectations below are the specification, written apart from
// lib/auth/policy.ts: a new action without an expectation here fails this test.
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { z } from 'zod';
import { ACTIONS as REGISTERED } from '@/lib/actions';
import { defineAction, runAction, type ActionContext } from '@/lib/actions/define-action';
import { createAuth } from '@/lib/auth/auth';
import { can, type Scope } from '@/lib/auth/can';
import { ACTIONS, ROLES, type Action, type Role } from '@/lib/auth/policy';
import { exportRoadmap } from '@/lib/roadmap/exchange';
import { generateKeyPairSync } from 'node:crypto';
import { PDF } from '../helpers/files';

const PEER_KEY = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
import { buildWorld, type World } from '../helpers/world';
import { freshDb, type TestDb } from '../helpers/fresh-db';

type Reach = 'any' | 'country' | 'entity' | null;
const any: Reach = 'any';
const C: Reach = 'country';
const E: Reach = 'entity';
const no: Reach = null;

//                                   ADMIN REVIEWER COORD  CONTRIB OBSERVER
const SPEC: Record<string, [Reach, Reach, Reach, Reach, Reach]> = {
  'country.view':        [any, C, C, C, C],
  'country.manage':      [any, no, no, no, no],
  'entity.manage':       [any, no, C, no, no],
  'country.emblem':      [any, no, C, no, no],
  'framework.import':    [any, no, no, no, no],
  'installation.manage': [any, no, no, no, no],
  'assessment.create':   [any, C, no, no, no],
  'assessment.view':     [any, C, C, E, C],
  'assessment.manage':   [any, C, C, no, no],
  'response.view':       [any, C, C, E, C],
  'response.edit':       [any, no, C, E, no],
  'response.correct':    [any, no, C, no, no],
  'finding.edit':        [any, no, C, no, no],
  'assessment.export':   [any, C, C, no, C],
  'assessment.nextCycle': [any, C, C, no, no],
  'programme.view':      [any, C, no, no, no],
  'roadmap.view':        [any, C, C, no, C],
  'roadmap.edit':        [any, no, C, no, no],
  'roadmap.submit':      [any, no, C, no, no],
  'roadmap.comment':     [any, C, C, no, no],
  'roadmap.decide':      [any, C, no, no, no],
  'roadmap.download':    [any, C, C, no, C],
  'roadmap.translate':   [any, no, C, no, no],
  'roadmap.reviewTranslation': [any, C, no, no, no],
  'user.invite':         [any, C, C, no, no],
  'user.manage':         [any, no, no, no, no],
  'audit.view':          [any, no, C, no, no],
  'outbox.view':         [any, no, no, no, no],
  'followup.view':       [any, C, C, no, C],
  'followup.manage':     [any, no, C, no, no],
  'progress.view':       [any, C, C, E, C],
  'progress.edit':       [any, no, no, E, no],
  'progress.review':     [any, no, C, no, no],
  'progress.comment':    [any, C, C, E, no],
};

const SCOPES = ['ownEntity', 'otherEntity', 'ownCountry', 'otherCountry'] as const;
type ScopeName = (typeof SCOPES)[number];

function expected(reach: Reach, scope: ScopeName) {
  if (reach === 'any') return true;
  if (reach === 'country') return scope !== 'otherCountry';
  if (reach === 'entity') return scope === 'ownEntity';
  return false;
}

let t: TestDb;
let w: World;
beforeAll(async () => {
  t = await freshDb();
  w = await buildWorld(t.db);
});
afterAll(async () => {
  await t?.dispose();
});

function scopeOf(name: ScopeName): Scope {
  return {
    ownEntity: { countryId: w.A.id, entityId: w.A.e1, assessmentId: w.A.assessment },
    otherEntity: { countryId: w.A.id, entityId: w.A.e2, assessmentId: w.A.assessment },
    ownCountry: { countryId: w.A.id },
    otherCountry: { countryId: w.B.id, entityId: w.B.e1, assessmentId: w.B.assessment },
  }[name];
}

test('every policy action has a specification, and nothing else does', () => {
  expect(Object.keys(SPEC).sort()).toEqual([...ACTIONS].sort());
});

describe.each(ACTIONS.map((a) => [a]))('%s', (action: Action) => {
  test.each(ROLES.flatMap((role) => SCOPES.map((scope) => [role, scope] as const)))('%s in %s', (role: Role, scope: ScopeName) => {
    const reach = SPEC[action][ROLES.indexOf(role)];
    expect(can(w.users[role], action, scopeOf(scope))).toBe(expected(reach, scope));
  });
});

test('nobody signed out may do anything', () => {
  for (const action of ACTIONS) expect(can(null, action, { countryId: w?.A.id ?? 'x' })).toBe(false);
});

// ── Every registered server action, run for real ────────────────────────────────────

/** A valid input naming a record of country A (own) or B (other), per registered action. */
const SAMPLES: Record<string, (w: World, where: 'A' | 'B') => unknown | Promise<unknown>> = {
  'invitation.create': (w, where) => ({ email: `new-${where}-${Math.random().toString(36).slice(2)}@test.example`, role: 'OBSERVER', countryId: w[where].id, locale: 'fr' }),
  'invitation.revoke': (w, where) => ({ invitationId: w.invitations[where] }),
  'roadmap.create': (w, where) => ({ assessmentId: w[where].assessment, title: 'Nouvelle feuille de route', slug: `nouvelle-${Math.random().toString(36).slice(2, 8)}` }),
  'roadmap.header.update': (w, where) => ({ roadmapId: w[where].roadmap, version: 1, title: 'Titre', executiveSummary: '', context: '', methodology: '', sensitivity: 'RESTRICTED' }),
  'roadmap.generate': (w, where) => ({ roadmapId: w[where].roadmap }),
  'roadmap.objective.save': (w, where) => ({ roadmapId: w[where].roadmap, objectiveId: w[where].objective, title: 'Objectif révisé' }),
  'roadmap.recommendation.save': (w, where) => ({ roadmapId: w[where].roadmap, text: 'Une recommandation', priority: 'HIGH' }),
  'roadmap.action.create': (w, where) => ({ roadmapId: w[where].roadmap, fields: { title: 'Nouvelle action', leadEntityId: w[where].e1, priority: 'MEDIUM' } }),
  'roadmap.action.update': (w, where) => ({ actionId: w[where].action, version: 1, fields: { title: 'Action modifiée', leadEntityId: w[where].e1, priority: 'HIGH' } }),
  'roadmap.action.reorder': (w, where) => ({ roadmapId: w[where].roadmap, actionIds: ['stale-list'] }),
  // Each call deletes a fresh action, so that the calls before do not change the answer.
  'roadmap.action.delete': async (w, where) => ({
    actionId: (await t.db.action.create({ data: { roadmapId: w[where].roadmap, order: 9, title: 'À supprimer', partners: [], indicators: [] } })).id,
  }),
  'roadmap.submit': (w, where) => ({ roadmapId: w[where].roadmap }),
  'roadmap.decide': (w, where) => ({ roadmapId: w[where].roadmap, number: 99, decision: 'APPROVE', note: '' }),
  'roadmap.comment.add': (w, where) => ({ roadmapId: w[where].roadmap, targetType: 'ROADMAP', body: 'Un commentaire' }),
  'roadmap.comment.resolve': (w, where) => ({ commentId: w[where].comment }),
  'translation.save': (w, where) => ({ roadmapId: w[where].roadmap, language: 'en', key: `objective.${w[where].objective}.title`, baseVersion: 0, base: { text: '' }, changes: { text: 'Objective' } }),
  'translation.review': (w, where) => ({ roadmapId: w[where].roadmap, language: 'en', keys: [`objective.${w[where].objective}.title`] }),
  'translation.approve': (w, where) => ({ roadmapId: w[where].roadmap, number: 99, language: 'en' }),
  'translation.languages.set': (w, where) => ({ roadmapId: w[where].roadmap, languages: ['fr', 'en'] }),
  'translation.import': (w, where) => ({ roadmapId: w[where].roadmap, number: 1, content: 'not an XLIFF file' }),
  // Framework content has no country: A and B name the same (invalid, so nothing is written) file.
  'framework.import': () => ({ filename: 'framework.yaml', content: 'framework: {}' }),
  // Countries belong to nobody before they exist: the first call adds Niger, the next are refused as duplicates.
  'country.create': () => ({ code: 'NE', currency: 'XOF' }),
  // A preview only (no confirm): nothing is written, whoever may.
  'country.register.import': (w, where) => ({ countryId: w[where].id, filename: 'registre.csv', content: Buffer.from('code;nom_fr;nom_en;type\nMINT;Ministère de l’Intérieur;Ministry of the Interior;Ministère\n').toString('base64') }),
  'country.emblem.set': (w, where) => ({ countryId: w[where].id, filename: 'emblem.svg', content: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>').toString('base64') }),
  'country.emblem.remove': (w, where) => ({ countryId: w[where].id }),
  // Installations carry no country: A and B name the same key (a valid one, registered once, then refused as a duplicate).
  'installation.peer.register': () => ({ name: 'ONU', publicKey: PEER_KEY }),
  'installation.peer.revoke': () => ({ peerId: 'no-such-peer' }),
  'roadmap.import': async (w, where) => ({ slug: `import-${Math.random().toString(36).slice(2, 8)}`, file: await exportRoadmap(t.db, w[where].roadmap) }),
  'assessment.create': (w, where) => ({ countryId: w[where].id, frameworkVersionId: w.framework, title: 'Nouvelle évaluation' }),
  'assessment.consultation.update': (w, where) => ({
    assessmentId: w[where].assessment, title: 'Consultations nationales', place: 'Cotonou', startsOn: '2024-09-18', endsOn: '2024-09-20',
    organisers: ['UNOCT', 'CTED'], officialsCount: 30, coordinatingEntityId: w[where].e1,
  }),
  'assessment.status.set': (w, where) => ({ assessmentId: w[where].assessment, status: 'COLLECTION' }),
  'assessment.entities.add': (w, where) => ({ assessmentId: w[where].assessment, entityIds: [w[where].e2] }),
  // Each call takes out a fresh participant, so that the calls before do not change the answer.
  'assessment.entities.remove': async (w, where) => {
    const e = await t.db.entity.create({ data: { countryId: w[where].id, code: `R${Math.random().toString(36).slice(2, 10).toUpperCase()}`, nameFr: 'À retirer', nameEn: 'To remove', kind: 'AGENCY' } });
    await t.db.assessmentEntity.create({ data: { assessmentId: w[where].assessment, entityId: e.id } });
    return { assessmentId: w[where].assessment, entityId: e.id };
  },
  'assessment.entities.create': (w, where) => ({
    assessmentId: w[where].assessment, code: `N${Math.random().toString(36).slice(2, 10).toUpperCase()}`, nameFr: 'Nouvelle agence', nameEn: 'New agency', kind: 'AGENCY',
  }),
  'assessment.assign': (w, where) => ({ assessmentId: w[where].assessment, entityIds: [w[where].e2], areaIds: [w.area] }),
  'assessment.remind': (w, where) => ({ assessmentId: w[where].assessment, entityIds: [w[where].e2] }),
  // Entity 2: a contributor (of entity 1) may not answer for it. A repeated save of the same
  // text is accepted without writing, so every allowed role gets through.
  'response.save': (w, where) => ({
    assessmentId: w[where].assessment, entityId: w[where].e2, questionId: w.q1, baseVersion: 0, base: { gaps: '' }, changes: { gaps: 'Pas de plan de sûreté.' },
  }),
  'finding.save': (w, where) => ({ assessmentId: w[where].assessment, questionId: w.q1, baseVersion: 0, base: { gaps: '' }, changes: { gaps: 'Plans incomplets.' } }),
  // The world's assessments are collecting answers: the domain refuses a next cycle from them.
  'assessment.nextCycle': (w, where) => ({ countryId: w[where].id, assessmentId: w[where].assessment, frameworkVersionId: w.framework, title: 'Cycle suivant' }),
  // Entity 2's answer, carried or not: a contributor of entity 1 may not confirm it.
  'response.confirmCarried': (w, where) => ({ assessmentId: w[where].assessment, entityId: w[where].e2, questionId: w.q1 }),
  // Entity 2 again: a contributor of entity 1 may neither attach to nor delete from its answer.
  'attachment.upload': (w, where) => ({ assessmentId: w[where].assessment, entityId: w[where].e2, questionId: w.q2, filename: 'plan.pdf', content: PDF }),
  // Each call deletes a fresh file, so that the calls before do not change the answer.
  'attachment.delete': async (w, where) => {
    const key = { assessmentId: w[where].assessment, entityId: w[where].e2, questionId: w.q1 };
    const r = await t.db.response.upsert({ where: { assessmentId_entityId_questionId: key }, create: { ...key, version: 0 }, update: {} });
    const a = await t.db.attachment.create({ data: { responseId: r.id, filename: 'x.pdf', mimeType: 'application/pdf', size: PDF.length, sha256: 'x', data: PDF } });
    return { attachmentId: a.id };
  },
  // Follow-up: the roadmaps of the world have no approved version, so opening is refused by
  // the domain; writes name entity 2, which a contributor of entity 1 may not speak for.
  'followup.settings.save': (w, where) => ({ roadmapId: w[where].roadmap, rhythm: 'QUARTERLY', firstPeriod: '2025-T1', dueDay: 15 }),
  'followup.period.close': (w, where) => ({ roadmapId: w[where].roadmap, period: '2099-T1' }),
  'roadmap.amend': (w, where) => ({ roadmapId: w[where].roadmap }),
  'followup.update.save': (w, where) => ({
    trackedActionId: w[where].followUp.tracked2, entityId: w[where].e2, period: '2025-T1', baseVersion: 0,
    base: { status: 'NOT_STARTED', percent: null, done: '' }, changes: { status: 'ON_TRACK', percent: 30, done: 'Réunions tenues.' },
  }),
  'followup.update.submit': (w, where) => ({ updateId: w[where].followUp.update, entityId: w[where].e2, version: 99 }),
  'followup.update.review': (w, where) => ({ updateId: w[where].followUp.update, version: 99, decision: 'ACCEPT', note: '' }),
  'followup.update.comment': (w, where) => ({ updateId: w[where].followUp.update, entityId: w[where].e2, body: 'Un commentaire' }),
  'followup.evidence.upload': (w, where) => ({ updateId: w[where].followUp.update, entityId: w[where].e2, filename: 'compte-rendu.pdf', content: PDF }),
  // Each call deletes a fresh file, so that the calls before do not change the answer.
  'followup.evidence.delete': async (w, where) => {
    const u = await t.db.progressUpdate.findUniqueOrThrow({ where: { id: w[where].followUp.update } });
    const a = await t.db.progressAttachment.create({ data: { updateId: u.id, countryId: u.countryId, filename: 'x.pdf', mimeType: 'application/pdf', size: PDF.length, sha256: 'x', data: PDF } });
    return { attachmentId: a.id, entityId: w[where].e2 };
  },
};

/**
 * The domain may still refuse an authorized call for its own reasons (a stale version,
 * nothing to review): authorization passed when the answer is a result of the domain.
 * A crash (errors.unexpected, which runAction logs) proves nothing: it fails the test,
 * so a sample or an action that throws is fixed rather than counted as authorized.
 */
function authorized(r: { ok: boolean; error?: string }) {
  return r.ok || (r.error !== 'auth.forbidden' && r.error !== 'errors.unexpected');
}

function ctx(role: Role | null): ActionContext {
  return {
    db: t.db,
    auth: createAuth(t.db, { secret: 'x'.repeat(40), baseURL: 'http://localhost:3000', provider: t.provider, production: false }),
    headers: new Headers(),
    user: role ? w.users[role] : null,
    ip: '203.0.113.7',
    userAgent: 'vitest',
    locale: 'fr',
    baseUrl: 'http://localhost:3000',
  };
}

const WITH_POLICY = REGISTERED.filter((a) => a.policy !== 'signed-in');

test('every registered action with a policy has a sample input here', () => {
  expect(WITH_POLICY.map((a) => a.name).filter((n) => !SAMPLES[n])).toEqual([]);
});

describe.each(WITH_POLICY.map((a) => [a.name, a] as const))('action %s', (_name, def) => {
  test.each(ROLES.flatMap((role) => (['A', 'B'] as const).map((where) => [role, where] as const)))('%s on country %s', async (role, where) => {
    const reach = SPEC[def.policy as Action][ROLES.indexOf(role)];
    // Contributors' entity rules never match a country-level record.
    const allowed = reach === 'any' || (reach === 'country' && where === 'A');
    const r = await runAction(def as never, ctx(role), await SAMPLES[def.name](w, where));
    if (allowed) expect(authorized(r), JSON.stringify(r)).toBe(true);
    else expect(r).toEqual({ ok: false, error: 'auth.forbidden' });
  });
});

test('an action that crashes is not counted as authorized', async () => {
  const crashing = defineAction({
    name: 'matrix.crash', input: z.object({}), policy: 'country.view', scope: async () => ({ countryId: w.A.id }),
    run: async () => {
      throw new Error('the action broke');
    },
  });
  const log = vi.spyOn(console, 'error').mockImplementation(() => {});
  try {
    const r = await runAction(crashing, ctx('ADMIN'), {});
    expect(r).toEqual({ ok: false, error: 'errors.unexpected' });
    expect(authorized(r)).toBe(false);
  } finally {
    log.mockRestore();
  }
});

test('a signed-out caller is asked to sign in by every registered action', async () => {
  for (const def of REGISTERED) {
    const sample = (await SAMPLES[def.name]?.(w, 'A')) ?? {};
    const r = await runAction(def as never, ctx(null), sample);
    expect(r.ok).toBe(false);
    if (!r.ok && r.error !== 'form.invalid') expect(r.error).toBe('auth.signInRequired');
  }
});
