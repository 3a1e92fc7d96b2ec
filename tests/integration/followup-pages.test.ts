// The follow-up page reads only what it draws (issue 13's performance targets): its updates
// and its indicator charts a page at a time, from the database; its figures in one statement
// on each action's standing computed once; a save reads its tracked action once. Each page
// and each figure is the same as the whole list cut in pages, and counts one country only.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { runAction } from '@/lib/actions/define-action';
import { readableCountries } from '@/lib/auth/can';
import { scopedDb } from '@/lib/auth/scoped-db';
import { createClient, type PrismaClient } from '@/lib/db/client';
import { implementationRates, indicatorPaths, indicatorPathsPage, paragraphCoverage, spending, standingAtPeriod } from '@/lib/followup/dashboard';
import { getPeriod, listPeriodRows, pagePeriodRows, type PeriodInfo } from '@/lib/followup/period-rows';
import { periodCountsOf } from '@/lib/followup/dashboard';
import { saveUpdate, updateValuesOf } from '@/lib/followup/save-update';
import { EMPTY_UPDATE, valuesOfFields, type UpdateFields } from '@/lib/followup/schemas';
import { reviewUpdate } from '@/lib/followup/review-update';
import { submitUpdate } from '@/lib/followup/submit-update';
import { loadFollowUp } from '@/lib/page/load-follow-up';
import { followedRoadmap, must } from '../helpers/followup-fixture';
import { freshDb, type TestDb } from '../helpers/fresh-db';

let t: TestDb;
let f: Awaited<ReturnType<typeof followedRoadmap>>;
let tg: Awaited<ReturnType<typeof followedRoadmap>>;
let period: PeriodInfo;
beforeEach(async () => {
  t = await freshDb();
  f = await followedRoadmap(t.db, t.provider);
  // Another country followed up alike, with its own updates: none of it may show in Benin's.
  await t.db.country.create({ data: { code: 'TG' } });
  tg = await followedRoadmap(t.db, t.provider, { countryCode: 'TG', slug: 'tg', tag: 'tg' });
  period = (await getPeriod(t.db, { countryId: f.country.id, followUpId: f.followUp.id, key: '2025-T1' }))!;
});
afterEach(async () => {
  await t?.dispose();
});

async function report(who: typeof f.misp, tracked: { id: string }, entityId: string, o: Record<string, unknown>) {
  const row = await t.db.progressUpdate.findFirst({ where: { trackedActionId: tracked.id, period: { key: '2025-T1' } } });
  const fields = { status: 'ON_TRACK', percent: 40, spent: 100_000, indicatorValues: [], done: 'Atelier tenu.', blockers: '', nextSteps: '', ...o };
  const s = must(await runAction(saveUpdate, who, { trackedActionId: tracked.id, entityId, period: '2025-T1', baseVersion: row?.version ?? 0, base: row ? updateValuesOf(row) : EMPTY_UPDATE, changes: valuesOfFields(fields as UpdateFields) }));
  must(await runAction(submitUpdate, who, { updateId: s.updateId!, entityId, version: s.version }));
}

/** A client on the test database that keeps the SQL of every statement it sends. */
function recording(): { db: PrismaClient; statements: string[] } {
  const statements: string[] = [];
  return { db: createClient(t.url, { onQuery: (e) => statements.push(e.query) }), statements };
}

test('the period’s updates a page at a time: the pages put together are the whole list, in its order, kept in range', async () => {
  const ref = { countryId: f.country.id, followUpId: f.followUp.id, period, now: new Date('2025-05-01') };
  const all = await listPeriodRows(t.db, ref);
  expect(all.map((r) => r.trackedActionId)).toEqual([f.t1.id, f.t2.id]);
  const p1 = await pagePeriodRows(t.db, { ...ref, page: 1, size: 1 });
  const p2 = await pagePeriodRows(t.db, { ...ref, page: 2, size: 1 });
  expect(p1).toMatchObject({ page: 1, pages: 2, total: 2, from: 1 });
  expect(p2).toMatchObject({ page: 2, pages: 2, total: 2, from: 2 });
  expect([...p1.rows, ...p2.rows]).toEqual(all);
  // An address past the last page shows the last one; a page of nothing is page 1 of 1.
  expect((await pagePeriodRows(t.db, { ...ref, page: 99, size: 1 })).rows).toEqual(p2.rows);
  expect(await pagePeriodRows(t.db, { ...ref, leadEntityIds: [], page: 3, size: 1 })).toEqual({ rows: [], page: 1, pages: 1, total: 0, from: 1 });
  // A contributor's page holds, and counts, the actions their entity leads.
  const mine = await pagePeriodRows(t.db, { ...ref, leadEntityIds: [f.agency.id], page: 1, size: 50 });
  expect(mine).toMatchObject({ total: 1, pages: 1 });
  expect(mine.rows.map((r) => r.trackedActionId)).toEqual([f.t2.id]);
  // Benin's country with Togo's follow-up: nothing, not even a count.
  expect(await pagePeriodRows(t.db, { ...ref, followUpId: tg.followUp.id, page: 1, size: 50 })).toMatchObject({ rows: [], total: 0 });
});

test('the rows a filter keeps are those the figures count: attention (not reported, late, blocked), to validate, returned', async () => {
  const ref = { countryId: f.country.id, followUpId: f.followUp.id, period, now: new Date('2025-05-01') };
  const ids = async (filter: 'attention' | 'review' | 'returned' | 'all') => (await pagePeriodRows(t.db, { ...ref, filter, page: 1, size: 50 })).rows.map((r) => r.trackedActionId);
  const attentionMatchesFigures = async () => {
    const c = (await periodCountsOf(t.db, [{ countryId: f.country.id, followUpId: f.followUp.id, period }], ref.now)).get(f.followUp.id)!;
    expect((await pagePeriodRows(t.db, { ...ref, filter: 'attention', page: 1, size: 50 })).total).toBe(c.notSubmitted + c.blocked);
  };
  // Nothing reported, past the due date: both need attention, none waits for validation.
  expect(await ids('attention')).toEqual([f.t1.id, f.t2.id]);
  expect(await ids('review')).toEqual([]);
  await attentionMatchesFigures();
  await report(f.misp, f.t1, f.ministry.id, { percent: 50 });
  await report(f.anpc, f.t2, f.agency.id, { status: 'BLOCKED', percent: 10 });
  // Both submitted: the blocked one still needs attention; both wait for validation.
  expect(await ids('attention')).toEqual([f.t2.id]);
  expect(await ids('review')).toEqual([f.t1.id, f.t2.id]);
  await attentionMatchesFigures();
  const u1 = await t.db.progressUpdate.findFirstOrThrow({ where: { trackedActionId: f.t1.id, periodId: period.id } });
  must(await runAction(reviewUpdate, f.coordinator, { updateId: u1.id, version: u1.version, decision: 'RETURN', note: 'Préciser.' }));
  expect(await ids('returned')).toEqual([f.t1.id]);
  expect(await ids('review')).toEqual([f.t2.id]);
  expect(await ids('all')).toEqual([f.t1.id, f.t2.id]);
  await attentionMatchesFigures();
  // A contributor's filter keeps to their entity's actions; Togo's rows never come.
  expect((await pagePeriodRows(t.db, { ...ref, filter: 'attention', leadEntityIds: [f.ministry.id], page: 1, size: 50 })).rows).toEqual([]);
  expect(await pagePeriodRows(t.db, { ...ref, followUpId: tg.followUp.id, filter: 'attention', page: 1, size: 50 })).toMatchObject({ rows: [], total: 0 });
});

test('the coordination’s page opens on the actions needing attention, a contributor’s on all of theirs', async () => {
  await report(f.misp, f.t1, f.ministry.id, { percent: 50 });
  const now = new Date('2025-05-01');
  const coordinator = f.coordinator.user!;
  const theirs = await loadFollowUp(scopedDb(t.db, readableCountries(coordinator)), coordinator, { slug: f.roadmap.slug, period: '2025-T1', locale: 'fr', now });
  expect(theirs!.followUp!.filter).toBe('attention');
  expect(theirs!.followUp!.rows.map((r) => r.trackedActionId)).toEqual([f.t2.id]);
  const misp = f.misp.user!;
  const mine = await loadFollowUp(scopedDb(t.db, readableCountries(misp)), misp, { slug: f.roadmap.slug, period: '2025-T1', locale: 'fr', now });
  expect(mine!.followUp!.filter).toBe('all');
  expect(mine!.followUp!.rows.map((r) => r.trackedActionId)).toEqual([f.t1.id]);
});

test('the indicator charts a page at a time are the whole list cut in pages', async () => {
  await report(f.anpc, f.t2, f.agency.id, { indicatorValues: [{ index: 0, value: 5 }, { index: 1, value: 1 }] });
  await report(tg.anpc, tg.t2, tg.agency.id, { indicatorValues: [{ index: 0, value: 70 }, { index: 1, value: 3 }] });
  const ref = { countryId: f.country.id, followUpId: f.followUp.id, seq: 1 };
  const all = await indicatorPaths(t.db, ref);
  expect(all.map((p) => [p.indicator.label, p.points])).toEqual([
    ['Stratégie adoptée', []],
    ['Sites dotés d’un plan de sûreté', [{ seq: 1, value: 5 }]],
    ['Exercices conduits', [{ seq: 1, value: 1 }]],
  ]);
  const p1 = await indicatorPathsPage(t.db, ref, 1, 2);
  const p2 = await indicatorPathsPage(t.db, ref, 2, 2);
  expect(p1).toMatchObject({ page: 1, pages: 2, total: 3, from: 1 });
  expect(p2).toMatchObject({ page: 2, pages: 2, total: 3, from: 3 });
  expect([...p1.rows, ...p2.rows]).toEqual(all);
  expect((await indicatorPathsPage(t.db, ref, 7, 2)).rows).toEqual(p2.rows);
  expect(await indicatorPathsPage(t.db, { ...ref, countryId: tg.country.id }, 1, 2)).toMatchObject({ rows: [], total: 0 });
});

test('the dashboard’s figures in one statement are those of each figure alone, and Benin’s only', async () => {
  await report(f.misp, f.t1, f.ministry.id, { percent: 50, spent: 400_000 });
  await report(f.anpc, f.t2, f.agency.id, { status: 'BLOCKED', percent: 10, spent: 500_000 });
  await report(tg.misp, tg.t1, tg.ministry.id, { status: 'COMPLETED', percent: 100, spent: 9_000_000 });
  const ref = { countryId: f.country.id, followUpId: f.followUp.id, seq: 1 };
  const together = await standingAtPeriod(t.db, { ...ref, instruments: ['2341', '2396'] });
  expect(together.rates).toEqual(await implementationRates(t.db, ref));
  expect(together.spending).toEqual(await spending(t.db, ref));
  expect(together.paragraphs).toEqual(await paragraphCoverage(t.db, { ...ref, instruments: ['2341', '2396'] }));
  expect(together.rates.overall).toEqual({ actions: 2, completed: 0, cancelled: 0, neverReported: 0, rate: 30 });
  expect(together.spending.byFunding.map((s) => [s.key, s.planned, s.spent])).toEqual([['NATIONAL_BUDGET', 1_000_000, 400_000], ['PARTNER', 3_000_000, 500_000]]);
  expect(together.paragraphs.every((p) => p.completed === 0)).toBe(true);
  // Togo's follow-up named with Benin's country: empty, not Togo's figures.
  const wrong = await standingAtPeriod(t.db, { ...ref, followUpId: tg.followUp.id });
  expect(wrong.rates.overall.actions).toBe(0);
  expect([wrong.rates.byObjective, wrong.rates.byLeadEntity, wrong.spending.byObjective, wrong.spending.byFunding, wrong.paragraphs]).toEqual([[], [], [], [], []]);
});

test('the coordinator’s page: a page of rows and of charts, figures computed once, nothing of Togo', async () => {
  await report(f.misp, f.t1, f.ministry.id, { percent: 50 });
  await report(tg.misp, tg.t1, tg.ministry.id, { status: 'COMPLETED', percent: 100 });
  const user = f.coordinator.user!;
  const rec = recording();
  try {
    const data = await loadFollowUp(scopedDb(rec.db, readableCountries(user)), user, { slug: f.roadmap.slug, period: '2025-T1', rowsPage: 5, indicatorPage: 9, filter: 'all', locale: 'fr', now: new Date('2025-05-01') });
    const fu = data!.followUp!;
    expect(fu.rows.map((r) => r.trackedActionId)).toEqual([f.t1.id, f.t2.id]);
    expect(fu.rowPages).toEqual({ page: 1, pages: 1, total: 2, from: 1 });
    expect(fu.indicatorPages).toEqual({ page: 1, pages: 1, total: 3, from: 1, to: 3 });
    expect(fu.dashboard!.counts).toMatchObject({ expected: 2, submitted: 1, notSubmitted: 1 });
    expect(fu.dashboard!.rates.overall).toMatchObject({ actions: 2, completed: 0 });
    // Each action's standing is computed in one statement only.
    expect(rec.statements.filter((q) => q.includes('act AS MATERIALIZED')).length).toBe(1);
  } finally {
    await rec.db.$disconnect();
  }
  // A contributor sees, and counts, their entity's rows; Togo's coordinator does not see Benin's page.
  const misp = f.misp.user!;
  const theirs = await loadFollowUp(scopedDb(t.db, readableCountries(misp)), misp, { slug: f.roadmap.slug, period: '2025-T1', locale: 'fr', now: new Date('2025-05-01') });
  expect(theirs!.followUp!.rows.map((r) => r.trackedActionId)).toEqual([f.t1.id]);
  expect(theirs!.followUp!.rowPages).toMatchObject({ total: 1 });
  expect(theirs!.followUp!.dashboard).toBeNull();
  const togo = tg.coordinator.user!;
  expect(await loadFollowUp(scopedDb(t.db, readableCountries(togo)), togo, { slug: f.roadmap.slug, locale: 'fr', now: new Date('2025-05-01') })).toBeNull();
});

test('a save reads its tracked action once, and still refuses what it refused', async () => {
  const rec = recording();
  try {
    const ctx = { ...f.misp, db: rec.db };
    const input = { trackedActionId: f.t1.id, entityId: f.ministry.id, period: '2025-T1', baseVersion: 0, base: EMPTY_UPDATE, changes: { done: 'Atelier tenu.' } };
    expect(must(await runAction(saveUpdate, ctx, input))).toMatchObject({ status: 'saved', version: 1 });
    // The statements whose own table (before any join or subquery) is TrackedAction: one, which
    // brings the roadmap's assessment too (no read of the follow-up or the roadmap of its own).
    const reads = (table: string) => rec.statements.map((q) => q.trim()).filter((q) => q.startsWith('SELECT') && new RegExp(`FROM \\S*${table}\\b`).test(q.split(/\s(?:WHERE|JOIN)\s/)[0]));
    expect(reads('TrackedAction')).toHaveLength(1);
    expect([...reads('FollowUp'), ...reads('Roadmap')]).toEqual([]);
    // The audit trail still says who wrote what, and the revision is kept.
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { action: 'progress.create' } });
    expect(audit).toMatchObject({ actorId: f.misp.user!.id, countryId: f.country.id, targetType: 'ProgressUpdate' });
    expect(await t.db.formRevision.count({ where: { form: 'ProgressUpdate' } })).toBe(1);
    // Authorization is unchanged: another country's action, another entity's, a supporting entity.
    expect(await runAction(saveUpdate, ctx, { ...input, trackedActionId: tg.t1.id })).toEqual({ ok: false, error: 'auth.forbidden' });
    expect(await runAction(saveUpdate, { ...f.anpc, db: rec.db }, { ...input, entityId: f.ministry.id })).toEqual({ ok: false, error: 'auth.forbidden' });
    expect(await runAction(saveUpdate, { ...f.anpc, db: rec.db }, { ...input, entityId: f.agency.id })).toEqual({ ok: false, error: 'followup.notLeadEntity' });
    expect(await runAction(saveUpdate, ctx, { ...input, trackedActionId: 'no-such-action' })).toEqual({ ok: false, error: 'auth.forbidden' });
  } finally {
    await rec.db.$disconnect();
  }
});
