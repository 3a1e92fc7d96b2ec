// Each person's home page on a real database: what waits for a contributor, a coordinator,
// a reviewer, an administrator and an observer, and nothing of another country in any count
// (Benin and Togo both run a follow-up with updates waiting).
import { afterAll, beforeAll, expect, test } from 'vitest';
import { runAction } from '@/lib/actions/define-action';
import { readableCountries } from '@/lib/auth/can';
import { loadSessionUser } from '@/lib/auth/session-user';
import { scopedDb } from '@/lib/auth/scoped-db';
import { saveUpdate } from '@/lib/followup/save-update';
import { EMPTY_UPDATE } from '@/lib/followup/schemas';
import { submitUpdate } from '@/lib/followup/submit-update';
import { adminHome, contributorHome, coordinatorHome, observerHome, reviewerHome } from '@/lib/home/home';
import { loadHome } from '@/lib/home/load-home';
import { contentHash } from '@/lib/roadmap/snapshot';
import { followedRoadmap, must } from '../helpers/followup-fixture';
import { freshDb, type TestDb } from '../helpers/fresh-db';

let t: TestDb;
let bj: Awaited<ReturnType<typeof followedRoadmap>>;
let tg: Awaited<ReturnType<typeof followedRoadmap>>;
const NOW = new Date('2025-05-02T10:00:00Z');

async function submitted(who: typeof bj.misp, tracked: { id: string }, entityId: string, period: string) {
  const s = must(await runAction(saveUpdate, who, { trackedActionId: tracked.id, entityId, period, baseVersion: 0, base: { percent: EMPTY_UPDATE.percent, done: '' }, changes: { percent: 30, done: 'Réunions tenues.' } }));
  must(await runAction(submitUpdate, who, { updateId: s.updateId!, entityId, version: s.version }));
}

beforeAll(async () => {
  t = await freshDb();
  bj = await followedRoadmap(t.db, t.provider, { tag: 'bj' });
  await t.db.country.create({ data: { code: 'TG' } });
  tg = await followedRoadmap(t.db, t.provider, { countryCode: 'TG', slug: 'tg', tag: 'tg' });
  // Benin: MISP submits action 1 of 2025-T1; ANPC says nothing (late since 15 April).
  await submitted(bj.misp, bj.t1, bj.ministry.id, '2025-T1');
  // Togo: both actions submitted, and a roadmap version waiting for review.
  await submitted(tg.misp, tg.t1, tg.ministry.id, '2025-T1');
  await submitted(tg.anpc, tg.t2, tg.agency.id, '2025-T1');
  const other = await t.db.roadmap.create({ data: { slug: 'togo-2026', countryId: tg.country.id, title: 'Feuille de route du Togo', status: 'IN_REVIEW' } });
  const snapshot = { title: 'x' };
  await t.db.roadmapVersion.create({ data: { roadmapId: other.id, number: 1, snapshot, contentHash: contentHash(snapshot as never), status: 'SUBMITTED', submittedAt: new Date('2025-04-22T10:00:00Z') } });
  await t.db.outboxMail.create({ data: { to: 'x@x.example', subject: 'S', text: 'T', error: 'SMTP 550' } });
}, 120_000);
afterAll(async () => {
  await t?.dispose();
});

const scoped = (who: typeof bj.misp) => scopedDb(t.db, readableCountries(who.user!));

test('a contributor: the questionnaire with its answers counted, the updates due with their dates', async () => {
  const home = await contributorHome(scoped(bj.misp), bj.misp.user!, NOW);
  expect(home.questionnaires).toMatchObject([{ assessmentId: bj.assessment.id, entityId: bj.ministry.id, status: 'CONSOLIDATION' }]);
  // Action 1 of T1 is submitted; the period under way (T2) asks for it, not yet late.
  expect(home.updates.map((u) => [u.period, u.title, u.late, u.review])).toEqual([['2025-T2', 'Action GOV-01-A1', false, null]]);
  expect(home.updates[0].dueOn).toBe('2025-07-15T23:59:59.000Z');
  // ANPC's own: its late T1 update first.
  const anpc = await contributorHome(scoped(bj.anpc), bj.anpc.user!, NOW);
  expect(anpc.updates.map((u) => [u.period, u.title, u.late])).toEqual([['2025-T1', 'Action CIP-01-A1', true], ['2025-T2', 'Action CIP-01-A1', false]]);
});

test('a coordinator: updates to validate and late, versions under review, counted in their own country only', async () => {
  const home = await coordinatorHome(scoped(bj.coordinator), bj.country.id, NOW);
  expect(home.followUps).toEqual([{ slug: 'benin-test', title: 'Feuille de route nationale', toValidate: 1, late: 1 }]);
  expect(home.consultations).toHaveLength(1);
  expect(home.consultations[0]).toMatchObject({ id: bj.assessment.id, status: 'CONSOLIDATION' });
  expect(home.inReview).toEqual([]);
  // Asked about Togo, Benin's coordinator gets nothing: the scoped client finds no Togolese row.
  expect(await coordinatorHome(scoped(bj.coordinator), tg.country.id, NOW)).toEqual({ consultations: [], inReview: [], comments: [], followUps: [] });
  // Togo's coordinator sees Togo's two updates and its version under review.
  const togo = await coordinatorHome(scoped(tg.coordinator), tg.country.id, NOW);
  expect(togo.followUps).toEqual([{ slug: 'benin-test-tg', title: 'Feuille de route nationale', toValidate: 2, late: 0 }]);
  expect(togo.inReview).toMatchObject([{ slug: 'togo-2026', number: 1 }]);
});

test('a reviewer: versions waiting per country with the days waited, none of another country', async () => {
  expect(await reviewerHome(scoped(bj.reviewer), [bj.country.id], NOW)).toEqual([]);
  // Even naming Togo, Benin's reviewer reads through a client that holds no Togolese row.
  expect(await reviewerHome(scoped(bj.reviewer), [bj.country.id, tg.country.id], NOW)).toEqual([]);
  expect(await reviewerHome(scoped(tg.reviewer), [tg.country.id], NOW)).toEqual([{ country: 'TG', slug: 'togo-2026', title: 'Feuille de route du Togo', number: 1, days: 10 }]);
});

test('an administrator: countries, frameworks and the outbox; an observer: the roadmaps of their country', async () => {
  // The submissions' notices wait in the outbox; the one refused by the mail server is a failure.
  const waiting = await t.db.outboxMail.count({ where: { sentAt: null, error: null } });
  expect(waiting).toBeGreaterThan(0);
  expect(await adminHome(t.db)).toMatchObject({ countries: 2, pending: waiting, failed: 1 });
  const observer = await t.db.user.create({ data: { email: 'obs@x.example', name: 'Obs', memberships: { create: { role: 'OBSERVER', countryId: bj.country.id } } } });
  const user = (await loadSessionUser(t.db, observer.id))!;
  const db = scopedDb(t.db, readableCountries(user));
  expect(await observerHome(db, bj.country.id)).toEqual([{ slug: 'benin-test', title: 'Feuille de route nationale', status: 'APPROVED', followUp: true }]);
  expect(await observerHome(db, tg.country.id)).toEqual([]);
  const home = await loadHome(db, user, 'fr', NOW);
  expect(home).toMatchObject({ contributor: null, coordinator: [], reviewer: null, admin: null });
  expect(home.observer.map((o) => [o.code, o.roadmaps.length])).toEqual([['BJ', 1]]);
});
