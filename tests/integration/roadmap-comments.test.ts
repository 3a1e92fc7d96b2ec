// Comments where the text is: what a comment is about (an item, a header section, a quoted
// span) is stored and checked against the roadmap; a quote is found again in the next version
// or marked outdated; who may comment is the policy's word.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { runAction } from '@/lib/actions/define-action';
import { systemAudit } from '@/lib/audit/record-event';
import { addComment } from '@/lib/roadmap/add-comment';
import { resolveComment } from '@/lib/roadmap/resolve-comment';
import { compareVersions } from '@/lib/roadmap/compare-versions';
import { decideVersion } from '@/lib/roadmap/decide-version';
import { generateDraft } from '@/lib/roadmap/generate-draft';
import { getRoadmapView } from '@/lib/roadmap/get-roadmap-view';
import { submitVersion } from '@/lib/roadmap/submit-version';
import { updateRoadmapHeader } from '@/lib/roadmap/update-header';
import { assessmentWithFindings } from '../helpers/assessment-fixture';
import { freshDb, type TestDb } from '../helpers/fresh-db';
import { actingAs } from '../helpers/followup-fixture';

let t: TestDb;
let f: Awaited<ReturnType<typeof assessmentWithFindings>>;
beforeEach(async () => {
  t = await freshDb();
  f = await assessmentWithFindings(t.db);
});
afterEach(async () => {
  await t?.dispose();
});

/** Someone of country `countryId` (f's by default), through the follow-up fixture's actingAs. */
const as = (role: 'COORDINATOR' | 'REVIEWER' | 'CONTRIBUTOR', email = `${role.toLowerCase()}@x.example`, countryId = f.country.id) =>
  actingAs(t.db, t.provider, { role, countryId, email, entityId: role === 'CONTRIBUTOR' ? f.ministry.id : undefined });

const SUMMARY = 'Le Bénin a tenu trois jours de consultations à Cotonou avec 30 responsables de 22 entités.';

test('a comment on a quoted span of the summary and one on an action are stored with their target, checked, audited and anchored across versions', async () => {
  await generateDraft(t.db, f.roadmap.id, systemAudit);
  const coordinator = await as('COORDINATOR');
  const reviewer = await as('REVIEWER');
  const header = async (executiveSummary: string) => {
    const { version } = await t.db.roadmap.findUniqueOrThrow({ where: { id: f.roadmap.id } });
    return runAction(updateRoadmapHeader, coordinator, { roadmapId: f.roadmap.id, version, title: 'Feuille de route nationale', sensitivity: 'RESTRICTED', executiveSummary, context: '', methodology: '' });
  };
  expect(await header(SUMMARY)).toMatchObject({ ok: true });
  expect(await runAction(submitVersion, coordinator, { roadmapId: f.roadmap.id })).toMatchObject({ ok: true, data: { number: 1 } });
  const action = await t.db.action.findFirstOrThrow({ where: { roadmapId: f.roadmap.id }, orderBy: { order: 'asc' } });

  const start = SUMMARY.indexOf('trois jours');
  const span = await runAction(addComment, reviewer, { roadmapId: f.roadmap.id, targetType: 'ROADMAP', field: 'executiveSummary', quote: 'trois jours', quoteStart: start, body: 'Donner les dates exactes.' });
  expect(span).toMatchObject({ ok: true });
  const onAction = await runAction(addComment, reviewer, { roadmapId: f.roadmap.id, targetType: 'ACTION', targetId: action.id, body: 'Préciser le calendrier.' });
  expect(onAction).toMatchObject({ ok: true });
  const stored = await t.db.comment.findUniqueOrThrow({ where: { id: span.ok ? span.data.id : '' } });
  // The context is read from the stored text, not from what the browser sent.
  expect(stored).toMatchObject({ targetType: 'ROADMAP', targetId: null, field: 'executiveSummary', quote: 'trois jours', quoteStart: start, quotePrefix: 'Le Bénin a tenu ', quoteSuffix: SUMMARY.slice(start + 11, start + 11 + 32) });
  const audit = await t.db.auditEvent.findFirstOrThrow({ where: { action: 'roadmap.comment.add', targetId: stored.id } });
  expect(JSON.stringify(audit)).toContain('trois jours');

  // A reply takes its thread's target, whatever the form sent.
  const reply = await runAction(addComment, coordinator, { roadmapId: f.roadmap.id, targetType: 'ACTION', targetId: action.id, parentId: stored.id, body: 'Du 10 au 12 septembre 2024.' });
  expect(reply).toMatchObject({ ok: true });
  expect(await t.db.comment.findUniqueOrThrow({ where: { id: reply.ok ? reply.data.id : '' } })).toMatchObject({ targetType: 'ROADMAP', targetId: null, field: 'executiveSummary', quote: null });

  // The page's threads: in document order, the summary's first, its quote anchored in the text as it reads.
  let view = (await getRoadmapView(t.db, f.roadmap.slug, 'fr'))!;
  expect(view.threads.map((x) => [x.key, x.code, x.anchor?.state ?? null, x.replies.length])).toEqual([
    ['ROADMAP:executiveSummary', null, 'anchored', 1],
    [`ACTION:${action.id}`, '1.1.1', null, 0],
  ]);
  expect(view.threads[0].anchor).toEqual({ state: 'anchored', start, end: start + 11 });
  expect(Object.values(view.threadVersion)).toEqual([1, 1]);

  // Changes requested; the coordinator adds a sentence before the quote: still anchored, further on.
  expect(await runAction(decideVersion, reviewer, { roadmapId: f.roadmap.id, number: 1, decision: 'REQUEST_CHANGES', note: 'Voir les commentaires.' })).toMatchObject({ ok: true });
  const longer = `En septembre 2024, ${SUMMARY}`;
  expect(await header(longer)).toMatchObject({ ok: true });
  view = (await getRoadmapView(t.db, f.roadmap.slug, 'fr'))!;
  expect(view.threads[0].anchor).toEqual({ state: 'anchored', start: longer.indexOf('trois jours'), end: longer.indexOf('trois jours') + 11 });
  // Then rewrites the words: outdated on the page and in the comparison of versions 1 and 2.
  const rewritten = longer.replace('trois jours', 'du 10 au 12 septembre');
  expect(await header(rewritten)).toMatchObject({ ok: true });
  view = (await getRoadmapView(t.db, f.roadmap.slug, 'fr'))!;
  expect(view.threads[0].anchor).toEqual({ state: 'outdated' });
  expect(await runAction(submitVersion, coordinator, { roadmapId: f.roadmap.id })).toMatchObject({ ok: true, data: { number: 2 } });
  const comparison = (await compareVersions(t.db, f.roadmap.slug, 1, 2))!;
  expect(comparison.comments.map((c) => [c.targetType, c.field, c.quote, c.anchor?.state ?? null, c.code])).toEqual([
    ['ROADMAP', 'executiveSummary', 'trois jours', 'outdated', null],
    ['ACTION', null, null, null, '1.1.1'],
  ]);
  expect(comparison.comments[0].replies.map((r) => r.body)).toEqual(['Du 10 au 12 septembre 2024.']);
});

test('a target, a field or a quote that is not this roadmap’s is refused; who may comment is the policy’s word', async () => {
  await generateDraft(t.db, f.roadmap.id, systemAudit);
  const coordinator = await as('COORDINATOR');
  const reviewer = await as('REVIEWER');
  const { version } = await t.db.roadmap.findUniqueOrThrow({ where: { id: f.roadmap.id } });
  expect(await runAction(updateRoadmapHeader, coordinator, { roadmapId: f.roadmap.id, version, title: 'Feuille de route nationale', sensitivity: 'RESTRICTED', executiveSummary: SUMMARY, context: '', methodology: '' })).toMatchObject({ ok: true });
  const action = await t.db.action.findFirstOrThrow({ where: { roadmapId: f.roadmap.id } });
  const base = { roadmapId: f.roadmap.id, body: 'Un commentaire.' };

  // A quote that does not stand where it says, or in a field the target does not have.
  expect(await runAction(addComment, reviewer, { ...base, targetType: 'ROADMAP', field: 'executiveSummary', quote: 'trois jours', quoteStart: 0 })).toEqual({ ok: false, error: 'roadmap.quoteChanged' });
  expect(await runAction(addComment, reviewer, { ...base, targetType: 'ROADMAP', field: 'title', quote: 'Feuille', quoteStart: 0 })).toMatchObject({ ok: false, error: 'form.invalid', fields: { field: ['form.invalidValue'] } });
  expect(await runAction(addComment, reviewer, { ...base, targetType: 'ACTION', targetId: action.id, field: 'executiveSummary' })).toMatchObject({ ok: false, error: 'form.invalid' });
  expect(await runAction(addComment, reviewer, { ...base, targetType: 'ROADMAP', quote: 'Bénin', quoteStart: 3 })).toEqual({ ok: false, error: 'roadmap.quoteChanged' });
  const title = action.title;
  expect(await runAction(addComment, reviewer, { ...base, targetType: 'ACTION', targetId: action.id, field: 'title', quote: title.slice(0, 6), quoteStart: 0 })).toMatchObject({ ok: true });

  // An action of another country's roadmap, through this roadmap: refused.
  await t.db.country.create({ data: { code: 'TG' } });
  const other = await assessmentWithFindings(t.db, { countryCode: 'TG', slug: 'autre' });
  await generateDraft(t.db, other.roadmap.id, systemAudit);
  const foreign = await t.db.action.findFirstOrThrow({ where: { roadmapId: other.roadmap.id } });
  expect(await runAction(addComment, reviewer, { ...base, targetType: 'ACTION', targetId: foreign.id })).toMatchObject({ ok: false, error: 'form.invalid', fields: { targetId: ['form.invalidReference'] } });
  // A reviewer of another country, and a contributor, may not comment; nothing is stored.
  const outsider = await as('REVIEWER', 'outsider@x.example', other.country.id);
  const contributor = await as('CONTRIBUTOR');
  const before = await t.db.comment.count();
  expect(await runAction(addComment, outsider, { ...base, targetType: 'ROADMAP', field: 'executiveSummary' })).toEqual({ ok: false, error: 'auth.forbidden' });
  expect(await runAction(addComment, contributor, { ...base, targetType: 'ACTION', targetId: action.id })).toEqual({ ok: false, error: 'auth.forbidden' });
  expect(await t.db.comment.count()).toBe(before);
  const thread = await t.db.comment.findFirstOrThrow({ where: { roadmapId: f.roadmap.id } });
  expect(await runAction(resolveComment, outsider, { commentId: thread.id })).toEqual({ ok: false, error: 'auth.forbidden' });
  expect(await runAction(resolveComment, coordinator, { commentId: thread.id })).toEqual({ ok: true, data: { id: thread.id } });
});
