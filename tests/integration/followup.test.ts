// The follow-up of an approved roadmap on a real database: what an update refuses, the
// validation loop with every step kept, late detection and reminders, history across an
// amendment, and nothing of another country readable.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { runAction } from '@/lib/actions/define-action';
import { readableCountries } from '@/lib/auth/can';
import { scopedDb } from '@/lib/auth/scoped-db';
import { amendRoadmap } from '@/lib/followup/amend-roadmap';
import { closePeriod } from '@/lib/followup/close-period';
import { commentUpdate } from '@/lib/followup/comment-update';
import { uploadEvidence } from '@/lib/followup/evidence';
import { implementationRates, indicatorPaths, overallRates, paragraphCoverage, periodCounts, periodCountsOf, servedParagraphs, spending } from '@/lib/followup/dashboard';
import { paragraphRowLabel } from '@/lib/framework/paragraph-check';
import { translator } from '@/lib/i18n/translate';
import { getPeriod, listLate, listPeriodRows } from '@/lib/followup/period-rows';
import { sendDueReminders } from '@/lib/followup/reminders';
import { reviewUpdate } from '@/lib/followup/review-update';
import { saveFollowUpSettings } from '@/lib/followup/save-settings';
import { saveUpdate, updateValuesOf } from '@/lib/followup/save-update';
import { EMPTY_UPDATE, valuesOfFields, type UpdateFields } from '@/lib/followup/schemas';
import { submitUpdate } from '@/lib/followup/submit-update';
import { decideVersion } from '@/lib/roadmap/decide-version';
import { deleteAction } from '@/lib/roadmap/delete-action';
import { submitVersion } from '@/lib/roadmap/submit-version';
import { PDF } from '../helpers/files';
import { followedRoadmap, must } from '../helpers/followup-fixture';
import { freshDb, type TestDb } from '../helpers/fresh-db';

let t: TestDb;
let f: Awaited<ReturnType<typeof followedRoadmap>>;
beforeEach(async () => {
  t = await freshDb();
  f = await followedRoadmap(t.db, t.provider);
});
afterEach(async () => {
  await t?.dispose();
});

const fields = (o: Record<string, unknown> = {}) => ({ status: 'ON_TRACK', percent: 40, spent: 250_000, indicatorValues: [], done: 'Atelier de validation tenu.', blockers: '', nextSteps: 'Transmission au Conseil des ministres.', ...o });

/**
 * A save as the form sends it: every field, from the stored update as a page would have
 * loaded it (or, `stale`, from the empty form a tab opened before any save).
 */
async function save(who = f.misp, o: { trackedActionId?: string; entityId?: string; period?: string; stale?: boolean; fields?: Record<string, unknown> } = {}) {
  const key = { trackedActionId: f.t1.id, entityId: f.ministry.id, period: '2025-T1', ...o };
  const changes = valuesOfFields(fields(o.fields) as UpdateFields);
  const row = o.stale ? null : await t.db.progressUpdate.findFirst({ where: { trackedActionId: key.trackedActionId, period: { key: key.period } } });
  const base = row ? updateValuesOf(row) : EMPTY_UPDATE;
  const r = await runAction(saveUpdate, who, { trackedActionId: key.trackedActionId, entityId: key.entityId, period: key.period, baseVersion: o.stale ? 1 : row?.version ?? 0, base, changes });
  return r.ok ? { ...r, data: { ...r.data, updateId: r.data.updateId! } } : r;
}

test('opening the follow-up tracks the approved actions with their indicators typed, and writes the periods', async () => {
  expect(f.followUp).toMatchObject({ rhythm: 'QUARTERLY', firstPeriod: '2025-T1', dueDay: 15, versionNumber: 1 });
  const periods = await t.db.followUpPeriod.findMany({ where: { followUpId: f.followUp.id }, orderBy: { seq: 'asc' } });
  expect(periods.map((p) => p.key)).toEqual(['2025-T1', '2025-T2', '2025-T3', '2025-T4']);
  expect(periods[2].dueOn.toISOString()).toBe('2025-10-15T23:59:59.000Z');
  expect(f.t1).toMatchObject({ actionId: f.a1.id, leadEntityId: f.ministry.id, supportingEntityIds: [f.agency.id], currency: 'XOF', fundingSource: 'NATIONAL_BUDGET' });
  expect((f.t1.indicators as { type: string }[]).map((i) => i.type)).toEqual(['boolean']);
  expect(f.t2.indicators).toEqual([
    { label: 'Sites dotés d’un plan de sûreté', baseline: '0 %', target: '80 %', type: 'percent', unit: '' },
    { label: 'Exercices conduits', baseline: '0', target: '4 exercices', type: 'number', unit: 'exercices' },
  ]);
  expect(await t.db.trackedParagraph.count({ where: { trackedActionId: f.t1.id } })).toBe(2);
  const audit = await t.db.auditEvent.findFirst({ where: { action: 'followup.open' } });
  expect(audit?.actorId).toBe(f.coordinator.user!.id);
});

describe('bad input is refused with its message, and nothing changes', () => {
  test.each([
    ['a percentage over 100', { fields: { percent: 101 } }, { 'changes.percent': ['followup.percentRange'] }],
    ['a percentage below 0', { fields: { percent: -1 } }, { 'changes.percent': ['followup.percentRange'] }],
    ['negative spending', { fields: { spent: -5 } }, { 'changes.spent': ['followup.spentNegative'] }],
    ['text for a yes/no indicator', { fields: { indicatorValues: [{ index: 0, value: 'oui' }] } }, { 'changes.indicator0': ['followup.indicatorBoolean'] }],
    ['an indicator the action lacks', { fields: { indicatorValues: [{ index: 3, value: true }] } }, { 'changes.indicator3': ['form.invalidReference'] }],
  ])('%s', async (_what, input, expectedFields) => {
    const r = await save(f.misp, input);
    expect(r).toMatchObject({ ok: false, error: 'form.invalid', fields: expectedFields });
    expect(await t.db.progressUpdate.count()).toBe(0);
  });

  test('a number where a percentage indicator expects 0-100, and a yes/no where a number is expected', async () => {
    const r = await save(f.anpc, { trackedActionId: f.t2.id, entityId: f.agency.id, fields: { indicatorValues: [{ index: 0, value: 140 }, { index: 1, value: true }] } });
    expect(r).toMatchObject({ ok: false, fields: { 'changes.indicator0': ['followup.indicatorPercent'], 'changes.indicator1': ['followup.indicatorNumber'] } });
  });

  test('an action the entity does not lead, a period before the start, an unknown or closed period', async () => {
    // ANPC supports action 1 but does not lead it: told so in words.
    expect(await save(f.anpc, { entityId: f.agency.id })).toEqual({ ok: false, error: 'followup.notLeadEntity' });
    // Speaking for another entity than one's own is refused like anything else one may not do.
    expect(await save(f.anpc, { entityId: f.ministry.id })).toEqual({ ok: false, error: 'auth.forbidden' });
    expect(await save(f.misp, { period: '2024-T4' })).toEqual({ ok: false, error: 'followup.periodBeforeStart' });
    expect(await save(f.misp, { period: '2031-T1' })).toEqual({ ok: false, error: 'followup.unknownPeriod' });
    must(await runAction(closePeriod, f.coordinator, { roadmapId: f.roadmap.id, period: '2025-T1' }));
    expect(await save(f.misp)).toEqual({ ok: false, error: 'followup.periodClosed' });
    expect(await t.db.progressUpdate.count()).toBe(0);
  });

  test('a follow-up starting before the roadmap does, and a rhythm change once updates exist', async () => {
    const before = await runAction(saveFollowUpSettings, f.coordinator, { roadmapId: f.roadmap.id, rhythm: 'QUARTERLY', firstPeriod: '2024-T4', dueDay: 15 });
    expect(before).toEqual({ ok: false, error: 'form.invalid', fields: { firstPeriod: ['followup.beforeRoadmapStart'] } });
    expect(await runAction(saveFollowUpSettings, f.coordinator, { roadmapId: f.roadmap.id, rhythm: 'QUARTERLY', firstPeriod: '2025-T1', dueDay: 40 }))
      .toMatchObject({ ok: false, fields: { dueDay: ['followup.dueDayRange'] } });
    must(await save());
    expect(await runAction(saveFollowUpSettings, f.coordinator, { roadmapId: f.roadmap.id, rhythm: 'MONTHLY', firstPeriod: '2025-01', dueDay: 15 })).toEqual({ ok: false, error: 'followup.settingsLocked' });
    expect(await t.db.followUpPeriod.count({ where: { followUpId: f.followUp.id } })).toBe(4);
  });

  test('a contributor may not accept, a coordinator may not write an entity’s update', async () => {
    const saved = must(await save());
    expect(await runAction(reviewUpdate, f.misp, { updateId: saved.updateId, version: 1, decision: 'ACCEPT' })).toEqual({ ok: false, error: 'auth.forbidden' });
    expect(await save(f.coordinator)).toEqual({ ok: false, error: 'auth.forbidden' });
  });
});

test('submit, return with a comment, correct, resubmit, accept: every step kept and audited', async () => {
  const s1 = must(await save());
  expect(s1).toMatchObject({ status: 'saved', version: 1 });
  // A stale form does not overwrite: it gets both texts back, and nothing is written.
  const s2 = must(await save(f.misp, { fields: { done: 'Atelier tenu le 12 mars.' } }));
  const stale = must(await save(f.misp, { stale: true, fields: { done: 'Autre texte' } }));
  expect(stale).toMatchObject({ status: 'conflict', version: 2, values: { done: 'Atelier tenu le 12 mars.' } });
  expect(stale.conflicts.find((c) => c.field === 'done')).toEqual({ field: 'done', theirs: 'Atelier tenu le 12 mars.', yours: 'Autre texte' });
  must(await runAction(uploadEvidence, f.misp, { updateId: s1.updateId, entityId: f.ministry.id, filename: 'compte-rendu.pdf', content: PDF }));
  expect(await runAction(uploadEvidence, f.misp, { updateId: s1.updateId, entityId: f.ministry.id, filename: 'compte-rendu.exe', content: PDF })).toEqual({ ok: false, error: 'attachment.typeNotAllowed' });

  must(await runAction(submitUpdate, f.misp, { updateId: s1.updateId, entityId: f.ministry.id, version: s2.version }));
  expect(await save(f.misp, { fields: { done: 'Encore' } })).toEqual({ ok: false, error: 'followup.updateSubmitted' });
  expect(await runAction(reviewUpdate, f.coordinator, { updateId: s1.updateId, version: 3, decision: 'RETURN', note: '' })).toMatchObject({ ok: false, fields: { note: ['followup.noteRequired'] } });
  must(await runAction(reviewUpdate, f.coordinator, { updateId: s1.updateId, version: 3, decision: 'RETURN', note: 'Préciser le montant engagé.' }));
  // The supporting entity comments; an uninvolved one may not.
  must(await runAction(commentUpdate, f.anpc, { updateId: s1.updateId, entityId: f.agency.id, body: 'L’ANPC confirme sa participation à l’atelier.' }));

  const corrected = must(await save(f.misp, { fields: { done: 'Atelier tenu le 12 mars.', spent: 310_000 } }));
  must(await runAction(submitUpdate, f.misp, { updateId: s1.updateId, entityId: f.ministry.id, version: corrected.version }));
  must(await runAction(reviewUpdate, f.coordinator, { updateId: s1.updateId, version: corrected.version + 1, decision: 'ACCEPT', note: '' }));
  expect(await save(f.misp, { fields: { done: 'Encore' } })).toEqual({ ok: false, error: 'followup.updateAccepted' });

  const u = await t.db.progressUpdate.findUniqueOrThrow({ where: { id: s1.updateId }, include: { steps: { orderBy: { at: 'asc' } } } });
  expect(u).toMatchObject({ review: 'ACCEPTED', percent: 40, reviewedById: f.coordinator.user!.id });
  expect(Number(u.spent)).toBe(310_000);
  expect(u.steps.map((s) => s.kind)).toEqual(['SUBMITTED', 'RETURNED', 'COMMENTED', 'SUBMITTED', 'ACCEPTED']);
  expect(u.steps[1].note).toBe('Préciser le montant engagé.');
  expect((u.steps[0].content as { spent: number }).spent).toBe(250_000);
  expect((u.steps[3].content as { spent: number }).spent).toBe(310_000);
  const events = await t.db.auditEvent.findMany({ where: { targetId: s1.updateId }, orderBy: { at: 'asc' }, select: { action: true } });
  expect(events.map((e) => e.action)).toEqual(['progress.create', 'progress.update', 'progress.submit', 'progress.return', 'progress.comment', 'progress.update', 'progress.resubmit', 'progress.accept']);
  // The coordination heard of each submission, the entity of the return and the acceptance.
  const mails = await t.db.outboxMail.findMany({ orderBy: { createdAt: 'asc' } });
  expect(mails.filter((m) => m.to === 'coord-a@x.example' && m.subject.includes('soumise'))).toHaveLength(2);
  expect(mails.find((m) => m.to === 'misp-a@x.example' && m.subject.includes('à corriger'))?.text).toContain('Préciser le montant engagé.');
  expect(mails.some((m) => m.to === 'misp-a@x.example' && m.subject.includes('acceptée'))).toBe(true);
});

test('late detection: due date passed and never submitted, in every period', async () => {
  const t1 = await getPeriod(t.db, { countryId: f.country.id, followUpId: f.followUp.id, key: '2025-T1' });
  const beforeDue = new Date('2025-04-10T12:00:00Z');
  const afterDue = new Date('2025-04-16T00:00:00Z');
  expect((await listPeriodRows(t.db, { countryId: f.country.id, followUpId: f.followUp.id, period: t1!, now: beforeDue })).map((r) => r.late)).toEqual([false, false]);
  const s = must(await save());
  must(await runAction(submitUpdate, f.misp, { updateId: s.updateId, entityId: f.ministry.id, version: 1 }));
  const rows = await listPeriodRows(t.db, { countryId: f.country.id, followUpId: f.followUp.id, period: t1!, now: afterDue });
  expect(rows.map((r) => [r.title, r.update?.review ?? null, r.late])).toEqual([['Action GOV-01-A1', 'SUBMITTED', false], ['Action CIP-01-A1', null, true]]);
  // A draft does not count as submitted.
  must(await save(f.anpc, { trackedActionId: f.t2.id, entityId: f.agency.id }));
  const late = await listLate(t.db, { countryId: f.country.id, followUpId: f.followUp.id, now: new Date('2025-07-16T00:00:00Z') });
  expect(late.map((l) => `${l.period} ${l.title}`)).toEqual(['2025-T1 Action CIP-01-A1', '2025-T2 Action GOV-01-A1', '2025-T2 Action CIP-01-A1']);
});

test('reminders a week before and on the due date, once each, to the lead entities not yet submitted, in the app and by mail', async () => {
  const s = must(await save());
  must(await runAction(submitUpdate, f.misp, { updateId: s.updateId, entityId: f.ministry.id, version: 1 }));
  expect(await sendDueReminders(t.db, { now: new Date('2025-04-01T09:00:00Z'), baseUrl: 'http://localhost' })).toEqual({ sent: 0 });
  expect(await sendDueReminders(t.db, { now: new Date('2025-04-08T09:00:00Z'), baseUrl: 'http://localhost' })).toEqual({ sent: 1 });
  expect(await sendDueReminders(t.db, { now: new Date('2025-04-09T09:00:00Z'), baseUrl: 'http://localhost' })).toEqual({ sent: 0 });
  expect(await sendDueReminders(t.db, { now: new Date('2025-04-15T08:00:00Z'), baseUrl: 'http://localhost' })).toEqual({ sent: 1 });
  const mails = await t.db.outboxMail.findMany({ where: { to: 'anpc-a@x.example' }, orderBy: { createdAt: 'asc' } });
  expect(mails.map((m) => m.subject)).toEqual(['Jalon : mises à jour attendues pour le 15 avril 2025 (1er trimestre 2025)', 'Jalon : mises à jour attendues aujourd’hui (1er trimestre 2025)']);
  expect(mails[0].text).toContain('http://localhost/fr/roadmaps/benin-test/follow-up');
  expect(await t.db.outboxMail.count({ where: { to: 'misp-a@x.example', subject: { contains: 'attendues' } } })).toBe(0);
  expect(await t.db.notification.count({ where: { userId: f.anpc.user!.id, kind: { in: ['progressDueSoon', 'progressDueToday'] } } })).toBe(2);
});

test('an amendment keeps each action’s history; a removed action keeps its own, marked removed', async () => {
  for (const [who, tracked, entityId] of [[f.misp, f.t1, f.ministry.id], [f.anpc, f.t2, f.agency.id]] as const) {
    const s = must(await save(who, { trackedActionId: tracked.id, entityId }));
    must(await runAction(submitUpdate, who, { updateId: s.updateId, entityId, version: 1 }));
    must(await runAction(reviewUpdate, f.coordinator, { updateId: s.updateId, version: 2, decision: 'ACCEPT' }));
  }
  must(await runAction(amendRoadmap, f.coordinator, { roadmapId: f.roadmap.id }));
  expect((await t.db.roadmap.findUniqueOrThrow({ where: { id: f.roadmap.id } })).status).toBe('DRAFT');
  // While the amendment is drafted, the follow-up goes on with the approved version.
  must(await runAction(deleteAction, f.coordinator, { actionId: f.a2.id }));
  await t.db.action.update({ where: { id: f.a1.id }, data: { title: 'Adopter la stratégie nationale révisée' } });
  expect(await t.db.trackedAction.count({ where: { followUpId: f.followUp.id, removedAt: null } })).toBe(2);
  must(await runAction(submitVersion, f.coordinator, { roadmapId: f.roadmap.id }));
  must(await runAction(decideVersion, f.reviewer, { roadmapId: f.roadmap.id, number: 2, decision: 'APPROVE', note: '' }));

  const tracked = await t.db.trackedAction.findMany({ where: { followUpId: f.followUp.id }, orderBy: { order: 'asc' }, include: { updates: true } });
  expect(tracked.map((a) => [a.id, a.title, a.removedInVersion, a.updates.length])).toEqual([
    [f.t1.id, 'Adopter la stratégie nationale révisée', null, 1],
    [f.t2.id, 'Action CIP-01-A1', 2, 1],
  ]);
  expect((await t.db.followUp.findUniqueOrThrow({ where: { id: f.followUp.id } })).versionNumber).toBe(2);
  expect(await save(f.anpc, { trackedActionId: f.t2.id, entityId: f.agency.id, period: '2025-T2' })).toEqual({ ok: false, error: 'followup.actionRemoved' });
  const t2 = await getPeriod(t.db, { countryId: f.country.id, followUpId: f.followUp.id, key: '2025-T2' });
  expect((await listPeriodRows(t.db, { countryId: f.country.id, followUpId: f.followUp.id, period: t2!, now: new Date() })).map((r) => r.title)).toEqual(['Adopter la stratégie nationale révisée']);
});

test('nothing of another country is readable or writable', async () => {
  const tg = await t.db.country.create({ data: { code: 'TG' } });
  const tgEntity = await t.db.entity.create({ data: { countryId: tg.id, code: 'MSPC', nameFr: 'Ministère de la Sécurité', nameEn: 'Ministry of Security', kind: 'MINISTRY' } });
  const tgRoadmap = await t.db.roadmap.create({ data: { slug: 'togo', countryId: tg.id, title: 'Feuille de route du Togo' } });
  const tgFollowUp = await t.db.followUp.create({ data: { roadmapId: tgRoadmap.id, countryId: tg.id, firstPeriod: '2025-T1', versionNumber: 1 } });
  const tgPeriod = await t.db.followUpPeriod.create({ data: { followUpId: tgFollowUp.id, countryId: tg.id, key: '2025-T1', seq: 1, startMonth: 24301, endMonth: 24303, dueOn: new Date('2025-04-15') } });
  const tgAction = await t.db.trackedAction.create({ data: { followUpId: tgFollowUp.id, countryId: tg.id, actionId: 'tg-1', order: 1, title: 'Action du Togo', objectiveKey: '', leadEntityId: tgEntity.id, supportingEntityIds: [], indicators: [], fromVersion: 1 } });
  const tgUpdate = await t.db.progressUpdate.create({ data: { followUpId: tgFollowUp.id, periodId: tgPeriod.id, periodSeq: 1, trackedActionId: tgAction.id, countryId: tg.id, entityId: tgEntity.id, review: 'SUBMITTED', percent: 10, indicatorValues: [] } });

  // The lib functions are country-scoped: Benin's country id with Togo's follow-up finds nothing.
  expect(await getPeriod(t.db, { countryId: f.country.id, followUpId: tgFollowUp.id, key: '2025-T1' })).toBeNull();
  expect(await listPeriodRows(t.db, { countryId: f.country.id, followUpId: tgFollowUp.id, period: tgPeriod, now: new Date() })).toEqual([]);
  expect(await listLate(t.db, { countryId: f.country.id, followUpId: tgFollowUp.id, now: new Date() })).toEqual([]);
  // Benin's coordinator reads through the scoped client: no Togolese row, not even in a count.
  const db = scopedDb(t.db, readableCountries(f.coordinator.user!));
  expect(await db.progressUpdate.count()).toBe(0);
  expect(await db.trackedAction.findMany({ where: { id: tgAction.id } })).toEqual([]);
  expect(await db.followUpPeriod.count({ where: { followUpId: tgFollowUp.id } })).toBe(0);
  expect(await runAction(reviewUpdate, f.coordinator, { updateId: tgUpdate.id, version: 1, decision: 'ACCEPT' })).toEqual({ ok: false, error: 'auth.forbidden' });
  expect(await runAction(commentUpdate, f.misp, { updateId: tgUpdate.id, entityId: f.ministry.id, body: 'Curieux' })).toEqual({ ok: false, error: 'auth.forbidden' });
  expect(await runAction(saveUpdate, f.misp, { trackedActionId: tgAction.id, entityId: f.ministry.id, period: '2025-T1', baseVersion: 0, base: { done: '' }, changes: { done: 'Curieux' } })).toEqual({ ok: false, error: 'auth.forbidden' });
  expect((await t.db.progressUpdate.findUniqueOrThrow({ where: { id: tgUpdate.id } })).review).toBe('SUBMITTED');
});

test('dashboard figures come from the database: rates, period counts, spending, paragraphs, indicator paths', async () => {
  const ref = { countryId: f.country.id, followUpId: f.followUp.id };
  const accept = async (who: typeof f.misp, tracked: { id: string }, entityId: string, period: string, o: Record<string, unknown>) => {
    const s = must(await save(who, { trackedActionId: tracked.id, entityId, period, fields: o }));
    must(await runAction(submitUpdate, who, { updateId: s.updateId, entityId, version: 1 }));
    return s.updateId;
  };
  // T1: MISP completes half the work, ANPC is blocked; T2: MISP completes, ANPC says nothing.
  const u1 = await accept(f.misp, f.t1, f.ministry.id, '2025-T1', { percent: 50, spent: 400_000, indicatorValues: [{ index: 0, value: false }] });
  must(await runAction(reviewUpdate, f.coordinator, { updateId: u1, version: 2, decision: 'ACCEPT' }));
  await accept(f.anpc, f.t2, f.agency.id, '2025-T1', { status: 'BLOCKED', percent: 10, spent: 500_000, blockers: 'Financement non décaissé.', indicatorValues: [{ index: 0, value: 5 }, { index: 1, value: 1 }] });
  await accept(f.misp, f.t1, f.ministry.id, '2025-T2', { status: 'COMPLETED', percent: 100, spent: 900_000, indicatorValues: [{ index: 0, value: true }] });

  const t1 = await implementationRates(t.db, { ...ref, seq: 1 });
  expect(t1.overall).toEqual({ actions: 2, completed: 0, cancelled: 0, neverReported: 0, rate: 30 });
  const t2 = await implementationRates(t.db, { ...ref, seq: 2 });
  expect(t2.overall).toEqual({ actions: 2, completed: 1, cancelled: 0, neverReported: 0, rate: 55 });
  expect(t2.byObjective.map((o) => [o.objectiveTitle, o.rate])).toHaveLength(2);
  expect(Object.fromEntries(t2.byLeadEntity.map((l) => [l.leadEntityId, l.rate]))).toEqual({ [f.ministry.id]: 100, [f.agency.id]: 10 });

  const period1 = await getPeriod(t.db, { ...ref, key: '2025-T1' });
  const period2 = await getPeriod(t.db, { ...ref, key: '2025-T2' });
  expect(await periodCounts(t.db, { ...ref, periodId: period1!.id, now: new Date('2025-05-01') })).toEqual({ expected: 2, notSubmitted: 0, late: 0, submitted: 1, returned: 0, accepted: 1, blocked: 1, delayed: 0 });
  expect(await periodCounts(t.db, { ...ref, periodId: period2!.id, now: new Date('2025-07-20') })).toEqual({ expected: 2, notSubmitted: 1, late: 1, submitted: 1, returned: 0, accepted: 0, blocked: 0, delayed: 0 });

  const money = await spending(t.db, { ...ref, seq: 2 });
  expect(money.byFunding).toEqual([
    { key: 'NATIONAL_BUDGET', title: '', currency: 'XOF', planned: 1_000_000, spent: 900_000 },
    { key: 'PARTNER', title: '', currency: 'XOF', planned: 3_000_000, spent: 500_000 },
  ]);
  expect(money.byObjective.reduce((s, o) => s + o.planned, 0)).toBe(4_000_000);

  expect(await paragraphCoverage(t.db, { ...ref, seq: 2 })).toEqual([
    { instrumentCode: '2341', ref: 'OP1', planned: 1, completed: 1 },
    { instrumentCode: '2341', ref: 'OP2', planned: 1, completed: 1 },
    { instrumentCode: '2341', ref: 'OP3', planned: 1, completed: 0 },
  ]);
  const paths = await indicatorPaths(t.db, { ...ref, seq: 2 });
  expect(paths.map((p) => [p.indicator.label, p.baseline, p.target, p.points])).toEqual([
    ['Stratégie adoptée', 0, 1, [{ seq: 1, value: false }, { seq: 2, value: true }]],
    ['Sites dotés d’un plan de sûreté', 0, 80, [{ seq: 1, value: 5 }]],
    ['Exercices conduits', 0, 4, [{ seq: 1, value: 1 }]],
  ]);
  // Another country's id gives nothing, not even zeros of someone else.
  expect((await implementationRates(t.db, { countryId: 'another-country', followUpId: f.followUp.id, seq: 2 })).overall.actions).toBe(0);
  expect(await paragraphCoverage(t.db, { countryId: 'another-country', followUpId: f.followUp.id, seq: 2 })).toEqual([]);

  // The rows are named from the framework's paragraphs, as the roadmap names them.
  const served = await servedParagraphs(t.db, { countryId: ref.countryId, followUpId: f.followUp.id });
  // A number recalled from memory is never printed as if it were checked (paragraph-checks.json).
  const label = (locale: 'fr' | 'en') => [...served.values()].map((p) => paragraphRowLabel(translator(locale, 'framework'), locale, '2341', p));
  expect([...served.keys()]).toEqual(expect.arrayContaining(['2341:OP1', '2341:OP2', '2341:OP3']));
  expect(served.size).toBe(3);
  expect(label('fr').sort()).toEqual(['Connaissance et compréhension de la menace (n° 1 à confirmer)', 'Stratégies nationales de réduction des risques (n° 2 à confirmer)', 'par. 3'].sort());
  expect(label('en').sort()).toEqual(['Awareness and understanding of the threat (no. 1, to be confirmed)', 'National risk-reduction strategies (no. 2, to be confirmed)', 'OP 3'].sort());
  expect((await servedParagraphs(t.db, { countryId: 'another-country', followUpId: f.followUp.id })).size).toBe(0);
});

test('the figures of several follow-ups read in one statement (the programme view) are each follow-up’s own', async () => {
  await t.db.country.create({ data: { code: 'TG' } });
  const tg = await followedRoadmap(t.db, t.provider, { countryCode: 'TG', slug: 'tg', tag: 'tg' });
  const now = new Date('2025-07-20');
  const report = async (who: typeof f.misp, tracked: { id: string }, entityId: string, period: string, o: Record<string, unknown>) => {
    const row = await t.db.progressUpdate.findFirst({ where: { trackedActionId: tracked.id, period: { key: period } } });
    const s = must(await runAction(saveUpdate, who, { trackedActionId: tracked.id, entityId, period, baseVersion: row?.version ?? 0, base: row ? updateValuesOf(row) : EMPTY_UPDATE, changes: valuesOfFields(fields(o) as UpdateFields) }));
    must(await runAction(submitUpdate, who, { updateId: s.updateId!, entityId, version: s.version }));
  };
  await report(f.misp, f.t1, f.ministry.id, '2025-T1', { percent: 50, indicatorValues: [] });
  await report(f.anpc, f.t2, f.agency.id, '2025-T2', { status: 'BLOCKED', percent: 20, indicatorValues: [] });
  await report(tg.misp, tg.t1, tg.ministry.id, '2025-T1', { status: 'COMPLETED', percent: 100, indicatorValues: [] });
  const bj = { countryId: f.country.id, followUpId: f.followUp.id };
  const togo = { countryId: tg.country.id, followUpId: tg.followUp.id };
  const bjPeriod = (await getPeriod(t.db, { ...bj, key: '2025-T2' }))!;
  const tgPeriod = (await getPeriod(t.db, { ...togo, key: '2025-T1' }))!;
  const refs = [{ ...bj, seq: bjPeriod.seq, period: bjPeriod }, { ...togo, seq: tgPeriod.seq, period: tgPeriod }];

  const rates = await overallRates(t.db, refs);
  expect(rates.get(bj.followUpId)).toEqual((await implementationRates(t.db, refs[0])).overall);
  expect(rates.get(togo.followUpId)).toEqual((await implementationRates(t.db, refs[1])).overall);
  expect(rates.get(bj.followUpId)).toEqual({ actions: 2, completed: 0, cancelled: 0, neverReported: 0, rate: 35 });
  expect(rates.get(togo.followUpId)).toEqual({ actions: 2, completed: 1, cancelled: 0, neverReported: 1, rate: 50 });
  const counts = await periodCountsOf(t.db, refs, now);
  expect(counts.get(bj.followUpId)).toEqual(await periodCounts(t.db, { ...bj, periodId: bjPeriod.id, now }));
  expect(counts.get(togo.followUpId)).toEqual(await periodCounts(t.db, { ...togo, periodId: tgPeriod.id, now }));
  expect(counts.get(bj.followUpId)).toMatchObject({ expected: 2, notSubmitted: 1, late: 1, submitted: 1, blocked: 1 });
  expect(counts.get(togo.followUpId)).toMatchObject({ expected: 2, notSubmitted: 1, late: 1, submitted: 1 });
  // A follow-up named with another country's id counts nothing.
  const wrong = [{ countryId: f.country.id, followUpId: togo.followUpId, seq: 1, period: tgPeriod }];
  expect((await overallRates(t.db, wrong)).get(togo.followUpId)).toEqual({ actions: 0, completed: 0, cancelled: 0, neverReported: 0, rate: 0 });
  expect((await periodCountsOf(t.db, wrong, now)).get(togo.followUpId)).toMatchObject({ expected: 0, late: 0 });
});
