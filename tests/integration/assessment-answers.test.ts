// Saving answers: versions, field-by-field merge, conflicts that return both texts, retries
// that are acknowledged without writing twice, and two sessions racing on the same answer.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { runAction } from '@/lib/actions/define-action';
import { saveResponse, type AnswerSaved } from '@/lib/assessment/save-response';
import type { SessionUser } from '@/lib/auth/session-user';
import type { Result } from '@/lib/result';
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

type Save = { baseVersion: number; base: Record<string, unknown>; changes: Record<string, unknown>; questionId?: string; entityId?: string };

function save(user: SessionUser, s: Save): Promise<Result<AnswerSaved>> {
  return runAction(saveResponse, contextFor(t.db, t.provider, user), {
    assessmentId: w.assessment.id, entityId: s.entityId ?? w.entities.pac.id, questionId: s.questionId ?? w.questions.gov1.id,
    baseVersion: s.baseVersion, base: s.base, changes: s.changes,
  });
}

const stored = () =>
  t.db.response.findUniqueOrThrow({
    where: { assessmentId_entityId_questionId: { assessmentId: w.assessment.id, entityId: w.entities.pac.id, questionId: w.questions.gov1.id } },
  });

test('the first save creates version 1, the next ones count up, each with its audit event', async () => {
  const first = await save(w.users.pac1, { baseVersion: 0, base: { level: null, gaps: '' }, changes: { level: '2', gaps: 'Pas de plan de sûreté approuvé.' } });
  expect(first).toMatchObject({ ok: true, data: { status: 'saved', version: 1, values: { level: '2', gaps: 'Pas de plan de sûreté approuvé.', needs: '' }, updatedBy: 'Rachidi Bio' } });
  expect(await stored()).toMatchObject({ state: 'ANSWERED', maturity: 2, version: 1, updatedById: w.users.pac1.id });

  const second = await save(w.users.pac1, { baseVersion: 1, base: { level: '2' }, changes: { level: 'NA' } });
  expect(second).toMatchObject({ ok: true, data: { status: 'saved', version: 2, values: { level: 'NA' } } });
  expect(await stored()).toMatchObject({ state: 'NOT_APPLICABLE', maturity: null, version: 2 });

  const third = await save(w.users.pac1, { baseVersion: 2, base: { level: 'NA' }, changes: { level: 'DK' } });
  expect(third.ok && third.data.version).toBe(3);
  expect(await stored()).toMatchObject({ state: 'DONT_KNOW', maturity: null });

  const events = await t.db.auditEvent.findMany({ where: { action: 'response.save' }, orderBy: { at: 'asc' } });
  expect(events).toHaveLength(3);
  expect(events[0]).toMatchObject({ actorId: w.users.pac1.id, countryId: w.country.id, before: { level: null, gaps: '' }, after: { level: '2', version: 1 } });
  expect(events[1]).toMatchObject({ before: { level: '2' }, after: { level: 'NA', version: 2 } });
});

test('a retried save whose text is already stored is acknowledged without writing again', async () => {
  const s = { baseVersion: 0, base: { achievements: '' }, changes: { achievements: 'Un plan ORSEC existe.' } };
  expect(await save(w.users.pac1, s)).toMatchObject({ ok: true, data: { status: 'saved', version: 1 } });
  // The acknowledgement was lost on a bad connection: the client sends the same save again.
  expect(await save(w.users.pac1, s)).toMatchObject({ ok: true, data: { status: 'saved', version: 1, values: { achievements: 'Un plan ORSEC existe.' } } });
  expect(await t.db.auditEvent.count({ where: { action: 'response.save' } })).toBe(1);
});

test('saves of different fields started from the same version are merged, not overwritten', async () => {
  await save(w.users.pac1, { baseVersion: 0, base: { gaps: '' }, changes: { gaps: 'Base' } });
  // Both open version 1; one writes the gaps, the other the needs.
  expect(await save(w.users.pac1, { baseVersion: 1, base: { gaps: 'Base' }, changes: { gaps: 'Lacunes de Rachidi' } })).toMatchObject({ ok: true, data: { version: 2 } });
  const r = await save(w.users.pac2, { baseVersion: 1, base: { needs: '' }, changes: { needs: 'Besoins d’Aïcha' } });
  expect(r).toMatchObject({ ok: true, data: { status: 'saved', version: 3, values: { gaps: 'Lacunes de Rachidi', needs: 'Besoins d’Aïcha' } } });
  expect(await stored()).toMatchObject({ gaps: 'Lacunes de Rachidi', needs: 'Besoins d’Aïcha', version: 3 });
});

test('a save on a field someone else changed meanwhile is a conflict with both texts, and changes nothing', async () => {
  await save(w.users.pac1, { baseVersion: 0, base: { gaps: '' }, changes: { gaps: 'Texte commun' } });
  await save(w.users.pac1, { baseVersion: 1, base: { gaps: 'Texte commun' }, changes: { gaps: 'Version de Rachidi' } });
  const r = await save(w.users.pac2, { baseVersion: 1, base: { gaps: 'Texte commun', needs: '' }, changes: { gaps: 'Version d’Aïcha', needs: 'Formation' } });
  expect(r).toMatchObject({
    ok: true,
    data: { status: 'conflict', version: 2, values: { gaps: 'Version de Rachidi', needs: '' }, updatedBy: 'Rachidi Bio', conflicts: [{ field: 'gaps', theirs: 'Version de Rachidi', yours: 'Version d’Aïcha' }] },
  });
  // Nothing was written, not even the field that did not conflict: the writer decides first.
  expect(await stored()).toMatchObject({ gaps: 'Version de Rachidi', needs: '', version: 2 });
  // Aïcha merges both texts and saves from the version the conflict showed her.
  const merged = 'Version de Rachidi\nVersion d’Aïcha';
  expect(await save(w.users.pac2, { baseVersion: 2, base: { gaps: 'Version de Rachidi', needs: '' }, changes: { gaps: merged, needs: 'Formation' } }))
    .toMatchObject({ ok: true, data: { status: 'saved', version: 3 } });
  expect(await stored()).toMatchObject({ gaps: merged, needs: 'Formation' });
});

test('two sessions saving different text on the same answer at once: one wins, the other gets both texts, nothing acknowledged is lost', async () => {
  let version = 0;
  let text = '';
  for (let round = 1; round <= 12; round++) {
    const mine = `Rachidi, tour ${round}`;
    const theirs = `Aïcha, tour ${round}`;
    const [a, b] = await Promise.all([
      save(w.users.pac1, { baseVersion: version, base: { gaps: text }, changes: { gaps: mine } }),
      save(w.users.pac2, { baseVersion: version, base: { gaps: text }, changes: { gaps: theirs } }),
    ]);
    if (!a.ok || !b.ok) throw new Error(`round ${round}: ${JSON.stringify([a, b])}`);
    const outcomes = [a.data.status, b.data.status].sort();
    expect(outcomes, `round ${round}`).toEqual(['conflict', 'saved']);
    const [won, lost] = a.data.status === 'saved' ? [a.data, b.data] : [b.data, a.data];
    const wonText = won === a.data ? mine : theirs;
    const lostText = won === a.data ? theirs : mine;
    expect(won).toMatchObject({ version: version + 1, values: { gaps: wonText } });
    expect(lost).toMatchObject({ version: version + 1, conflicts: [{ field: 'gaps', theirs: wonText, yours: lostText }] });
    // What was acknowledged is what the database holds.
    expect(await stored()).toMatchObject({ gaps: wonText, version: version + 1 });
    version += 1;
    text = wonText;
  }
  // Every acknowledged save is a revision holding exactly the text that was acknowledged,
  // and each names an audit event (consecutive saves by one person share one: ADR 006).
  const revisions = await t.db.responseRevision.findMany({ orderBy: { version: 'asc' } });
  expect(revisions.map((r) => r.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  const events = await t.db.auditEvent.findMany({ where: { action: 'response.save' }, select: { id: true } });
  expect(events.length).toBeGreaterThanOrEqual(1);
  expect(events.length).toBeLessThanOrEqual(12);
  for (const r of revisions) expect(events.map((e) => e.id)).toContain(r.auditEventId);
  expect((revisions.at(-1)!.after as { gaps: string }).gaps).toBe(text);
});

test('many sessions saving different fields at once all land', async () => {
  await save(w.users.pac1, { baseVersion: 0, base: { gaps: '' }, changes: { gaps: '-' } });
  const fields = ['achievements', 'gaps', 'needs', 'assistanceNeeded', 'evidence'] as const;
  const results = await Promise.all(
    fields.map((f, i) => save(i % 2 ? w.users.pac1 : w.users.pac2, { baseVersion: 1, base: { [f]: f === 'gaps' ? '-' : '' }, changes: { [f]: `texte ${f}` } })),
  );
  expect(results.map((r) => r.ok && r.data.status)).toEqual(fields.map(() => 'saved'));
  const row = await stored();
  for (const f of fields) expect(row[f]).toBe(`texte ${f}`);
  expect(row.version).toBe(1 + fields.length);
});

describe('what a save may not do', () => {
  test('answer for another entity, or a question not assigned to the entity', async () => {
    expect(await save(w.users.asin, { baseVersion: 0, base: { gaps: '' }, changes: { gaps: 'x' } })).toEqual({ ok: false, error: 'auth.forbidden' });
    expect(await save(w.users.asin, { entityId: w.entities.asin.id, questionId: w.questions.cip1.id, baseVersion: 0, base: { gaps: '' }, changes: { gaps: 'x' } }))
      .toEqual({ ok: false, error: 'auth.forbidden' });
    expect(await save(w.users.reviewer, { baseVersion: 0, base: { gaps: '' }, changes: { gaps: 'x' } })).toEqual({ ok: false, error: 'auth.forbidden' });
    // The coordinator may correct any entity's answer.
    expect(await save(w.users.coordinator, { baseVersion: 0, base: { gaps: '' }, changes: { gaps: 'x' } })).toMatchObject({ ok: true, data: { status: 'saved' } });
  });

  test('write while the assessment is in preparation or closed', async () => {
    for (const status of ['PREPARATION', 'CLOSED'] as const) {
      await t.db.assessment.update({ where: { id: w.assessment.id }, data: { status } });
      expect(await save(w.users.pac1, { baseVersion: 0, base: { gaps: '' }, changes: { gaps: 'x' } })).toEqual({ ok: false, error: 'questionnaire.closed' });
    }
    expect(await t.db.response.count()).toBe(0);
  });

  test('name a version the server never had, send control characters or too much text', async () => {
    expect(await save(w.users.pac1, { baseVersion: 5, base: { gaps: '' }, changes: { gaps: 'x' } })).toEqual({ ok: false, error: 'questionnaire.unknownVersion' });
    expect(await save(w.users.pac1, { baseVersion: 0, base: { gaps: '' }, changes: { gaps: 'a\u0000b' } })).toMatchObject({ ok: false, fields: { 'changes.gaps': ['form.invalidCharacters'] } });
    expect(await save(w.users.pac1, { baseVersion: 0, base: { gaps: '' }, changes: { gaps: 'x'.repeat(10_001) } })).toMatchObject({ ok: false, fields: { 'changes.gaps': ['form.tooLong'] } });
    expect(await save(w.users.pac1, { baseVersion: 0, base: {}, changes: { gaps: 'x' } })).toMatchObject({ ok: false, error: 'form.invalid' });
    expect(await save(w.users.pac1, { baseVersion: 0, base: { level: null }, changes: { level: '5' } })).toMatchObject({ ok: false, error: 'form.invalid' });
    expect(await save(w.users.pac1, { baseVersion: 0, base: { state: null }, changes: { state: 'ANSWERED' } })).toMatchObject({ ok: false, error: 'form.invalid' });
    expect(await t.db.response.count()).toBe(0);
  });

  test('text is stored exactly as typed, spaces and HTML included', async () => {
    const typed = '  <b>Plan</b> de sûreté du port ; voir « PSP 2023 »  \n';
    expect(await save(w.users.pac1, { baseVersion: 0, base: { evidence: '' }, changes: { evidence: typed } })).toMatchObject({ ok: true, data: { values: { evidence: typed } } });
    expect((await stored()).evidence).toBe(typed);
  });
});
