// The versioned-save engine (lib/versioned-save/versioned-save.ts) through its two forms,
// answers and findings: a retry of a save that was written but whose reply was lost is
// recognised by its save id even when the person typed more since (the new text goes on
// top, no conflict against their own text); a real conflict answers with both texts and
// writes nothing.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { runAction } from '@/lib/actions/define-action';
import { saveFinding } from '@/lib/assessment/save-finding';
import { saveResponse } from '@/lib/assessment/save-response';
import type { SessionUser } from '@/lib/auth/session-user';
import { freshDb, type TestDb } from '../helpers/fresh-db';
import { contextFor, questionnaireWorld, type QuestionnaireWorld } from '../helpers/questionnaire-fixture';

let t: TestDb;
let w: QuestionnaireWorld;
beforeEach(async () => {
  t = await freshDb();
  w = await questionnaireWorld(t.db);
});
afterEach(async () => {
  await t?.dispose();
});

type Save = { baseVersion: number; base: Record<string, unknown>; changes: Record<string, unknown>; saveId?: string };

const answer = (user: SessionUser, s: Save) =>
  runAction(saveResponse, contextFor(t.db, t.provider, user), { assessmentId: w.assessment.id, entityId: w.entities.pac.id, questionId: w.questions.gov1.id, ...s });
const finding = (user: SessionUser, s: Save) =>
  runAction(saveFinding, contextFor(t.db, t.provider, user), { assessmentId: w.assessment.id, questionId: w.questions.gov1.id, ...s });

const forms = [
  { name: 'an answer', save: answer, field: 'gaps', author: () => w.users.pac1, other: () => w.users.pac2 as SessionUser | null, twoPeople: true, revisions: () => t.db.responseRevision.findMany({ orderBy: { version: 'asc' } }) },
  { name: 'a finding', save: finding, field: 'gaps', author: () => w.users.coordinator, other: () => null as SessionUser | null, twoPeople: false, revisions: () => t.db.formRevision.findMany({ where: { form: 'Finding' }, orderBy: { version: 'asc' } }) },
] as const;

for (const form of forms) {
  test(`${form.name}: a retry after a lost reply, with more text typed since, goes on top without a conflict`, async () => {
    const me = form.author();
    const f = form.field;
    // Try 1 is written; its reply is lost, so the browser still thinks it started from ''.
    const first = await form.save(me, { baseVersion: 0, base: { [f]: '' }, changes: { [f]: 'Aucun plan' }, saveId: 'save-lost-reply-1' });
    expect(first).toMatchObject({ ok: true, data: { status: 'saved', version: 1 } });
    // The retry carries the same id, the same old base, and what was typed meanwhile.
    const retry = await form.save(me, { baseVersion: 0, base: { [f]: '' }, changes: { [f]: 'Aucun plan approuvé' }, saveId: 'save-lost-reply-1' });
    expect(retry).toMatchObject({ ok: true, data: { status: 'saved', version: 2, conflicts: [] } });
    expect(retry.ok && retry.data.values[f as 'gaps']).toBe('Aucun plan approuvé');
    const revs = await form.revisions();
    expect(revs.map((r) => [r.version, r.saveId, r.after])).toEqual([
      [1, 'save-lost-reply-1', { [f]: 'Aucun plan' }],
      [2, 'save-lost-reply-1', { [f]: 'Aucun plan approuvé' }],
    ]);
    // The same retry sent once more writes nothing and still says saved.
    const again = await form.save(me, { baseVersion: 0, base: { [f]: '' }, changes: { [f]: 'Aucun plan approuvé' }, saveId: 'save-lost-reply-1' });
    expect(again).toMatchObject({ ok: true, data: { status: 'saved', version: 2 } });
    expect(await form.revisions()).toHaveLength(2);
    // Without the id, the same retry is a conflict with the person's own earlier text: what the id prevents.
    const anonymous = await form.save(me, { baseVersion: 0, base: { [f]: '' }, changes: { [f]: 'Aucun plan approuvé, rien' } });
    expect(anonymous).toMatchObject({ ok: true, data: { status: 'conflict' } });
  });

  test(`${form.name}: someone else's change after the lost try is still a conflict, with both texts, and nothing is written`, async () => {
    const me = form.author();
    const f = form.field;
    await form.save(me, { baseVersion: 0, base: { [f]: '' }, changes: { [f]: 'Mon texte' }, saveId: 'save-lost-reply-2' });
    // Another save (another tab, or another person) rewrites the field.
    const other = await form.save(form.other() ?? me, { baseVersion: 1, base: { [f]: 'Mon texte' }, changes: { [f]: 'Leur texte' }, saveId: 'save-other-tab-1' });
    expect(other).toMatchObject({ ok: true, data: { status: 'saved', version: 2 } });
    const retry = await form.save(me, { baseVersion: 0, base: { [f]: '' }, changes: { [f]: 'Mon texte, complété' }, saveId: 'save-lost-reply-2' });
    expect(retry).toMatchObject({
      ok: true,
      data: { status: 'conflict', version: 2, values: { [f]: 'Leur texte' }, conflicts: [{ field: f, theirs: 'Leur texte', yours: 'Mon texte, complété' }] },
    });
    expect(await form.revisions()).toHaveLength(2);
  });

  // The fixture has one coordinator: the findings' second writer is the same person in another tab.
  if (form.twoPeople) test(`${form.name}: a save id is only recognised for the person who sent it`, async () => {
    const other = form.other()!;
    const f = form.field;
    await form.save(form.author(), { baseVersion: 0, base: { [f]: '' }, changes: { [f]: 'Texte A' }, saveId: 'save-shared-id-1' });
    // Someone replaying another person's id does not get their base: a conflict.
    const replay = await form.save(other, { baseVersion: 0, base: { [f]: '' }, changes: { [f]: 'Texte B' }, saveId: 'save-shared-id-1' });
    expect(replay).toMatchObject({ ok: true, data: { status: 'conflict', conflicts: [{ field: f, theirs: 'Texte A', yours: 'Texte B' }] } });
  });
}

test('a save id that is not of the expected form is refused', async () => {
  const r = await answer(w.users.pac1, { baseVersion: 0, base: { gaps: '' }, changes: { gaps: 'x' }, saveId: 'pas un id !' });
  expect(r.ok).toBe(false);
});

test('the database refuses to change or delete a finding revision', async () => {
  await finding(w.users.coordinator, { baseVersion: 0, base: { gaps: '' }, changes: { gaps: 'Constat' }, saveId: 'save-append-only' });
  const rev = await t.db.formRevision.findFirstOrThrow();
  expect(rev).toMatchObject({ form: 'Finding', countryId: w.country.id, actorId: w.users.coordinator.id, version: 1, before: { gaps: '' }, after: { gaps: 'Constat' } });
  await expect(t.db.formRevision.update({ where: { id: rev.id }, data: { after: { gaps: 'falsifié' } } })).rejects.toThrow();
  await expect(t.db.formRevision.deleteMany({})).rejects.toThrow();
  expect((await t.db.formRevision.findFirstOrThrow()).after).toEqual({ gaps: 'Constat' });
});
