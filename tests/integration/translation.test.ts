// Bilingual roadmaps (docs/decisions/011) on a real database: the demo's English translation,
// outdated translations, approval per language, and the XLIFF 2.0 round trip validated by
// libxml2 against the OASIS core schema.
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { z } from 'zod';
import type { ActionContext, ActionDef, RunContext } from '@/lib/actions/define-action';
import { auditAs } from '@/lib/audit/record-event';
import { createAuth } from '@/lib/auth/auth';
import { loadSessionUser } from '@/lib/auth/session-user';
import { loadRoadmapDocument } from '@/lib/pdf/load';
import { decideVersion } from '@/lib/roadmap/decide-version';
import { saveObjective } from '@/lib/roadmap/save-objective';
import { seedDemo } from '@/lib/seed/seed-demo';
import { DEMO_ROADMAP_SLUG, seedDemoRoadmap } from '@/lib/seed/seed-demo-roadmap';
import { approveLanguage } from '@/lib/translation/approve-language';
import { exportXliff } from '@/lib/translation/export-xliff';
import { importXliff } from '@/lib/translation/import-xliff';
import { reviewTranslations } from '@/lib/translation/review-translations';
import { saveTranslation } from '@/lib/translation/save-translation';
import { loadDraftTexts, loadVersionTexts } from '@/lib/translation/version-texts';
import { assessmentWithFindings } from '../helpers/assessment-fixture';
import { freshDb, type TestDb } from '../helpers/fresh-db';
import { fail, type Result } from '@/lib/result';
import { validateXliff } from '../helpers/xmllint';

let t: TestDb;
let roadmapId: string;
let coordinator: ActionContext;
let reviewer: ActionContext;

async function as(email: string): Promise<ActionContext> {
  const u = await t.db.user.findUniqueOrThrow({ where: { email } });
  return {
    db: t.db, auth: createAuth(t.db, { secret: 'x'.repeat(40), baseURL: 'http://localhost:3000', provider: t.provider, production: false }),
    headers: new Headers(), user: await loadSessionUser(t.db, u.id), ip: '203.0.113.9', userAgent: 'vitest', locale: 'en', baseUrl: 'http://localhost:3000',
  };
}

/** The action's own validation, scope and run; the demo reviewer has no second factor to pass. */
async function run<S extends z.ZodType, T>(def: ActionDef<S, T>, ctx: ActionContext, input: unknown): Promise<Result<T>> {
  const parsed = def.input.safeParse(input);
  if (!parsed.success) return fail('form.invalid');
  const scope = await def.scope(ctx.db, parsed.data);
  const audit = auditAs({ actorId: ctx.user!.id, ip: ctx.ip, userAgent: ctx.userAgent }, scope!.countryId);
  return def.run({ ...ctx, user: ctx.user!, audit } as RunContext, parsed.data, scope!);
}

beforeEach(async () => {
  t = await freshDb();
  const f = await assessmentWithFindings(t.db);
  await seedDemo(t.db);
  await seedDemoRoadmap(t.db, { assessmentId: f.assessment.id, coordinator: 'coordonnateur@demo.jalon.example', reviewer: 'examinatrice@demo.jalon.example' });
  roadmapId = (await t.db.roadmap.findUniqueOrThrow({ where: { slug: DEMO_ROADMAP_SLUG } })).id;
  coordinator = await as('coordonnateur@demo.jalon.example');
  reviewer = await as('examinatrice@demo.jalon.example');
});
afterEach(async () => {
  await t?.dispose();
});

const byState = (texts: { section: string; state: string }[], section: string) =>
  texts.filter((x) => x.section === section).reduce<Record<string, number>>((c, x) => ({ ...c, [x.state]: (c[x.state] ?? 0) + 1 }), {});

test('the demo is translated into English for the summary and the objectives, partly for the actions', async () => {
  const v = await loadVersionTexts(t.db, roadmapId, 2, 'en');
  if (!v.ok) throw new Error(v.error);
  expect(byState(v.data.texts, 'summary')).toEqual({ reviewed: 4 });
  expect(Object.keys(byState(v.data.texts, 'objectives'))).toEqual(['reviewed']);
  const actions = byState(v.data.texts, 'actions');
  expect(actions.reviewed).toBeGreaterThan(0);
  expect(actions.missing).toBeGreaterThan(0);
  // Drafted actions took the framework's English.
  expect(actions.draft).toBeGreaterThan(0);

  const doc = await loadRoadmapDocument(t.db, DEMO_ROADMAP_SLUG, 2, 'en');
  if (!doc.ok) throw new Error(doc.error);
  expect(doc.data.document.title).toMatch(/^National roadmap/);
  expect(doc.data.document.executiveSummary[0]).toMatch(/^This roadmap/);
  expect(doc.data.document.translation?.status).toBe('draft');
  expect(doc.data.document.translation?.untranslated.some((l) => /indicator 1, label/.test(l))).toBe(true);
  const third = doc.data.document.actions.find((a) => a.indicators[0]?.label.startsWith('[FR] '));
  expect(third).toBeDefined();
  // French, the original, needs no translation.
  const fr = await loadRoadmapDocument(t.db, DEMO_ROADMAP_SLUG, 2, 'fr');
  expect(fr.ok && fr.data.document.translation).toBeUndefined();
});

test('editing an original marks its translation outdated, and the next save translates the new text', async () => {
  expect((await run(decideVersion, reviewer, { roadmapId, number: 2, decision: 'REQUEST_CHANGES', note: 'Préciser l’objectif 1.' })).ok).toBe(true);
  const objective = await t.db.objective.findFirstOrThrow({ where: { roadmapId }, orderBy: { order: 'asc' } });
  const key = `objective.${objective.id}.title`;
  const before = (await loadDraftTexts(t.db, roadmapId, 'en'))!.find((x) => x.key === key)!;
  expect(before.state).toBe('reviewed');

  const r = await run(saveObjective, coordinator, { roadmapId, objectiveId: objective.id, title: `${objective.title} et des lieux publics`, description: objective.description });
  expect(r.ok).toBe(true);
  const after = (await loadDraftTexts(t.db, roadmapId, 'en'))!.find((x) => x.key === key)!;
  expect(after.state).toBe('outdated');
  // The translation keeps what it was made from: the word diff shows what changed since.
  expect(after.row!.sourceText).toBe(objective.title);
  // Version 2 itself is still translated: its original did not change.
  const v2 = await loadVersionTexts(t.db, roadmapId, 2, 'en');
  expect(v2.ok && v2.data.texts.find((x) => x.key === key)!.state).toBe('reviewed');
  // A reviewer cannot confirm an outdated translation.
  expect(await run(reviewTranslations, reviewer, { roadmapId, language: 'en', keys: [key] })).toMatchObject({ ok: false, error: 'translation.notReviewable', fields: { [key]: ['translation.state.outdated'] } });

  const saved = await run(saveTranslation, coordinator, { roadmapId, language: 'en', key, baseVersion: after.row!.version, base: { text: after.row!.text }, changes: { text: `${after.row!.text} and public places` } });
  expect(saved).toMatchObject({ ok: true, data: { status: 'saved', state: 'draft' } });
  // A save from a stale version, over a text someone else changed, is a conflict and writes nothing.
  const stale = await run(saveTranslation, coordinator, { roadmapId, language: 'en', key, baseVersion: after.row!.version, base: { text: after.row!.text }, changes: { text: 'Other' } });
  expect(stale).toMatchObject({ ok: true, data: { status: 'conflict', values: { text: `${after.row!.text} and public places` }, conflicts: [{ field: 'text', yours: 'Other' }] } });
});

test('a version is approved in English only once every text is translated and reviewed', async () => {
  const refused = await run(approveLanguage, reviewer, { roadmapId, number: 2, language: 'en' });
  expect(refused.ok).toBe(false);
  if (refused.ok) return;
  expect(refused.error).toBe('translation.incomplete');
  expect(Object.values(refused.fields!).flat()).toContain('translation.state.missing');
  expect(await t.db.roadmapVersionLanguage.count()).toBe(0);

  // Translate what is missing or a draft, then review everything.
  const v = await loadVersionTexts(t.db, roadmapId, 2, 'en');
  if (!v.ok) throw new Error(v.error);
  for (const x of v.data.texts.filter((x) => x.state === 'missing')) {
    expect((await run(saveTranslation, coordinator, { roadmapId, language: 'en', key: x.key, baseVersion: x.row?.version ?? 0, base: { text: x.row?.text ?? '' }, changes: { text: `EN ${x.original.slice(0, 100)}` } })).ok).toBe(true);
  }
  const keys = v.data.texts.filter((x) => x.state !== 'reviewed').map((x) => x.key);
  expect(await run(reviewTranslations, reviewer, { roadmapId, language: 'en', keys })).toMatchObject({ ok: true });
  expect(await run(approveLanguage, reviewer, { roadmapId, number: 2, language: 'en' })).toMatchObject({ ok: true });
  const doc = await loadRoadmapDocument(t.db, DEMO_ROADMAP_SLUG, 2, 'en');
  expect(doc.ok && doc.data.document.translation).toEqual({ status: 'approved', original: 'fr', untranslated: [], unreviewed: 0 });
  const events = await t.db.auditEvent.findMany({ where: { action: 'translation.approve' } });
  expect(events).toHaveLength(1);
});

test('XLIFF round trip: the export validates against the XLIFF 2.0 schema, and importing it unchanged changes nothing', async () => {
  const exported = await exportXliff(t.db, roadmapId, 2, 'en', 'en');
  if (!exported.ok) throw new Error(exported.error);
  const validation = await validateXliff(exported.data.xml);
  expect(validation.errors).toEqual([]);
  expect(validation.valid).toBe(true);

  const rows = async () => (await t.db.textTranslation.findMany({ orderBy: { id: 'asc' } })).map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString() }));
  const before = await rows();
  const r = await run(importXliff, coordinator, { roadmapId, number: 2, content: exported.data.xml });
  expect(r).toMatchObject({ ok: true, data: { updated: 0 } });
  expect(await rows()).toEqual(before);
  const event = await t.db.auditEvent.findFirstOrThrow({ where: { action: 'translation.import' } });
  expect(event.actorId).toBe(coordinator.user!.id);
});

test('a translated XLIFF updates only the units it carries; a bad file is refused per unit and changes nothing', async () => {
  const exported = await exportXliff(t.db, roadmapId, 2, 'en', 'fr');
  if (!exported.ok) throw new Error(exported.error);
  const v = await loadVersionTexts(t.db, roadmapId, 2, 'en');
  if (!v.ok) throw new Error(v.error);
  const missing = v.data.texts.find((x) => x.state === 'missing')!;
  const source = missing.original.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const translated = exported.data.xml.replace(`<source>${source}</source>`, `<source>${source}</source>\n        <target>Adopted by the service</target>`);
  expect(translated).not.toBe(exported.data.xml);
  expect((await validateXliff(translated)).valid).toBe(true);

  const rows = () => t.db.textTranslation.findMany({ orderBy: { id: 'asc' } });
  const before = await rows();
  const bad = (xml: string) => run(importXliff, coordinator, { roadmapId, number: 2, content: xml });
  expect(await bad(translated.replace('/version/2/', '/version/1/'))).toMatchObject({ ok: false, error: 'xliff.otherVersion' });
  expect(await bad(translated.replace(`jalon:roadmap/${roadmapId}/`, 'jalon:roadmap/someoneelse/'))).toMatchObject({ ok: false, error: 'xliff.otherRoadmap' });
  expect(await bad(translated.replace(`id="${missing.key}"`, 'id="action.nope.title"'))).toMatchObject({ ok: false, error: 'xliff.refused', fields: { 'unit:action.nope.title': ['xliff.unknownUnit'] } });
  expect(await bad(translated.replace('Adopted by the service', 'x'.repeat(missing.max + 1)))).toMatchObject({ ok: false, fields: { [`unit:${missing.key}`]: ['xliff.tooLong'] } });
  expect(await bad(translated.replace('Adopted by the service', 'Adopted <pc id="1">by</pc> the service'))).toMatchObject({ ok: false, fields: { [`unit:${missing.key}`]: ['translation.notPlainText'] } });
  expect(await bad(translated.replace('Adopted by the service', 'Adopted &lt;b&gt;by&lt;/b&gt;'))).toMatchObject({ ok: false, fields: { [`unit:${missing.key}`]: ['translation.notPlainText'] } });
  expect(await bad(translated.replace('</xliff>', ''))).toMatchObject({ ok: false, error: 'xliff.malformed' });
  expect(await rows()).toEqual(before);

  const ok = await bad(translated);
  expect(ok).toMatchObject({ ok: true, data: { updated: 1 } });
  const after = await rows();
  expect(after.length).toBe(before.length + 1);
  const added = after.find((r) => !before.some((b) => b.id === r.id))!;
  expect(added).toMatchObject({ text: 'Adopted by the service', state: 'DRAFT', sourceText: missing.original, updatedById: coordinator.user!.id });
  const event = await t.db.auditEvent.findFirstOrThrow({ where: { action: 'translation.import' } });
  expect(event.after).toMatchObject({ number: 2, language: 'en', updated: [missing.key] });
});

test('two translators on one text: the second sees both texts and nothing is overwritten, a retried save is not a conflict with itself, every save is a revision', async () => {
  const v = await loadDraftTexts(t.db, roadmapId, 'en');
  const key = v!.find((u) => u.state === 'missing' && u.key.startsWith('action.'))!.key;
  const first = 'Designate a lead authority. Publish the order.';
  const save = (baseVersion: number, base: string, text: string, saveId: string) =>
    run(saveTranslation, coordinator, { roadmapId, language: 'en', key, baseVersion, base: { text: base }, changes: { text }, saveId });
  expect(await save(0, '', first, 'save-one-0001')).toMatchObject({ ok: true, data: { status: 'saved', version: 1, state: 'draft' } });
  // Two tabs started from version 1; tab a saves, its reply is lost.
  const mine = 'Designate a lead authority and focal points. Publish the order.';
  expect(await save(1, first, mine, 'save-tab-a-01')).toMatchObject({ ok: true, data: { status: 'saved', version: 2 } });
  // Tab a's retry (same save id, same base) is not a conflict with its own earlier text.
  expect(await save(1, first, mine, 'save-tab-a-01')).toMatchObject({ ok: true, data: { status: 'saved', version: 2, conflicts: [] } });
  // Tab b, from the same version, is shown both texts and writes nothing.
  const theirs = 'Designate a lead authority. Publish the order in the official gazette.';
  expect(await save(1, first, theirs, 'save-tab-b-01')).toMatchObject({
    ok: true, data: { status: 'conflict', version: 2, values: { text: mine }, conflicts: [{ field: 'text', theirs: mine, yours: theirs }] },
  });
  const row = await t.db.textTranslation.findFirstOrThrow({ where: { language: 'en', targetId: key.split('.')[1], field: key.split('.').slice(2).join('.') } });
  expect(row).toMatchObject({ version: 2, state: 'DRAFT', text: mine });
  expect(await t.db.formRevision.count({ where: { form: 'TextTranslation', recordId: row.id } })).toBe(2);
  expect(await t.db.auditEvent.count({ where: { action: 'translation.save', targetId: row.id } })).toBe(2);
  // Text over the field's limit is refused and changes nothing.
  expect(await save(2, mine, 'x'.repeat(20_000), 'save-long-001')).toMatchObject({ ok: false, error: 'form.invalid' });
  expect((await t.db.textTranslation.findUniqueOrThrow({ where: { id: row.id } })).version).toBe(2);
});
