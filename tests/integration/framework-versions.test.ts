// vt 2026.1 beside 2025.1 (issue 19): both shipped versions import on SQLite and PostgreSQL and
// read back unchanged, including what 2026.1 adds (paragraph number checks and subjects, the
// carry-over mapping); 2025.1, which assessments use, still imports unchanged; a new assessment
// can be opened on 2026.1; the demo's first cycle stays on 2025.1.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { runAction } from '@/lib/actions/define-action';
import { createAssessment } from '@/lib/assessment/create-assessment';
import { carryOver, checkCarryOver } from '@/lib/framework/carry-over';
import { contentHash } from '@/lib/framework/content-hash';
import { diffVersions } from '@/lib/framework/diff-versions';
import { getFrameworkVersion } from '@/lib/framework/get-framework-version';
import { unverifiedNumbers } from '@/lib/framework/paragraph-check';
import { importShippedFrameworks } from '@/lib/seed/import-shipped-frameworks';
import { DEMO_FRAMEWORK_VERSION } from '@/lib/seed/seed-demo-assessment';
import { seedDemo } from '@/lib/seed/seed-demo';
import { freshDb, type TestDb } from '../helpers/fresh-db';
import { contextFor, questionnaireWorld } from '../helpers/questionnaire-fixture';

// Each test imports both shipped versions (about 150 questions and 250 actions in all).
const SLOW = 120_000;

let t: TestDb;
beforeEach(async () => {
  t = await freshDb();
});
afterEach(async () => {
  await t?.dispose();
}, SLOW);

test('the import creates vt 2026.1 next to 2025.1, and both read back with their content hash', async () => {
  const imported = await importShippedFrameworks(t.db);
  const vt = imported.filter((r) => r.ok && r.slug === 'vt').map((r) => r.ok && { version: r.version, status: r.status, questions: r.questions });
  expect(vt).toEqual(expect.arrayContaining([
    { version: '2025.1', status: 'created', questions: 70 },
    { version: '2026.1', status: 'created', questions: 80 },
  ]));
  for (const r of imported) {
    if (!r.ok) throw new Error(r.error);
    const stored = await getFrameworkVersion(t.db, r.slug, r.version);
    expect(contentHash(stored!.content), `${r.slug} ${r.version}`).toBe(r.contentHash);
  }

  const older = (await getFrameworkVersion(t.db, 'vt', '2025.1'))!.content;
  const newer = (await getFrameworkVersion(t.db, 'vt', '2026.1'))!.content;
  // What 2026.1 adds survives the round trip through the database.
  expect(newer.framework.previous).toBe('2025.1');
  const soft = newer.instruments.find((i) => i.code === '2396')!.paragraphs.find((p) => p.ref === 'SOFT-RISK')!;
  expect(soft.numberCheck?.status).toBe('unverified');
  expect(soft.subject?.fr).toContain('Cibles « molles »');
  expect(unverifiedNumbers(newer).map((u) => u.key)).toContain('2396:SOFT-PPP');
  expect(checkCarryOver(newer, older)).toEqual([]);
  expect(carryOver(newer, older)!.questions.find((q) => q.code === 'GOV-08')).toMatchObject({ relation: 'split', from: ['GOV-02'] });
  // The diff read from the database carries the mapping too.
  const diff = diffVersions(older, newer);
  expect(diff.carryOver?.questions.filter((q) => q.relation === 'new').map((q) => q.code)).toEqual(
    ['LEG-07', 'RISK-07', 'COORD-08', 'CIP-07', 'SOFT-07', 'PREP-07', 'EMER-06', 'EMER-07'],
  );
}, SLOW);

test('with an assessment on 2025.1, the import leaves it unchanged; a new assessment opens on 2026.1', async () => {
  await importShippedFrameworks(t.db);
  const w = await questionnaireWorld(t.db, 'PREPARATION');
  const v2025 = await t.db.frameworkVersion.findUniqueOrThrow({ where: { slug_version: { slug: 'vt', version: '2025.1' } } });
  const v2026 = await t.db.frameworkVersion.findUniqueOrThrow({ where: { slug_version: { slug: 'vt', version: '2026.1' } } });
  await t.db.assessment.create({ data: { countryId: w.country.id, frameworkVersionId: v2025.id, title: 'Premier cycle', organisers: [] } });

  const again = await importShippedFrameworks(t.db);
  expect(again.filter((r) => r.ok && r.slug === 'vt').map((r) => r.ok && [r.version, r.status])).toEqual(
    expect.arrayContaining([['2025.1', 'unchanged'], ['2026.1', 'unchanged']]),
  );

  const created = await runAction(createAssessment, contextFor(t.db, t.provider, w.users.reviewer), {
    countryId: w.country.id, frameworkVersionId: v2026.id, title: 'Deuxième cycle',
  });
  expect(created).toMatchObject({ ok: true });
  if (!created.ok) return;
  const a = await t.db.assessment.findUniqueOrThrow({ where: { id: created.data.id }, include: { frameworkVersion: { select: { version: true } } } });
  expect(a.frameworkVersion.version).toBe('2026.1');
}, SLOW);

test('the demo keeps vt 2025.1 for Benin’s first cycle when 2026.1 is imported too', async () => {
  await importShippedFrameworks(t.db);
  const r = await seedDemo(t.db);
  const a = await t.db.assessment.findUniqueOrThrow({ where: { id: r.assessment! }, include: { frameworkVersion: { select: { version: true } } } });
  expect(DEMO_FRAMEWORK_VERSION).toBe('2025.1');
  expect(a.frameworkVersion.version).toBe('2025.1');
}, SLOW);
