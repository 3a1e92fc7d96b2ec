// The follow-up page's figures are remembered under the follow-up's revision
// (lib/followup/revision.ts, docs/decisions/018): every write raises the revision (in its own
// transaction, a draft's autosave right after its commit), a refused one does not, and after each write the page is what a computation
// without memory gives; what is remembered for one country never answers another's page.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { runAction, type ActionContext } from '@/lib/actions/define-action';
import { readableCountries } from '@/lib/auth/can';
import { scopedDb } from '@/lib/auth/scoped-db';
import { closePeriod } from '@/lib/followup/close-period';
import { commentUpdate } from '@/lib/followup/comment-update';
import { getDashboard } from '@/lib/followup/get-dashboard';
import { deleteEvidence, uploadEvidence } from '@/lib/followup/evidence';
import { getPeriod, pagePeriodRows } from '@/lib/followup/period-rows';
import { REMEMBERED_LIMIT, remembered, rememberedCount } from '@/lib/followup/revision';
import { reviewUpdate } from '@/lib/followup/review-update';
import { saveFollowUpSettings } from '@/lib/followup/save-settings';
import { saveUpdate, updateValuesOf } from '@/lib/followup/save-update';
import { EMPTY_UPDATE, valuesOfFields, type UpdateFields } from '@/lib/followup/schemas';
import { submitUpdate } from '@/lib/followup/submit-update';
import { INDICATORS_PER_PAGE, loadFollowUp, ROWS_PER_PAGE } from '@/lib/page/load-follow-up';
import { followedRoadmap, must } from '../helpers/followup-fixture';
import { freshDb, type TestDb } from '../helpers/fresh-db';

let t: TestDb;
let f: Awaited<ReturnType<typeof followedRoadmap>>;
let tg: Awaited<ReturnType<typeof followedRoadmap>>;
beforeEach(async () => {
  t = await freshDb();
  f = await followedRoadmap(t.db, t.provider);
  await t.db.country.create({ data: { code: 'TG' } });
  tg = await followedRoadmap(t.db, t.provider, { countryCode: 'TG', slug: 'tg', tag: 'tg' });
});
afterEach(async () => {
  await t?.dispose();
});

/** Past 2025-T1's due date (15 April 2025): an update not submitted is late. */
const NOW = new Date('2025-05-01');
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

const revision = async (who = f) => (await t.db.followUp.findUniqueOrThrow({ where: { id: who.followUp.id }, select: { revision: true } })).revision;

async function page(who: ActionContext, slug = f.roadmap.slug) {
  const user = who.user!;
  return loadFollowUp(scopedDb(t.db, readableCountries(user)), user, { slug, period: '2025-T1', filter: 'all', locale: 'fr', now: NOW });
}

/** The page's dashboard and rows as computed with no memory at all, straight from the database. */
async function fresh(who = f) {
  const period = (await getPeriod(t.db, { countryId: who.country.id, followUpId: who.followUp.id, key: '2025-T1' }))!;
  const ref = { countryId: who.country.id, followUpId: who.followUp.id, period, now: NOW };
  const dashboard = await getDashboard(t.db, { ...ref, periodKey: '2025-T1', indicators: { page: 1, size: INDICATORS_PER_PAGE } });
  const rows = await pagePeriodRows(t.db, { ...ref, filter: 'all', page: 1, size: ROWS_PER_PAGE });
  return { dashboard, rows: rows.rows, period: { key: period.key, closed: !!period.closedAt } };
}

async function expectFresh(who = f, as: ActionContext = f.coordinator) {
  const shown = (await page(as, who.roadmap.slug))!.followUp!;
  const expected = await fresh(who);
  expect(shown.dashboard).toEqual(expected.dashboard);
  expect(shown.rows).toEqual(expected.rows);
  expect(shown.period).toMatchObject(expected.period);
  return shown;
}

const fields = (o: Partial<UpdateFields> = {}) => valuesOfFields({ status: 'ON_TRACK', percent: 40, spent: 100_000, indicatorValues: [], done: 'Atelier tenu.', blockers: '', nextSteps: '', ...o } as UpdateFields);

test('every write raises the revision, and the page after it is the one computed afresh', async () => {
  const steps: [string, () => Promise<unknown>][] = [];
  let updateId = '';
  let version = 0;
  let attachmentId = '';
  steps.push(
    ['draft created', async () => {
      const s = must(await runAction(saveUpdate, f.misp, { trackedActionId: f.t1.id, entityId: f.ministry.id, period: '2025-T1', baseVersion: 0, base: EMPTY_UPDATE, changes: fields() }));
      updateId = s.updateId!;
      version = s.version;
    }],
    ['draft changed', async () => {
      const row = await t.db.progressUpdate.findUniqueOrThrow({ where: { id: updateId } });
      version = must(await runAction(saveUpdate, f.misp, { trackedActionId: f.t1.id, entityId: f.ministry.id, period: '2025-T1', baseVersion: row.version, base: updateValuesOf(row), changes: fields({ percent: 55 }) })).version;
    }],
    ['evidence added', async () => {
      attachmentId = must(await runAction(uploadEvidence, f.misp, { updateId, entityId: f.ministry.id, filename: 'compte-rendu.pdf', content: PDF })).id;
    }],
    ['evidence deleted', async () => must(await runAction(deleteEvidence, f.misp, { attachmentId, entityId: f.ministry.id }))],
    ['submitted', async () => {
      version = must(await runAction(submitUpdate, f.misp, { updateId, entityId: f.ministry.id, version })).version;
    }],
    ['commented', async () => must(await runAction(commentUpdate, f.anpc, { updateId, entityId: f.agency.id, body: 'L’ANPC confirme sa participation.' }))],
    ['returned', async () => must(await runAction(reviewUpdate, f.coordinator, { updateId, decision: 'RETURN', note: 'Précisez le montant dépensé.', version }))],
    ['due day moved', async () => must(await runAction(saveFollowUpSettings, f.coordinator, { roadmapId: f.roadmap.id, rhythm: 'QUARTERLY', firstPeriod: '2025-T1', dueDay: 20 }))],
    ['period closed', async () => must(await runAction(closePeriod, f.coordinator, { roadmapId: f.roadmap.id, period: '2025-T1' }))],
  );
  const before = await expectFresh();
  let last = await revision();
  let previous = before;
  for (const [what, write] of steps) {
    await write();
    const now = await revision();
    expect(now, what).toBeGreaterThan(last);
    last = now;
    const shown = await expectFresh();
    // A second load is served from memory: the very same figures, not computed again.
    const again = (await page(f.coordinator))!.followUp!;
    expect(again.dashboard!.rates, what).toBe(shown.dashboard!.rates);
    expect(again.rows, what).toBe(shown.rows);
    previous = shown;
  }
  // The writes did change what the page shows: a returned update of 55 %, a closed period.
  expect(previous.rows.find((r) => r.trackedActionId === f.t1.id)?.update).toMatchObject({ review: 'RETURNED', percent: 55 });
  expect(previous.period?.closed).toBe(true);
  expect(previous.dashboard).not.toEqual(before.dashboard);
  // Togo's follow-up never moved.
  expect(await revision(tg)).toBe(1);
});

test('a refused write changes nothing, not even the revision; a change made behind the actions’ back is not seen until the next write', async () => {
  const first = await expectFresh();
  const at = await revision();
  const refused = await runAction(saveUpdate, f.misp, { trackedActionId: f.t1.id, entityId: f.ministry.id, period: '2025-T1', baseVersion: 0, base: EMPTY_UPDATE, changes: fields({ percent: 150 }) });
  expect(refused.ok).toBe(false);
  expect(await runAction(saveUpdate, f.misp, { trackedActionId: f.t2.id, entityId: f.ministry.id, period: '2025-T1', baseVersion: 0, base: EMPTY_UPDATE, changes: fields() })).toMatchObject({ ok: false });
  expect(await revision()).toBe(at);
  expect((await page(f.coordinator))!.followUp!.dashboard!.rates).toBe(first.dashboard!.rates);
  // The memory is what answers: a title changed in the database without a write of the app
  // (and so without a new revision) stays unseen until the next write...
  await t.db.trackedAction.update({ where: { id: f.t1.id }, data: { title: 'Titre changé hors de l’application' } });
  expect((await page(f.coordinator))!.followUp!.rows.map((r) => r.title)).not.toContain('Titre changé hors de l’application');
  must(await runAction(saveUpdate, f.misp, { trackedActionId: f.t1.id, entityId: f.ministry.id, period: '2025-T1', baseVersion: 0, base: EMPTY_UPDATE, changes: fields() }));
  // ... which shows it.
  expect((await expectFresh()).rows.map((r) => r.title)).toContain('Titre changé hors de l’application');
});

test('each country’s page shows its own figures only, whatever was remembered for the other', async () => {
  must(await runAction(saveUpdate, tg.anpc, { trackedActionId: tg.t2.id, entityId: tg.agency.id, period: '2025-T1', baseVersion: 0, base: EMPTY_UPDATE, changes: fields({ percent: 90, status: 'BLOCKED', blockers: 'Budget non débloqué.' }) }));
  const togo = await expectFresh(tg, tg.coordinator);
  const benin = await expectFresh(f, f.coordinator);
  expect(togo.rows.map((r) => r.trackedActionId).sort()).toEqual([tg.t1.id, tg.t2.id].sort());
  expect(benin.rows.map((r) => r.trackedActionId).sort()).toEqual([f.t1.id, f.t2.id].sort());
  expect(benin.rows.every((r) => r.update === null)).toBe(true);
  // Both follow-ups stand at the same revision: the memory still tells them apart.
  await t.db.followUp.update({ where: { id: f.followUp.id }, data: { revision: await revision(tg) } });
  expect((await expectFresh(f, f.coordinator)).rows.every((r) => r.update === null)).toBe(true);
  // Benin's coordinator asking for Togo's roadmap gets nothing, remembered or not.
  expect(await page(f.coordinator, tg.roadmap.slug)).toBeNull();
  // A contributor's page is remembered apart from the coordination's: only their own actions.
  const mine = (await page(f.anpc))!.followUp!;
  expect(mine.rows.map((r) => r.trackedActionId)).toEqual([f.t2.id]);
  expect(mine.dashboard).toBeNull();
});

test('the memory is bounded, forgets a follow-up’s older revisions, and forgets a failed computation', async () => {
  const scope = (revision: number, followUpId = 'fu-bound') => ({ countryId: 'c-bound', followUpId, revision });
  for (let i = 0; i < REMEMBERED_LIMIT + 50; i++) await remembered(scope(0, `fu-${i}`), 'k', async () => i);
  expect(rememberedCount()).toBeLessThanOrEqual(REMEMBERED_LIMIT);
  // The least recently read went first: the last ones are still there, the first gone.
  let computed = 0;
  expect(await remembered(scope(0, `fu-${REMEMBERED_LIMIT + 49}`), 'k', async () => ++computed)).toBe(REMEMBERED_LIMIT + 49);
  expect(await remembered(scope(0, 'fu-0'), 'k', async () => ++computed)).toBe(1);
  // A new revision drops what the older ones computed.
  await remembered(scope(1), 'a', async () => 'one');
  await remembered(scope(1), 'b', async () => 'one-b');
  const size = rememberedCount();
  await remembered(scope(2), 'a', async () => 'two');
  expect(rememberedCount()).toBe(size - 1);
  expect(await remembered(scope(1), 'b', async () => 'again')).toBe('again');
  // Concurrent readers share one computation; a failure is not remembered.
  let runs = 0;
  const slow = () => new Promise<number>((r) => setTimeout(() => r(++runs), 20));
  expect(await Promise.all([remembered(scope(3), 's', slow), remembered(scope(3), 's', slow)])).toEqual([1, 1]);
  await expect(remembered(scope(3), 'fails', async () => { throw new Error('base indisponible'); })).rejects.toThrow('base indisponible');
  expect(await remembered(scope(3), 'fails', async () => 'ok')).toBe('ok');
});
