// Autosave and the audit trail (docs/decisions/006): every save is a revision, append-only;
// the trail gets one event per editing window of one person, and one per decision (level,
// priority); each revision names the event that covers it.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { runAction } from '@/lib/actions/define-action';
import { AUDIT_WINDOW_MS, recordSave } from '@/lib/assessment/record-save';
import { saveResponse } from '@/lib/assessment/save-response';
import { auditCsv, listAuditEvents } from '@/lib/audit/list-events';
import { auditAs } from '@/lib/audit/record-event';
import { loadSessionUser } from '@/lib/auth/session-user';
import type { SessionUser } from '@/lib/auth/session-user';
import { freshDb, type TestDb } from '../helpers/fresh-db';
import { contextFor, questionnaireWorld, type QuestionnaireWorld } from '../helpers/questionnaire-fixture';

let t: TestDb;
let w: QuestionnaireWorld;
let version = 0;
let gaps = '';
beforeEach(async () => {
  t = await freshDb();
  w = await questionnaireWorld(t.db);
  version = 0;
  gaps = '';
});
afterEach(async () => {
  await t?.dispose();
});

async function type(user: SessionUser, text: string, extra: Record<string, unknown> = {}, base: Record<string, unknown> = {}) {
  const r = await runAction(saveResponse, contextFor(t.db, t.provider, user), {
    assessmentId: w.assessment.id, entityId: w.entities.pac.id, questionId: w.questions.gov1.id, baseVersion: version, base: { gaps, ...base }, changes: { gaps: text, ...extra },
  });
  if (!r.ok || r.data.status !== 'saved') throw new Error(JSON.stringify(r));
  version = r.data.version;
  gaps = text;
  return r.data;
}
const events = () => t.db.auditEvent.findMany({ where: { action: 'response.save' }, orderBy: { at: 'asc' } });
const revisions = () => t.db.responseRevision.findMany({ orderBy: { version: 'asc' } });

test('twenty autosaves of one person typing make one audit event and twenty revisions', async () => {
  const sentence = 'Aucun plan de sûreté portuaire approuvé à ce jour';
  for (let i = 1; i <= 20; i++) await type(w.users.pac1, sentence.slice(0, Math.ceil((sentence.length * i) / 20)));
  const [event, ...more] = await events();
  expect(more).toHaveLength(0);
  expect(event).toMatchObject({ actorId: w.users.pac1.id, countryId: w.country.id, targetType: 'Response', before: { gaps: '' }, after: { version: 1 } });
  const revs = await revisions();
  expect(revs).toHaveLength(20);
  expect(revs.every((r) => r.auditEventId === event.id && r.actorId === w.users.pac1.id && r.countryId === w.country.id)).toBe(true);
  // The history is complete: each revision's "before" is the previous one's "after".
  for (let i = 1; i < revs.length; i++) expect(revs[i].before).toEqual(revs[i - 1].after);
  expect(revs.at(-1)!.after).toEqual({ gaps: sentence });
});

test('a level or priority change, another person, or an expired window opens a new event', async () => {
  await type(w.users.pac1, 'Plan');
  await type(w.users.pac1, 'Plan absent');
  expect(await events()).toHaveLength(1);
  await type(w.users.pac1, 'Plan absent', { level: '1' }, { level: null });
  expect(await events()).toHaveLength(2);
  expect((await events())[1]).toMatchObject({ before: { level: null }, after: { level: '1' } });
  await type(w.users.pac2, 'Plan absent ; exercice prévu');
  expect(await events()).toHaveLength(3);
  await type(w.users.pac1, 'Plan absent ; exercice prévu en 2025');
  expect(await events()).toHaveLength(4);

  // The window is counted from the event that opened it, not from the last save.
  const row = await t.db.response.findFirstOrThrow();
  const later = new Date(Date.now() + AUDIT_WINDOW_MS + 1000);
  const opened = await recordSave(t.db, {
    responseId: row.id, version: version + 1, countryId: w.country.id, actorId: w.users.pac1.id, previousActorId: row.updatedById, before: { gaps }, after: { gaps: `${gaps}.` }, audit: auditAs({ actorId: w.users.pac1.id }),
  }, later);
  expect(opened.opened).toBe(true);
  expect(await events()).toHaveLength(5);
  expect(await t.db.responseRevision.count()).toBe(6);
});

test('the database refuses to change or delete a revision', async () => {
  await type(w.users.pac1, 'Texte');
  const rev = await t.db.responseRevision.findFirstOrThrow();
  await expect(t.db.responseRevision.update({ where: { id: rev.id }, data: { after: { gaps: 'falsifié' } } })).rejects.toThrow();
  await expect(t.db.responseRevision.deleteMany({})).rejects.toThrow();
  expect((await t.db.responseRevision.findFirstOrThrow()).after).toEqual({ gaps: 'Texte' });
});

test('the audit trail lists the saves behind each event; another country sees none of them', async () => {
  for (const text of ['Plan', 'Plan absent', 'Plan absent ; exercice']) await type(w.users.pac1, text);
  await type(w.users.pac1, 'Plan absent ; exercice', { level: '1' }, { level: null });
  const rows = (await listAuditEvents(t.db, w.users.coordinator, {})).filter((r) => r.action === 'response.save');
  expect(rows.map((r) => r.saves.map((s) => [s.version, s.fields]))).toEqual([[[4, ['level']]], [[1, ['gaps']], [2, ['gaps']], [3, ['gaps']]]]);
  const csv = auditCsv(rows, ['when', 'who', 'what', 'target', 'id', 'from', 'before', 'after', 'saves']);
  expect(csv.trim().split('\r\n').map((l) => l.split(',').at(-1))).toEqual(['saves', '1', '3']);

  const other = await t.db.country.create({ data: { code: 'TG' } });
  const stranger = await t.db.user.create({ data: { email: 'coord.tg@test.example', name: 'Coordination Togo', twoFactorEnabled: true, memberships: { create: { role: 'COORDINATOR', countryId: other.id } } } });
  expect(await listAuditEvents(t.db, (await loadSessionUser(t.db, stranger.id))!, {})).toEqual([]);
});
