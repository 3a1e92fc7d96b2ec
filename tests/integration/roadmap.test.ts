import { afterEach, beforeEach, expect, test } from 'vitest';
import { runAction, type ActionContext } from '@/lib/actions/define-action';
import { createAuth } from '@/lib/auth/auth';
import { loadSessionUser } from '@/lib/auth/session-user';
import { systemAudit } from '@/lib/audit/record-event';
import { generateDraft } from '@/lib/roadmap/generate-draft';
import { updateAction } from '@/lib/roadmap/update-action';
import { submitVersion } from '@/lib/roadmap/submit-version';
import { decideVersion } from '@/lib/roadmap/decide-version';
import { setPdfPrerenderer, settlePrerenders } from '@/lib/pdf/prerender';
import { addComment } from '@/lib/roadmap/add-comment';
import { diffVersions } from '@/lib/roadmap/diff-versions';
import { snapshotSchema, type RoadmapSnapshot } from '@/lib/roadmap/snapshot';
import { actionFieldsSchema } from '@/lib/roadmap/schemas';
import { assessmentWithFindings } from '../helpers/assessment-fixture';
import { freshDb, type TestDb } from '../helpers/fresh-db';

let t: TestDb;
let f: Awaited<ReturnType<typeof assessmentWithFindings>>;
beforeEach(async () => {
  t = await freshDb();
  f = await assessmentWithFindings(t.db);
});
afterEach(async () => {
  await t?.dispose();
});

async function as(role: 'COORDINATOR' | 'REVIEWER'): Promise<ActionContext> {
  const u = await t.db.user.create({
    data: { email: `${role.toLowerCase()}@x.example`, name: role, twoFactorEnabled: true, memberships: { create: { role, countryId: f.country.id } } },
  });
  return {
    db: t.db, auth: createAuth(t.db, { secret: 'x'.repeat(40), baseURL: 'http://localhost', provider: t.provider, production: false }),
    headers: new Headers(), user: await loadSessionUser(t.db, u.id), ip: '127.0.0.1', userAgent: 'test', locale: 'fr', baseUrl: 'http://localhost',
  };
}

/** Every field of an action as its form sends them, with `changes` applied. */
async function fieldsOf(actionId: string, changes: Record<string, unknown>) {
  const a = await t.db.action.findUniqueOrThrow({ where: { id: actionId }, include: { supportingEntities: true, questions: true, paragraphs: true } });
  return {
    title: a.title, description: a.description, objectiveId: a.objectiveId, leadEntityId: a.leadEntityId ?? f.ministry.id,
    supportingEntityIds: a.supportingEntities.map((s) => s.entityId), partners: a.partners, startPeriod: a.startPeriod, endPeriod: a.endPeriod,
    priority: a.priority, indicators: a.indicators, costAmount: a.costAmount ? Number(a.costAmount) : null, currency: a.currency,
    fundingSource: a.fundingSource, status: a.status, questionIds: a.questions.map((q) => q.questionId), paragraphIds: a.paragraphs.map((p) => p.paragraphId),
    ...changes,
  };
}

test('the draft follows the findings, and generating again keeps every manual edit', async () => {
  const first = await generateDraft(t.db, f.roadmap.id, systemAudit);
  // GOV-01 (maturity 1) proposes A1 only; GOV-02 shows no gap; CIP-01 (maturity 2) proposes its action.
  expect(first).toEqual({ ok: true, data: { objectives: 2, recommendations: 2, actions: 2 } });
  const actions = await t.db.action.findMany({ where: { roadmapId: f.roadmap.id }, orderBy: { order: 'asc' }, include: { paragraphs: true, leadEntity: true } });
  expect(actions.map((a) => a.title)).toEqual(['Action GOV-01-A1', 'Action CIP-01-A1']);
  expect(actions[0]).toMatchObject({ priority: 'HIGH', currency: 'XOF', leadEntity: { code: 'MISP' } });
  expect(actions[1].leadEntity?.code).toBe('ANPC');
  expect(actions[0].paragraphs.map((p) => p.paragraphId).sort()).toEqual([f.paragraphs.op1, f.paragraphs.op2].sort());

  const coordinator = await as('COORDINATOR');
  const edited = await runAction(updateAction, coordinator, {
    actionId: actions[0].id, version: 1, fields: { title: 'Adopter la stratégie nationale', leadEntityId: f.ministry.id, priority: 'HIGH', startPeriod: '2025-T1', endPeriod: '2025-T4' },
  });
  expect(edited).toEqual({ ok: true, data: { id: actions[0].id, version: 2 } });

  // A new finding arrives; generating again adds its action and leaves the edited one as it is.
  await t.db.finding.update({ where: { assessmentId_questionId: { assessmentId: f.assessment.id, questionId: f.questions.q2.id } }, data: { gaps: 'Le point focal manque de moyens.', maturity: 2 } });
  const second = await generateDraft(t.db, f.roadmap.id, systemAudit);
  expect(second).toEqual({ ok: true, data: { objectives: 0, recommendations: 1, actions: 1 } });
  const after = await t.db.action.findMany({ where: { roadmapId: f.roadmap.id }, orderBy: { order: 'asc' } });
  expect(after.map((a) => a.title)).toEqual(['Adopter la stratégie nationale', 'Action CIP-01-A1', 'Action GOV-02-A1']);
  expect(await generateDraft(t.db, f.roadmap.id, systemAudit)).toEqual({ ok: true, data: { objectives: 0, recommendations: 0, actions: 0 } });
});

test('two editors of one action: the second save is a conflict, never a silent overwrite', async () => {
  await generateDraft(t.db, f.roadmap.id, systemAudit);
  const action = await t.db.action.findFirstOrThrow({ where: { roadmapId: f.roadmap.id } });
  const c = await as('COORDINATOR');
  const fields = { leadEntityId: f.ministry.id, priority: 'HIGH' };
  expect(await runAction(updateAction, c, { actionId: action.id, version: 1, fields: { ...fields, title: 'Première version' } })).toMatchObject({ ok: true });
  expect(await runAction(updateAction, c, { actionId: action.id, version: 1, fields: { ...fields, title: 'Seconde version' } })).toEqual({ ok: false, error: 'roadmap.conflict' });
  expect((await t.db.action.findUniqueOrThrow({ where: { id: action.id } })).title).toBe('Première version');
});

test('validation speaks the user’s language: end before start, missing lead entity', () => {
  const r = actionFieldsSchema.safeParse({ title: 'Une action', leadEntityId: null, priority: 'HIGH', startPeriod: '2026-T2', endPeriod: '2025-12' });
  expect(r.success).toBe(false);
  const keys = r.error!.issues.map((i) => `${i.path.join('.')}:${i.message}`);
  expect(keys).toContain('leadEntityId:roadmap.leadRequired');
  expect(actionFieldsSchema.safeParse({ title: 'Une action', leadEntityId: 'x', priority: 'HIGH', startPeriod: '2026-T2', endPeriod: '2025-12' }).error!.issues.map((i) => i.message)).toContain('roadmap.endBeforeStart');
});

test('a submitted version is an immutable snapshot; review requests changes, then approves version 2', async () => {
  await generateDraft(t.db, f.roadmap.id, systemAudit);
  const coordinator = await as('COORDINATOR');
  const reviewer = await as('REVIEWER');
  const v1 = await runAction(submitVersion, coordinator, { roadmapId: f.roadmap.id });
  expect(v1).toMatchObject({ ok: true, data: { number: 1 } });
  const action = await t.db.action.findFirstOrThrow({ where: { roadmapId: f.roadmap.id }, orderBy: { order: 'asc' } });
  // In review, the draft cannot be edited.
  expect(await runAction(updateAction, coordinator, { actionId: action.id, version: 1, fields: { title: 'Trop tard', leadEntityId: f.ministry.id, priority: 'LOW' } })).toEqual({ ok: false, error: 'roadmap.notEditable' });

  expect(await runAction(addComment, reviewer, { roadmapId: f.roadmap.id, targetType: 'ACTION', targetId: action.id, body: 'Préciser le calendrier, @coordinator@x.example' })).toMatchObject({ ok: true });
  expect(await runAction(decideVersion, reviewer, { roadmapId: f.roadmap.id, number: 1, decision: 'REQUEST_CHANGES', note: '' })).toMatchObject({ ok: false, error: 'form.invalid' });
  expect(await runAction(decideVersion, reviewer, { roadmapId: f.roadmap.id, number: 1, decision: 'REQUEST_CHANGES', note: 'Préciser le calendrier de la première action.' })).toEqual({ ok: true, data: { status: 'CHANGES_REQUESTED' } });
  expect(await t.db.notification.count({ where: { kind: 'roadmapMention' } })).toBe(1);
  expect(await t.db.outboxMail.count({ where: { subject: { contains: 'modifications demandées' } } })).toBe(1);

  expect(await runAction(updateAction, coordinator, { actionId: action.id, version: 1, fields: await fieldsOf(action.id, { startPeriod: '2025-T1', endPeriod: '2025-T3' }) })).toMatchObject({ ok: true });
  expect(await runAction(submitVersion, coordinator, { roadmapId: f.roadmap.id })).toMatchObject({ ok: true, data: { number: 2 } });

  const versions = await t.db.roadmapVersion.findMany({ where: { roadmapId: f.roadmap.id }, orderBy: { number: 'asc' } });
  const [s1, s2] = versions.map((v) => snapshotSchema.parse(v.snapshot) as RoadmapSnapshot);
  expect(s1.actions[0].startPeriod).toBeNull();
  const diff = diffVersions(s1, s2);
  // Each item carries the code the page and the PDF give it (lib/roadmap/numbering.ts).
  expect(diff.actions).toEqual([{ id: action.id, code: '1.1.1', title: action.title, kind: 'changed', fields: [{ field: 'startPeriod', before: '', after: '2025-T1' }, { field: 'endPeriod', before: '', after: '2025-T3' }] }]);
  expect(diff.objectives).toEqual([]);

  expect(await runAction(decideVersion, reviewer, { roadmapId: f.roadmap.id, number: 1, decision: 'APPROVE', note: '' })).toEqual({ ok: false, error: 'roadmap.notInReview' });
  // Approval renders the approved PDFs (fr, en) ahead of the first download, as submission does.
  const rendered: string[] = [];
  setPdfPrerenderer(async (doc) => {
    rendered.push(`${doc.locale}:${doc.status}:v${doc.versionNumber}`);
    return { bytes: new TextEncoder().encode('%PDF fake'), pages: 1, ms: 1 };
  });
  try {
    expect(await runAction(decideVersion, reviewer, { roadmapId: f.roadmap.id, number: 2, decision: 'APPROVE', note: 'Bon pour signature.' })).toEqual({ ok: true, data: { status: 'APPROVED' } });
    await settlePrerenders();
  } finally {
    setPdfPrerenderer(null);
  }
  expect(rendered).toEqual(['fr:approved:v2', 'en:approved:v2']);
  expect(await runAction(updateAction, coordinator, { actionId: action.id, version: 2, fields: { title: 'Après approbation', leadEntityId: f.ministry.id, priority: 'LOW' } })).toEqual({ ok: false, error: 'roadmap.notEditable' });
  // Version 1 still reads as it was submitted.
  expect(snapshotSchema.parse((await t.db.roadmapVersion.findFirstOrThrow({ where: { number: 1 } })).snapshot)).toEqual(s1);
});
