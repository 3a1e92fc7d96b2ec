// Setting an assessment up and following it: consultation facts, participants (with the
// inline addition to the register), bulk assignment, the status workflow, reminders,
// progress, the consolidation views and the exports.
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { runAction } from '@/lib/actions/define-action';
import { addEntities } from '@/lib/assessment/add-entities';
import { assignQuestions } from '@/lib/assessment/assign-questions';
import { createAssessment } from '@/lib/assessment/create-assessment';
import { createEntity } from '@/lib/assessment/create-entity';
import { exportCsv } from '@/lib/assessment/export-csv';
import { getExportTable } from '@/lib/assessment/export-table';
import { exportXlsx } from '@/lib/assessment/export-xlsx';
import { getConsolidation } from '@/lib/assessment/get-consolidation';
import { getProgress } from '@/lib/assessment/get-progress';
import { getQuestionConsolidation } from '@/lib/assessment/get-question-consolidation';
import { getQuestionnaire } from '@/lib/assessment/get-questionnaire';
import { getResults } from '@/lib/assessment/get-results';
import { removeEntity } from '@/lib/assessment/remove-entity';
import { saveFinding } from '@/lib/assessment/save-finding';
import { saveResponse } from '@/lib/assessment/save-response';
import { sendReminders } from '@/lib/assessment/send-reminders';
import { setStatus } from '@/lib/assessment/set-status';
import { updateConsultation } from '@/lib/assessment/update-consultation';
import type { SessionUser } from '@/lib/auth/session-user';
import { freshDb, type TestDb } from '../helpers/fresh-db';
import { contextFor, questionnaireWorld, type QuestionnaireWorld } from '../helpers/questionnaire-fixture';

let t: TestDb;
let w: QuestionnaireWorld;
beforeEach(async () => {
  t = await freshDb();
  w = await questionnaireWorld(t.db, 'PREPARATION');
});
afterEach(async () => {
  await t?.dispose();
});

const as = (user: SessionUser) => contextFor(t.db, t.provider, user);

async function answer(user: SessionUser, entityId: string, questionId: string, changes: Record<string, unknown>) {
  const base = Object.fromEntries(Object.keys(changes).map((k) => [k, k === 'level' || k === 'priority' ? null : '']));
  const r = await runAction(saveResponse, as(user), { assessmentId: w.assessment.id, entityId, questionId, baseVersion: 0, base, changes });
  if (!r.ok || r.data.status !== 'saved') throw new Error(JSON.stringify(r));
}

test('a reviewer opens an assessment; the coordinator records the consultation and chooses participants', async () => {
  const created = await runAction(createAssessment, as(w.users.reviewer), { countryId: w.country.id, frameworkVersionId: w.fw.id, title: 'Deuxième cycle' });
  expect(created).toMatchObject({ ok: true });
  expect(await runAction(createAssessment, as(w.users.coordinator), { countryId: w.country.id, frameworkVersionId: w.fw.id, title: 'Interdit' }))
    .toEqual({ ok: false, error: 'auth.forbidden' });
  const id = created.ok ? created.data.id : '';
  expect(await t.db.assessment.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'PREPARATION', createdById: w.users.reviewer.id });

  const facts = {
    assessmentId: id, title: 'Consultations approfondies', place: 'Cotonou', startsOn: '2024-09-18', endsOn: '2024-09-20',
    organisers: ['UNOCT', 'CTED', 'UNOCT'], officialsCount: 30, coordinatingEntityId: w.entities.misp.id,
  };
  expect(await runAction(updateConsultation, as(w.users.coordinator), facts)).toMatchObject({ ok: true });
  expect(await t.db.assessment.findUniqueOrThrow({ where: { id } })).toMatchObject({
    place: 'Cotonou', organisers: ['UNOCT', 'CTED'], officialsCount: 30, startsOn: new Date('2024-09-18T00:00:00Z'),
  });
  expect(await runAction(updateConsultation, as(w.users.coordinator), { ...facts, endsOn: '2024-09-01' }))
    .toMatchObject({ ok: false, fields: { endsOn: ['assessment.endBeforeStart'] } });

  expect(await runAction(addEntities, as(w.users.coordinator), { assessmentId: id, entityIds: [w.entities.misp.id, w.entities.pac.id] })).toEqual({ ok: true, data: { added: 2 } });
  expect(await runAction(addEntities, as(w.users.coordinator), { assessmentId: id, entityIds: [w.entities.pac.id] })).toEqual({ ok: true, data: { added: 0 } });
  const created2 = await runAction(createEntity, as(w.users.coordinator), { assessmentId: id, code: 'anssi', nameFr: 'Agence nationale de la sécurité des systèmes d’information', nameEn: 'National Cybersecurity Agency', kind: 'AGENCY' });
  expect(created2).toMatchObject({ ok: true });
  expect(await t.db.entity.findFirstOrThrow({ where: { code: 'ANSSI' } })).toMatchObject({ countryId: w.country.id });
  expect(await runAction(createEntity, as(w.users.coordinator), { assessmentId: id, code: 'ANSSI', nameFr: 'Doublon', nameEn: 'Duplicate', kind: 'AGENCY' }))
    .toMatchObject({ ok: false, fields: { code: ['assessment.codeTaken'] } });
  expect(await t.db.assessmentEntity.count({ where: { assessmentId: id } })).toBe(3);
  expect(await runAction(removeEntity, as(w.users.coordinator), { assessmentId: id, entityId: w.entities.pac.id })).toMatchObject({ ok: true });
  expect(await t.db.auditEvent.count({ where: { targetId: id } })).toBeGreaterThanOrEqual(4);
});

test('areas and single questions are assigned in bulk; collection opens only once something is assigned', async () => {
  const id = w.assessment.id;
  await t.db.assignment.deleteMany({ where: { assessmentId: id } });
  expect(await runAction(setStatus, as(w.users.coordinator), { assessmentId: id, status: 'COLLECTION' })).toEqual({ ok: false, error: 'assessment.nothingAssigned' });
  const r = await runAction(assignQuestions, as(w.users.coordinator), {
    assessmentId: id, entityIds: [w.entities.pac.id, w.entities.asin.id], areaIds: [w.areas.gov.id], questionIds: [w.questions.cip1.id],
  });
  expect(r).toEqual({ ok: true, data: { added: 8, removed: 0, kept: 0 } });
  expect(await runAction(assignQuestions, as(w.users.coordinator), { assessmentId: id, entityIds: [w.entities.pac.id], areaIds: [w.areas.gov.id] }))
    .toEqual({ ok: true, data: { added: 0, removed: 0, kept: 0 } });
  // An entity that does not take part cannot be assigned anything.
  expect(await runAction(assignQuestions, as(w.users.coordinator), { assessmentId: id, entityIds: [w.entities.spare.id], areaIds: [w.areas.gov.id] }))
    .toMatchObject({ ok: false, fields: { entityIds: ['assessment.notParticipant'] } });

  expect(await runAction(setStatus, as(w.users.coordinator), { assessmentId: id, status: 'CONSOLIDATION' })).toEqual({ ok: false, error: 'assessment.badTransition' });
  expect(await runAction(setStatus, as(w.users.coordinator), { assessmentId: id, status: 'COLLECTION' })).toEqual({ ok: true, data: { status: 'COLLECTION' } });
  await answer(w.users.pac1, w.entities.pac.id, w.questions.gov1.id, { level: '1' });
  // Taking back keeps what was already answered.
  expect(await runAction(assignQuestions, as(w.users.coordinator), { assessmentId: id, entityIds: [w.entities.pac.id], areaIds: [w.areas.gov.id], mode: 'remove' }))
    .toEqual({ ok: true, data: { added: 0, removed: 2, kept: 1 } });
  expect(await runAction(removeEntity, as(w.users.coordinator), { assessmentId: id, entityId: w.entities.pac.id })).toEqual({ ok: false, error: 'assessment.entityHasAnswers' });
  await runAction(setStatus, as(w.users.coordinator), { assessmentId: id, status: 'CONSOLIDATION' });
  await runAction(setStatus, as(w.users.coordinator), { assessmentId: id, status: 'CLOSED' });
  expect(await runAction(addEntities, as(w.users.coordinator), { assessmentId: id, entityIds: [w.entities.spare.id] })).toEqual({ ok: false, error: 'assessment.closed' });
  expect(await runAction(setStatus, as(w.users.coordinator), { assessmentId: id, status: 'CONSOLIDATION' })).toMatchObject({ ok: true });
});

test('progress per entity and area, who has not started, and reminders in each contributor’s language', async () => {
  await t.db.assessment.update({ where: { id: w.assessment.id }, data: { status: 'COLLECTION' } });
  await answer(w.users.pac1, w.entities.pac.id, w.questions.gov1.id, { level: '2', gaps: 'Pas de plan.' });
  await answer(w.users.pac1, w.entities.pac.id, w.questions.gov2.id, { gaps: 'Commencé, sans niveau' });
  await answer(w.users.asin, w.entities.asin.id, w.questions.gov1.id, { level: 'NA' });
  const p = await getProgress(t.db, w.assessment.id, 'fr');
  expect(p).toMatchObject({ assigned: 13, answered: 2, percent: 15 });
  expect(p.entities.find((e) => e.code === 'PAC')).toMatchObject({ assigned: 5, answered: 1, percent: 20, started: true, contributors: 2 });
  expect(p.notStarted.map((e) => e.code)).toEqual(['MISP']);
  expect(p.areas.map((a) => [a.code, a.assigned, a.answered])).toEqual([['GOV', 9, 2], ['CIP', 4, 0]]);

  const r = await runAction(sendReminders, as(w.users.coordinator), { assessmentId: w.assessment.id, entityIds: [w.entities.pac.id, w.entities.misp.id] });
  expect(r).toEqual({ ok: true, data: { sent: 2, withoutContributor: 1 } });
  const mails = await t.db.outboxMail.findMany({ orderBy: { to: 'asc' } });
  expect(mails.map((m) => m.to)).toEqual(['pac1@test.example', 'pac2@test.example']);
  expect(mails[0].text).toContain('4 questions attribuées à Port autonome de Cotonou');
  expect(mails[0].text).toContain(`/fr/assessments/${w.assessment.id}/entities/${w.entities.pac.id}`);
  expect(mails[1].subject).toContain('questions are waiting');

  const q = await getQuestionnaire(t.db, w.assessment.id, w.entities.asin.id, 'en');
  expect(q?.areas.map((a) => [a.code, a.questions.length])).toEqual([['GOV', 3]]);
  expect(q?.areas[0].questions[0]).toMatchObject({ code: 'GOV-01', text: 'Question GOV-01?', levels: ['Level 0 of GOV-01', 'Level 1 of GOV-01', 'Level 2 of GOV-01', 'Level 3 of GOV-01', 'Level 4 of GOV-01'], answer: { version: 1, values: { level: 'NA' } } });
});

test('consolidation: answers side by side, the finding with its own versions, the heat map and chart data', async () => {
  // Entities answer during collection; the coordinator consolidates afterwards (and may still correct).
  await t.db.assessment.update({ where: { id: w.assessment.id }, data: { status: 'COLLECTION' } });
  await answer(w.users.pac1, w.entities.pac.id, w.questions.gov1.id, { level: '1', gaps: 'Aucune stratégie adoptée.' });
  await answer(w.users.asin, w.entities.asin.id, w.questions.gov1.id, { level: '3' });
  await answer(w.users.asin, w.entities.asin.id, w.questions.gov2.id, { level: '4' });
  await t.db.assessment.update({ where: { id: w.assessment.id }, data: { status: 'CONSOLIDATION' } });
  await answer(w.users.coordinator, w.entities.misp.id, w.questions.gov1.id, { level: 'DK' });

  const q = await getQuestionConsolidation(t.db, w.assessment.id, w.questions.gov1.id, 'fr');
  expect(q?.answers.map((a) => [a.code, a.values?.level ?? null])).toEqual([['ASIN', '3'], ['MISP', 'DK'], ['PAC', '1']]);
  expect(q).toMatchObject({ suggestedMaturity: 2, previousId: null, nextId: w.questions.gov2.id, finding: { version: 0 } });

  const save = (user: SessionUser, baseVersion: number, base: object, changes: object) =>
    runAction(saveFinding, as(user), { assessmentId: w.assessment.id, questionId: w.questions.gov1.id, baseVersion, base, changes });
  expect(await save(w.users.coordinator, 0, { maturity: null, gaps: '' }, { maturity: '2', gaps: 'Pas de stratégie nationale adoptée.' })).toMatchObject({ ok: true, data: { status: 'saved', version: 1 } });
  expect(await save(w.users.coordinator, 0, { gaps: '' }, { gaps: 'Autre texte' })).toMatchObject({ ok: true, data: { status: 'conflict', conflicts: [{ field: 'gaps' }] } });
  expect(await save(w.users.pac1, 1, { gaps: '' }, { gaps: 'x' })).toEqual({ ok: false, error: 'auth.forbidden' });
  await save(w.users.coordinator, 1, { priority: null }, { priority: 'HIGH' });

  const grid = await getConsolidation(t.db, w.assessment.id, 'fr', { area: 'all' });
  expect(grid.entities.map((e) => e.code)).toEqual(['ASIN', 'MISP', 'PAC']);
  expect(grid.areas[0].questions[0]).toMatchObject({ code: 'GOV-01', cells: ['3', 'DK', '1'], finding: { maturity: 2, done: true } });
  expect(grid.areas[1].questions[0].cells).toEqual([null, '', '']);
  expect(grid).toMatchObject({ findings: 1, questions: 5, shown: 'all' });
  // One area at a time: by default the first with a finding left to write, or the one asked for.
  expect(grid.summary.find((s) => s.code === grid.areas[0].code)).toMatchObject({ findings: 1 });
  const byDefault = await getConsolidation(t.db, w.assessment.id, 'fr');
  expect(byDefault.shown).toBe(grid.summary.find((s) => s.findings < s.questions)!.code);
  expect(byDefault.areas.map((a) => a.code)).toEqual([byDefault.shown]);
  expect(byDefault.areas[0].questions).toEqual(grid.areas.find((a) => a.code === byDefault.shown)!.questions);
  const second = await getConsolidation(t.db, w.assessment.id, 'fr', { area: grid.areas[1].code });
  expect(second.areas).toEqual([grid.areas[1]]);
  expect((await getConsolidation(t.db, w.assessment.id, 'fr', { area: 'NOPE' })).shown).toBe(byDefault.shown);
  expect(second.summary).toEqual(grid.summary);

  const results = await getResults(t.db, w.assessment.id, 'fr');
  const gov = results.areas[0];
  expect(gov.cells.map((c) => c.mean)).toEqual([3.5, null, 1]);
  expect(gov).toMatchObject({ consolidated: 2, findings: 1, questions: 3 });
  expect(results.areas[1].cells[0]).toEqual({ mean: null, answered: 0, assigned: 0 });
});

test('exports: every assigned answer and every finding, in French or English, CSV and Excel', async () => {
  await t.db.assessment.update({ where: { id: w.assessment.id }, data: { status: 'COLLECTION' } });
  await answer(w.users.pac1, w.entities.pac.id, w.questions.gov1.id, { level: '2', gaps: '=HYPERLINK("http://x")', priority: 'HIGH', needs: 'Former, équiper ; "tester"' });
  await runAction(saveFinding, as(w.users.coordinator), { assessmentId: w.assessment.id, questionId: w.questions.gov1.id, baseVersion: 0, base: { maturity: null }, changes: { maturity: '2' } });

  const fr = await getExportTable(t.db, w.assessment.id, 'responses', 'fr');
  expect(fr.rows).toHaveLength(13);
  expect(fr.header.slice(0, 8)).toEqual(['Code domaine', 'Domaine', 'Code question', 'Question', 'Sigle entité', 'Entité', 'Niveau', 'Maturité (0-4)']);
  const pac = fr.rows.find((r) => r[2] === 'GOV-01' && r[4] === 'PAC')!;
  expect(pac.slice(6, 13)).toEqual(['2 – En développement', 2, '', '=HYPERLINK("http://x")', 'Former, équiper ; "tester"', '', 'Haute']);
  const csv = exportCsv(fr);
  expect(csv.startsWith('\uFEFFCode domaine,Domaine')).toBe(true);
  expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
  expect(csv).toContain('"Former, équiper ; ""tester"""');

  const en = await getExportTable(t.db, w.assessment.id, 'findings', 'en');
  expect(en.rows).toHaveLength(5);
  expect(en.rows[0].slice(0, 6)).toEqual(['GOV', 'Governance', 'GOV-01', 'Question GOV-01?', 2, '2 – Developing']);

  const xlsx = await exportXlsx({ title: 'Évaluation', rows: [['Pays', 'Bénin']] }, [fr, en]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
  expect(wb.worksheets.map((s) => s.name)).toEqual(['Évaluation', 'Réponses', 'Consolidated findings']);
  const sheet = wb.getWorksheet('Réponses')!;
  expect(sheet.rowCount).toBe(14);
  const cell = sheet.getRow(fr.rows.indexOf(pac) + 2).getCell(10);
  // Stored as text, never as a formula, and neutralised like the CSV (exports-formulas.test.ts).
  expect(cell.value).toBe(`'=HYPERLINK("http://x")`);
  expect(cell.formula).toBeUndefined();
});
