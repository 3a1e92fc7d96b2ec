// Evidence files on an answer, against a real database: stored with their SHA-256 and the
// type found in their bytes, read back only by those who may read the answer (never across
// countries), refused when too large, of the wrong kind or too many, changed only while the
// step allows it, and every upload and deletion audited without the bytes.
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { runAction } from '@/lib/actions/define-action';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_ANSWER } from '@/lib/assessment/attachment-rules';
import { deleteAttachment } from '@/lib/assessment/delete-attachment';
import { getAttachmentFile } from '@/lib/assessment/get-attachment-file';
import { getExportTable } from '@/lib/assessment/export-table';
import { getQuestionConsolidation } from '@/lib/assessment/get-question-consolidation';
import { getQuestionnaire } from '@/lib/assessment/get-questionnaire';
import { saveResponse } from '@/lib/assessment/save-response';
import { uploadAttachment } from '@/lib/assessment/upload-attachment';
import { readableCountries } from '@/lib/auth/can';
import { scopedDb } from '@/lib/auth/scoped-db';
import { loadSessionUser, type SessionUser } from '@/lib/auth/session-user';
import { DOCM, DOCX, EXE, ODT, PDF, PLAIN_ZIP, PNG, TEXT } from '../helpers/files';
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

function upload(user: SessionUser, filename: string, content: Uint8Array, to: { entityId?: string; questionId?: string; assessmentId?: string } = {}) {
  return runAction(uploadAttachment, contextFor(t.db, t.provider, user), {
    assessmentId: to.assessmentId ?? w.assessment.id, entityId: to.entityId ?? w.entities.pac.id, questionId: to.questionId ?? w.questions.gov1.id, filename, content,
  });
}
const remove = (user: SessionUser, attachmentId: string) => runAction(deleteAttachment, contextFor(t.db, t.provider, user), { attachmentId });
/** As the download route reads: through the user's country-scoped client. */
const download = (user: SessionUser, attachmentId: string, assessmentId = w.assessment.id) =>
  getAttachmentFile(scopedDb(t.db, readableCountries(user)), user, assessmentId, attachmentId);

async function otherCountry() {
  const country = await t.db.country.create({ data: { code: 'TG' } });
  const entity = await t.db.entity.create({ data: { countryId: country.id, code: 'TG-PORT', nameFr: 'Port de Lomé', nameEn: 'Port of Lomé', kind: 'SOE' } });
  const assessment = await t.db.assessment.create({
    data: {
      countryId: country.id, frameworkVersionId: w.fw.id, title: 'Lomé', organisers: [], status: 'COLLECTION',
      entities: { create: [{ entityId: entity.id }] }, assignments: { create: [{ entityId: entity.id, questionId: w.questions.gov1.id }] },
    },
  });
  const u = await t.db.user.create({ data: { email: 'coord@tg.example', name: 'Coordination TG', twoFactorEnabled: true, memberships: { create: { role: 'COORDINATOR', countryId: country.id } } } });
  return { country, entity, assessment, coordinator: (await loadSessionUser(t.db, u.id))! };
}

test('a contributor attaches a PDF: stored in the database with its hash, sniffed type and a clean name, audited without the bytes', async () => {
  const r = await upload(w.users.pac1, '../Plan de sûreté\u202E.pdf', PDF);
  expect(r).toMatchObject({ ok: true, data: { filename: 'Plan de sûreté_.pdf', mimeType: 'application/pdf', size: PDF.length, uploadedBy: 'Rachidi Bio' } });
  if (!r.ok) return;
  const row = await t.db.attachment.findUniqueOrThrow({ where: { id: r.data.id }, include: { response: true } });
  expect(row.sha256).toBe(createHash('sha256').update(PDF).digest('hex'));
  expect(Buffer.from(row.data).equals(Buffer.from(PDF))).toBe(true);
  // The answer had not been started: its row exists now, with nothing saved (version 0).
  expect(row.response).toMatchObject({ entityId: w.entities.pac.id, questionId: w.questions.gov1.id, version: 0, state: null });

  const events = await t.db.auditEvent.findMany({ where: { action: 'attachment.upload' } });
  expect(events).toHaveLength(1);
  expect(events[0]).toMatchObject({
    actorId: w.users.pac1.id, countryId: w.country.id, targetType: 'Attachment', targetId: r.data.id, ip: '203.0.113.20',
    after: { filename: 'Plan de sûreté_.pdf', size: PDF.length, sha256: row.sha256, mimeType: 'application/pdf' },
  });
  const json = JSON.stringify(events[0]);
  expect(json).not.toContain('%PDF');
  expect(json).not.toContain(Buffer.from(PDF).toString('base64').slice(0, 40));

  // The questionnaire lists it, and a save of the answer afterwards works from version 0.
  const view = await getQuestionnaire(t.db, w.assessment.id, w.entities.pac.id, 'fr');
  const q = view!.areas[0].questions.find((x) => x.id === w.questions.gov1.id)!;
  expect(q.answer.version).toBe(0);
  expect(q.attachments.map((a) => a.filename)).toEqual(['Plan de sûreté_.pdf']);
  const saved = await runAction(saveResponse, contextFor(t.db, t.provider, w.users.pac1), {
    assessmentId: w.assessment.id, entityId: w.entities.pac.id, questionId: w.questions.gov1.id, baseVersion: 0, base: { evidence: '' }, changes: { evidence: 'Voir le plan joint.' },
  });
  expect(saved).toMatchObject({ ok: true, data: { status: 'saved', version: 1 } });
});

test('accepted kinds are decided by the bytes, and the name must agree', async () => {
  for (const [name, bytes, mime] of [
    ['photo.png', PNG, 'image/png'], ['rapport.docx', DOCX, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['note.odt', ODT, 'application/vnd.oasis.opendocument.text'], ['décret.txt', TEXT, 'text/plain'],
  ] as const) {
    expect(await upload(w.users.pac1, name, bytes), name).toMatchObject({ ok: true, data: { mimeType: mime } });
  }
  for (const [name, bytes] of [
    ['plan.pdf', PNG], ['plan.pdf', EXE], ['setup.exe', EXE], ['rapport.docx', DOCM], ['archive.docx', PLAIN_ZIP], ['page.html', TEXT], ['rapport.xlsx', DOCX],
  ] as const) {
    expect(await upload(w.users.pac1, name, bytes), name).toEqual({ ok: false, error: 'attachment.typeNotAllowed' });
  }
  expect(await t.db.attachment.count()).toBe(4);
});

test('a file over 10 MB, an empty file, and one file more than the limit per answer are refused', async () => {
  const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
  big.set(PDF);
  expect(await upload(w.users.pac1, 'gros.pdf', big)).toEqual({ ok: false, error: 'attachment.tooLarge' });
  expect(await upload(w.users.pac1, 'vide.pdf', new Uint8Array())).toEqual({ ok: false, error: 'attachment.empty' });
  for (let i = 0; i < MAX_ATTACHMENTS_PER_ANSWER; i++) expect((await upload(w.users.pac1, `piece-${i}.pdf`, PDF)).ok).toBe(true);
  expect(await upload(w.users.pac1, 'une-de-trop.pdf', PDF)).toEqual({ ok: false, error: 'attachment.tooMany' });
  // Another answer has its own allowance.
  expect((await upload(w.users.pac1, 'autre.pdf', PDF, { questionId: w.questions.gov2.id })).ok).toBe(true);
  expect(await t.db.auditEvent.count({ where: { action: 'attachment.upload' } })).toBe(MAX_ATTACHMENTS_PER_ANSWER + 1);
});

test('who may read, attach and delete: the entity’s contributors and the coordination, never another entity or country', async () => {
  const r = await upload(w.users.pac1, 'plan.pdf', PDF);
  if (!r.ok) throw new Error(JSON.stringify(r));
  const id = r.data.id;
  // Readers of the answer: its entity's contributors, the country's coordination and reviewers.
  for (const u of [w.users.pac1, w.users.pac2, w.users.coordinator, w.users.reviewer]) expect((await download(u, id))?.sha256, u.name).toBe(r.data.sha256);
  // A contributor of another entity of the same country, and another country's coordinator.
  expect(await download(w.users.asin, id)).toBeNull();
  const tg = await otherCountry();
  expect(await download(tg.coordinator, id)).toBeNull();
  expect(await download(tg.coordinator, id, tg.assessment.id)).toBeNull();
  // The file is only found under its own assessment's address.
  expect(await download(w.users.coordinator, id, tg.assessment.id)).toBeNull();

  expect(await upload(w.users.asin, 'intrus.pdf', PDF)).toEqual({ ok: false, error: 'auth.forbidden' });
  expect(await upload(w.users.reviewer, 'avis.pdf', PDF)).toEqual({ ok: false, error: 'auth.forbidden' });
  expect(await upload(tg.coordinator, 'intrus.pdf', PDF)).toEqual({ ok: false, error: 'auth.forbidden' });
  // Nor may a contributor attach to another country's answer, or to a question not assigned.
  expect(await upload(w.users.pac1, 'x.pdf', PDF, { assessmentId: tg.assessment.id, entityId: tg.entity.id })).toEqual({ ok: false, error: 'auth.forbidden' });
  expect(await upload(w.users.asin, 'x.pdf', PDF, { entityId: w.entities.asin.id, questionId: w.questions.cip1.id })).toEqual({ ok: false, error: 'auth.forbidden' });

  expect(await remove(w.users.asin, id)).toEqual({ ok: false, error: 'auth.forbidden' });
  expect(await remove(tg.coordinator, id)).toEqual({ ok: false, error: 'auth.forbidden' });
  expect(await t.db.attachment.count()).toBe(1);

  // Another contributor of the same entity removes it; the trail keeps what it was.
  expect(await remove(w.users.pac2, id)).toEqual({ ok: true, data: { id } });
  expect(await t.db.attachment.count()).toBe(0);
  const event = await t.db.auditEvent.findFirstOrThrow({ where: { action: 'attachment.delete' } });
  expect(event).toMatchObject({ actorId: w.users.pac2.id, countryId: w.country.id, targetId: id, before: { filename: 'plan.pdf', sha256: r.data.sha256, size: PDF.length, uploadedById: w.users.pac1.id } });
  expect(await remove(w.users.pac2, id)).toEqual({ ok: false, error: 'auth.forbidden' });
});

test('after collection, contributors only read; the coordination still corrects during consolidation; nobody once closed', async () => {
  const r = await upload(w.users.pac1, 'plan.pdf', PDF);
  if (!r.ok) throw new Error(JSON.stringify(r));
  await t.db.assessment.update({ where: { id: w.assessment.id }, data: { status: 'CONSOLIDATION' } });
  const save = (user: SessionUser) =>
    runAction(saveResponse, contextFor(t.db, t.provider, user), {
      assessmentId: w.assessment.id, entityId: w.entities.pac.id, questionId: w.questions.gov1.id, baseVersion: 0, base: { gaps: '' }, changes: { gaps: `Par ${user.name}` },
    });
  expect(await save(w.users.pac1)).toEqual({ ok: false, error: 'questionnaire.collectionOver' });
  expect(await upload(w.users.pac1, 'tard.pdf', PDF)).toEqual({ ok: false, error: 'questionnaire.collectionOver' });
  expect(await remove(w.users.pac1, r.data.id)).toEqual({ ok: false, error: 'questionnaire.collectionOver' });
  // Reading is unchanged.
  expect(await download(w.users.pac1, r.data.id)).not.toBeNull();

  expect(await save(w.users.coordinator)).toMatchObject({ ok: true, data: { status: 'saved', version: 1 } });
  expect((await upload(w.users.coordinator, 'correction.pdf', PDF)).ok).toBe(true);
  expect((await remove(w.users.coordinator, r.data.id)).ok).toBe(true);

  await t.db.assessment.update({ where: { id: w.assessment.id }, data: { status: 'CLOSED' } });
  expect(await upload(w.users.coordinator, 'trop-tard.pdf', PDF)).toEqual({ ok: false, error: 'questionnaire.closed' });
  expect(await save(w.users.coordinator)).toEqual({ ok: false, error: 'questionnaire.closed' });
});

test('the coordinator sees the files beside each entity’s answer, and the export lists their names only', async () => {
  const r = await upload(w.users.pac1, 'Plan ORSEC.pdf', PDF);
  expect(r.ok).toBe(true);
  await upload(w.users.pac1, 'photo.png', PNG);
  const view = await getQuestionConsolidation(t.db, w.assessment.id, w.questions.gov1.id, 'fr');
  const pac = view!.answers.find((a) => a.id === w.entities.pac.id)!;
  expect(pac.attachments.map((a) => a.filename)).toEqual(['Plan ORSEC.pdf', 'photo.png']);
  // Only files, no answer saved yet: shown as not answered.
  expect(pac.values).toBeNull();

  for (const locale of ['fr', 'en'] as const) {
    const table = await getExportTable(t.db, w.assessment.id, 'responses', locale);
    const col = table.header.indexOf(locale === 'fr' ? 'Fichiers joints' : 'Attached files');
    expect(col).toBeGreaterThan(0);
    const row = table.rows.find((x) => x.includes('PAC') && x.includes('GOV-01'))!;
    expect(row[col]).toBe('Plan ORSEC.pdf; photo.png');
    expect(JSON.stringify(table)).not.toContain('%PDF');
  }
});
