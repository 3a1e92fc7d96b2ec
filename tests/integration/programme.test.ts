// The programme view and the next cycle on a real database (SQLite, and PostgreSQL when
// TEST_DATABASE_URL is set), on the demo: Benin and Togo assigned to the demo reviewer,
// Senegal seeded beside them and never shown to her, in no list, count, average, export or PDF.
import { beforeAll, afterAll, describe, expect, test } from 'vitest';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { renderRoadmapDocx } from '@/lib/docx/roadmap';
import { runAction } from '@/lib/actions/define-action';
import { exportCsv } from '@/lib/assessment/export-csv';
import { exportXlsx } from '@/lib/assessment/export-xlsx';
import { saveResponse } from '@/lib/assessment/save-response';
import { loadSessionUser, type SessionUser } from '@/lib/auth/session-user';
import { scopedDb } from '@/lib/auth/scoped-db';
import { readableCountries } from '@/lib/auth/can';
import { answerOf } from '@/lib/assessment/values';
import { renderBriefPdf } from '@/lib/pdf/brief/render';
import { briefDocument } from '@/lib/programme/brief-document';
import { compareCycles } from '@/lib/programme/compare-cycles';
import { confirmCarried } from '@/lib/programme/confirm-carried';
import { needsTable, requestsTable } from '@/lib/programme/export-requests';
import { getProgramme } from '@/lib/programme/get-programme';
import { implementationRates, periodCounts } from '@/lib/followup/dashboard';
import { startNextCycle } from '@/lib/programme/start-next-cycle';
import { saveFinding } from '@/lib/assessment/save-finding';
import { loadRoadmapDocument } from '@/lib/pdf/load';
import { renderRoadmapPdf } from '@/lib/pdf/render';
import { createRoadmap } from '@/lib/roadmap/create-roadmap';
import { generateDraftAction } from '@/lib/roadmap/generate-draft-action';
import { submitVersion } from '@/lib/roadmap/submit-version';
import { importShippedFrameworks } from '@/lib/seed/import-shipped-frameworks';
import { DEMO_USERS, seedDemo } from '@/lib/seed/seed-demo';
import { DEMO_ROADMAP_SLUG } from '@/lib/seed/seed-demo-roadmap';
import { freshDb, type TestDb } from '../helpers/fresh-db';
import { pageTexts, savePdf } from '../helpers/pdf-text';
import { contextFor } from '../helpers/questionnaire-fixture';

let t: TestDb;
let ids: { BJ: string; TG: string; SN: string };
const user = async (role: string, entity?: string) => {
  const email = DEMO_USERS.find((u) => u.role === role && (!entity || u.entity === entity))!.email;
  const u = await t.db.user.findUniqueOrThrow({ where: { email } });
  return (await loadSessionUser(t.db, u.id))!;
};
// The reviewer's view reads through her scoped client, as loadPage hands it.
const as = (u: SessionUser) => scopedDb(t.db, readableCountries(u));
const SENEGAL = /S[ée]n[ée]gal|Dakar|senegal-2025|\bSN\b|MISP-SN|PAD|BNSP/;

beforeAll(async () => {
  t = await freshDb();
  await importShippedFrameworks(t.db);
  await seedDemo(t.db);
  await seedDemo(t.db); // idempotent
  const c = await t.db.country.findMany({ select: { id: true, code: true } });
  ids = Object.fromEntries(c.map((x) => [x.code, x.id])) as typeof ids;
}, 240_000);
afterAll(async () => {
  await t?.dispose();
});

describe('the programme view', () => {
  test('the demo: three illustrative countries, the reviewer assigned to Benin and Togo only', async () => {
    expect(Object.keys(ids).sort()).toEqual(['BJ', 'SN', 'TG']);
    expect(await t.db.country.count({ where: { demo: false } })).toBe(0);
    const reviewer = await user('REVIEWER');
    expect(reviewer.memberships.filter((m) => m.role === 'REVIEWER').map((m) => m.countryId).sort()).toEqual([ids.BJ, ids.TG].sort());
    expect(await t.db.finding.count({ where: { assessment: { countryId: ids.TG } } })).toBeGreaterThan(40);
    expect(await t.db.assessment.findFirst({ where: { countryId: ids.SN }, select: { status: true } })).toEqual({ status: 'CLOSED' });
  });

  test('a reviewer sees Benin and Togo, and nothing of Senegal in any part, export or PDF', async () => {
    const reviewer = await user('REVIEWER');
    const p = await getProgramme(as(reviewer), reviewer, { locale: 'fr', now: new Date('2025-12-01T00:00:00Z') });
    expect(p.overview.countries.map((c) => c.code)).toEqual(['BJ', 'TG']);
    const [bj, tg] = p.overview.countries;
    expect(bj).toMatchObject({ name: 'Bénin', current: { status: 'CONSOLIDATION' }, roadmap: { slug: 'benin-2024', status: 'APPROVED' } });
    expect(bj.followUp?.actions).toBeGreaterThan(0);
    expect(bj.followUp?.late).toBeGreaterThan(0);
    expect(tg).toMatchObject({ name: 'Togo', current: { status: 'CLOSED' }, roadmap: { status: 'IN_REVIEW' }, followUp: null });
    // Every country's follow-up figures are read in one statement: the same as Benin's dashboard.
    const fu = await t.db.followUp.findFirstOrThrow({ where: { countryId: ids.BJ }, include: { periods: true } });
    const period = fu.periods.find((x) => x.key === bj.followUp!.period)!;
    const ref = { countryId: ids.BJ, followUpId: fu.id };
    const rates = await implementationRates(t.db, { ...ref, seq: period.seq });
    const counts = await periodCounts(t.db, { ...ref, periodId: period.id, now: new Date('2025-12-01T00:00:00Z') });
    expect(bj.followUp).toEqual({ period: period.key, rate: rates.overall.rate, actions: rates.overall.actions, late: counts.late });
    // Area levels come from the findings only of the two countries.
    expect(p.overview.areas).toHaveLength(12);
    const gov = p.overview.areas.find((a) => a.code === 'GOV')!;
    expect([...gov.byCycle.keys()].sort()).toEqual([bj.consolidated!.id, tg.consolidated!.id].sort());
    const govMean = await t.db.finding.aggregate({ where: { assessmentId: tg.consolidated!.id, maturity: { not: null }, question: { area: { code: 'GOV' } } }, _avg: { maturity: true } });
    expect(gov.byCycle.get(tg.consolidated!.id)!.mean).toBeCloseTo(govMean._avg.maturity!, 1);
    // GOV-01 is of high priority in the three countries: here, in two.
    const gov01 = p.needs.find((n) => n.questionCode === 'GOV-01')!;
    expect(gov01.countries.map((c) => c.country)).toEqual(['Bénin', 'Togo']);
    expect(gov01.countries.find((c) => c.country === 'Togo')!.assistance.join()).toContain('BLT'); // UNOCT in French
    expect(p.requests.every((r) => r.countryId === ids.BJ || r.countryId === ids.TG)).toBe(true);
    expect(p.requests.some((r) => r.countryId === ids.TG)).toBe(true);

    const csv = exportCsv(requestsTable(p, 'fr'));
    const needsCsv = exportCsv(needsTable(p, 'en'));
    const xlsx = await exportXlsx({ title: 'x', rows: [] }, [requestsTable(p, 'fr'), needsTable(p, 'fr')]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx as never);
    const cells = book.worksheets.flatMap((w) => w.getSheetValues().flat().map(String)).join('\n');
    expect(cells).toContain('Togo');
    const pdf = await renderBriefPdf(briefDocument(p, { locale: 'fr', now: new Date('2025-12-01T00:00:00Z') }));
    const text = pageTexts(savePdf('programme-brief-reviewer-fr.pdf', pdf.bytes)).join('\n');
    expect(pdf.pages).toBe(2);
    expect(text).toContain('Note régionale');
    expect(text).toContain('Togo');
    for (const out of [JSON.stringify(p, (_, v) => (v instanceof Map ? [...v.entries()] : v)), csv, needsCsv, cells, text]) {
      expect(out).not.toMatch(SENEGAL);
      expect(out).not.toContain(ids.SN);
    }
    // Filters narrow the list; a country the reviewer does not follow gives nothing, not an error.
    const onlyTogo = await getProgramme(as(reviewer), reviewer, { locale: 'fr', now: new Date(), filter: { country: 'TG' } });
    expect(onlyTogo.requests.length).toBeGreaterThan(0);
    expect(onlyTogo.requests.every((r) => r.country === 'Togo')).toBe(true);
    const senegal = await getProgramme(as(reviewer), reviewer, { locale: 'fr', now: new Date(), filter: { country: 'SN' } });
    expect(senegal.requests).toEqual([]);
    const high = await getProgramme(as(reviewer), reviewer, { locale: 'en', now: new Date(), filter: { priority: 'HIGH', partner: 'CTED' } });
    expect(high.requests.every((r) => r.priority === 'HIGH' && r.partners.includes('CTED'))).toBe(true);
  }, 60_000);

  test('an administrator sees the three countries; a coordinator or contributor has no programme', async () => {
    const admin = await user('ADMIN');
    const p = await getProgramme(t.db, admin, { locale: 'en', now: new Date() });
    expect(p.overview.countries.map((c) => c.code)).toEqual(['BJ', 'SN', 'TG']);
    expect(p.needs.find((n) => n.questionCode === 'GOV-01')!.countries.map((c) => c.country)).toEqual(['Benin', 'Senegal', 'Togo']);
    for (const role of ['COORDINATOR', 'OBSERVER'] as const) {
      const u = await user(role);
      const q = await getProgramme(as(u), u, { locale: 'fr', now: new Date() });
      expect(q.overview.countries).toEqual([]);
      expect(q.needs).toEqual([]);
      expect(q.requests).toEqual([]);
    }
  });
});

describe('the next cycle', () => {
  test('refused from an assessment not closed, from another country, on a version that does not follow; started once; answers carried, confirmed and changed', async () => {
    const coordinator = await user('COORDINATOR');
    const ctx = contextFor(t.db, t.provider, coordinator);
    const first = await t.db.assessment.findFirstOrThrow({ where: { countryId: ids.BJ }, select: { id: true, title: true, frameworkVersionId: true } });
    const v2026 = await t.db.frameworkVersion.findUniqueOrThrow({ where: { slug_version: { slug: 'vt', version: '2026.1' } } });
    const input = { countryId: ids.BJ, assessmentId: first.id, frameworkVersionId: v2026.id, title: 'Deuxième cycle' };
    const before = await t.db.assessment.count();
    expect(await runAction(startNextCycle, ctx, input)).toEqual({ ok: false, error: 'programme.cycle.notClosed' });
    await t.db.assessment.update({ where: { id: first.id }, data: { status: 'CLOSED' } });
    // Togo's closed cycle, named by a Benin coordinator: not this country's (nothing says more).
    const togo = await t.db.assessment.findFirstOrThrow({ where: { countryId: ids.TG }, select: { id: true } });
    expect(await runAction(startNextCycle, ctx, { ...input, assessmentId: togo.id })).toEqual({ ok: false, error: 'programme.cycle.otherCountry' });
    // Acting in Togo's name: refused by the policy.
    expect(await runAction(startNextCycle, ctx, { ...input, countryId: ids.TG, assessmentId: togo.id })).toEqual({ ok: false, error: 'auth.forbidden' });
    // A framework version that does not exist (or does not follow the first cycle's) is refused on its field.
    expect(await runAction(startNextCycle, ctx, { ...input, frameworkVersionId: 'unknown' })).toEqual({ ok: false, error: 'form.invalid', fields: { frameworkVersionId: ['programme.cycle.frameworkNotNext'] } });
    expect(await t.db.assessment.count()).toBe(before);

    // Twice at once: one starts it, the other is told it has been.
    const [a, b] = await Promise.all([runAction(startNextCycle, ctx, input), runAction(startNextCycle, ctx, input)]);
    const results = [a, b].map((r) => (r.ok ? 'ok' : r.error)).sort();
    expect(results).toEqual(['ok', 'programme.cycle.alreadyStarted']);
    expect(await runAction(startNextCycle, ctx, input)).toEqual({ ok: false, error: 'programme.cycle.alreadyStarted' });
    const next = (a.ok ? a : b) as { ok: true; data: { id: string; carried: number; retired: string[]; added: string[] } };
    expect(next.data.carried).toBeGreaterThan(50);
    const cycle = await t.db.assessment.findUniqueOrThrow({ where: { id: next.data.id }, include: { _count: { select: { entities: true, assignments: true, responses: true } } } });
    expect(cycle).toMatchObject({ status: 'COLLECTION', previousId: first.id, frameworkVersionId: v2026.id, countryId: ids.BJ });
    expect(cycle._count.entities).toBe(22);
    expect(await t.db.response.count({ where: { assessmentId: cycle.id, carried: false } })).toBe(0);
    expect(await t.db.auditEvent.count({ where: { action: 'assessment.nextCycle', targetId: cycle.id, actorId: coordinator.id } })).toBe(1);

    // The port's contributor confirms one carried answer and changes another.
    const pac = await user('CONTRIBUTOR', 'PAC');
    const pctx = contextFor(t.db, t.provider, pac);
    const answers = await t.db.response.findMany({ where: { assessmentId: cycle.id, entityId: pac.memberships[0].entityId! }, orderBy: { questionId: 'asc' }, take: 2 });
    const [keep, change] = answers;
    expect(await runAction(confirmCarried, pctx, { assessmentId: cycle.id, entityId: keep.entityId, questionId: keep.questionId })).toMatchObject({ ok: true });
    expect(await runAction(confirmCarried, pctx, { assessmentId: cycle.id, entityId: keep.entityId, questionId: keep.questionId })).toEqual({ ok: false, error: 'programme.cycle.notCarried' });
    const values = answerOf(change);
    const saved = await runAction(saveResponse, pctx, {
      assessmentId: cycle.id, entityId: change.entityId, questionId: change.questionId, baseVersion: change.version,
      base: { gaps: values.gaps, level: values.level }, changes: { gaps: `${values.gaps} Le plan de sûreté a été révisé en 2026.`.trim(), level: '4' },
    });
    expect(saved).toMatchObject({ ok: true });
    // Another entity's contributor cannot confirm the port's answer.
    const asin = await user('CONTRIBUTOR', 'ASIN');
    expect(await runAction(confirmCarried, contextFor(t.db, t.provider, asin), { assessmentId: cycle.id, entityId: change.entityId, questionId: answers[1].questionId })).toEqual({ ok: false, error: 'auth.forbidden' });

    const cmp = (await compareCycles(as(coordinator), { countryId: ids.BJ, assessmentId: cycle.id, locale: 'fr' }))!;
    expect(cmp.previous.id).toBe(first.id);
    const states = cmp.questions.flatMap((q) => q.answers.filter((x) => x.entity.includes('Port autonome')).map((x) => [q.code, x.state, x] as const));
    const changed = states.filter(([, s]) => s === 'changed');
    expect(changed).toHaveLength(1);
    expect(changed[0][2]).toMatchObject({ levelAfter: 4 });
    expect(changed[0][2].texts[0].words.some((w) => w.added && w.text.includes('révisé'))).toBe(true);
    expect(states.filter(([, s]) => s === 'confirmed')).toHaveLength(1);
    expect(cmp.areas).toHaveLength(12);
    expect(cmp.areas.find((x) => x.code === 'GOV')!.before).not.toBeNull();
    // Another country's coordinator gets nothing of it.
    expect(await compareCycles(as(coordinator), { countryId: ids.TG, assessmentId: cycle.id, locale: 'fr' })).toBeNull();
  }, 60_000);

  test('the next cycle’s roadmap keeps the comparison in its version: annex D of the PDF, in French and in English', async () => {
    const coordinator = await user('COORDINATOR');
    const ctx = contextFor(t.db, t.provider, coordinator);
    const cycle = await t.db.assessment.findFirstOrThrow({ where: { countryId: ids.BJ, previousId: { not: null } }, select: { id: true, frameworkVersionId: true, previousId: true } });
    // The coordination consolidates one question of the new cycle: a level up, and a gap rewritten.
    const q = await t.db.question.findFirstOrThrow({ where: { frameworkVersionId: cycle.frameworkVersionId, code: { startsWith: 'GOV' } }, orderBy: { order: 'asc' } });
    const old = await t.db.finding.findFirstOrThrow({ where: { assessmentId: cycle.previousId!, question: { code: q.code } } });
    const raised = Math.min(4, (old.maturity ?? 0) + 1);
    const gaps = 'Le comité national se réunit désormais chaque trimestre.';
    const saved = await runAction(saveFinding, ctx, {
      assessmentId: cycle.id, questionId: q.id, baseVersion: 0, base: { maturity: null, gaps: '' }, changes: { maturity: String(raised), gaps },
    });
    expect(saved).toMatchObject({ ok: true });
    const created = await runAction(createRoadmap, ctx, { assessmentId: cycle.id, title: 'Feuille de route nationale 2027-2029', slug: '' });
    if (!created.ok) throw new Error(created.error);
    expect(await runAction(generateDraftAction, ctx, { roadmapId: created.data.id })).toMatchObject({ ok: true });
    const lead = await t.db.entity.findFirstOrThrow({ where: { countryId: ids.BJ, code: 'MISP' } });
    await t.db.action.updateMany({ where: { roadmapId: created.data.id, leadEntityId: null }, data: { leadEntityId: lead.id } });
    expect(await runAction(submitVersion, ctx, { roadmapId: created.data.id })).toMatchObject({ ok: true });

    const fr = await loadRoadmapDocument(t.db, created.data.id, 1, 'fr');
    if (!fr.ok) throw new Error(fr.error);
    const annex = fr.data.document.previousCycle!;
    expect(annex.areas).toHaveLength(12);
    const row = annex.questions.find((x) => x.code === q.code)!;
    expect(row).toMatchObject({ before: old.maturity, after: raised });
    expect(row.texts).toContainEqual({ field: 'gaps', before: old.gaps, after: gaps });
    const text = pageTexts(savePdf('next-cycle-fr.pdf', (await renderRoadmapPdf(fr.data.document)).bytes)).join('\n');
    expect(text).toContain('Annexe D – Comparaison avec le cycle précédent');
    expect(text).toContain('Niveau de maturité par domaine');
    expect(text).toMatch(new RegExp(`${q.code}\\s`));
    expect(text).not.toMatch(SENEGAL);
    // The Word file has the same annex (read back by mammoth).
    const word = (await mammoth.extractRawText({ buffer: Buffer.from(await renderRoadmapDocx(fr.data.document)) })).value;
    expect(word).toContain('Annexe D – Comparaison avec le cycle précédent');
    expect(word).toContain(`${q.code} ${row.question}`);
    const en = await loadRoadmapDocument(t.db, created.data.id, 1, 'en');
    if (!en.ok) throw new Error(en.error);
    const english = pageTexts(savePdf('next-cycle-en.pdf', (await renderRoadmapPdf(en.data.document)).bytes)).join('\n');
    expect(english).toContain('Annex D – Comparison with the previous cycle');
    expect(english).toContain('Maturity level by area');
    // A roadmap of a first cycle has no annex D.
    const benin = await loadRoadmapDocument(t.db, DEMO_ROADMAP_SLUG, 1, 'fr');
    expect(benin.ok && benin.data.document).toMatchObject({ actions: expect.any(Array) });
    expect(benin.ok && benin.data.document.previousCycle).toBeUndefined();
  }, 120_000);
});

