import { afterEach, beforeEach, expect, test } from 'vitest';
import { seedDemo } from '@/lib/seed/seed-demo';
import { DEMO_ROADMAP_SLUG, seedDemoRoadmap } from '@/lib/seed/seed-demo-roadmap';
import { seedDemoFollowUp } from '@/lib/seed/seed-demo-followup';
import { listLate } from '@/lib/followup/period-rows';
import { diffVersions } from '@/lib/roadmap/diff-versions';
import { snapshotSchema } from '@/lib/roadmap/snapshot';
import { assessmentWithFindings } from '../helpers/assessment-fixture';
import { freshDb, type TestDb } from '../helpers/fresh-db';

let t: TestDb;
beforeEach(async () => {
  t = await freshDb();
});
afterEach(async () => {
  await t?.dispose();
});

test('the demo roadmap goes through one review loop: two versions, comments, one requested change', async () => {
  const f = await assessmentWithFindings(t.db);
  // The demo users, in the fixture's country.
  await seedDemo(t.db);
  const bj = await t.db.country.findUniqueOrThrow({ where: { code: 'BJ' } });
  expect(bj.id).toBe(f.country.id);
  const r = await seedDemoRoadmap(t.db, { assessmentId: f.assessment.id, coordinator: 'coordonnateur@demo.jalon.example', reviewer: 'examinatrice@demo.jalon.example' });
  expect(r.created).toBe(true);
  const roadmap = await t.db.roadmap.findUniqueOrThrow({ where: { slug: DEMO_ROADMAP_SLUG }, include: { versions: { orderBy: { number: 'asc' } }, comments: true } });
  expect(roadmap.status).toBe('IN_REVIEW');
  expect(roadmap.versions.map((v) => v.status)).toEqual(['CHANGES_REQUESTED', 'SUBMITTED']);
  expect(roadmap.comments.length).toBe(3);
  const diff = diffVersions(snapshotSchema.parse(roadmap.versions[0].snapshot), snapshotSchema.parse(roadmap.versions[1].snapshot));
  expect(diff.actions).toHaveLength(1);
  expect(diff.actions[0].fields).toEqual([{ field: 'endPeriod', before: '2025-T4', after: '2026-T4' }]);
  // Idempotent.
  expect((await seedDemoRoadmap(t.db, { assessmentId: f.assessment.id, coordinator: 'coordonnateur@demo.jalon.example', reviewer: 'examinatrice@demo.jalon.example' })).created).toBe(false);
});

test('the demo follow-up: version 2 approved, two periods of updates from several entities, one blocked, one returned, some late', async () => {
  const f = await assessmentWithFindings(t.db);
  await seedDemo(t.db);
  const r = await seedDemoRoadmap(t.db, { assessmentId: f.assessment.id, coordinator: 'coordonnateur@demo.jalon.example', reviewer: 'examinatrice@demo.jalon.example' });
  const roadmapId = r.roadmapId!;
  const o = { roadmapId, coordinator: 'coordonnateur@demo.jalon.example', reviewer: 'examinatrice@demo.jalon.example', admin: 'admin@demo.jalon.example', contributors: ['contributrice.asin@demo.jalon.example'] };
  expect((await seedDemoFollowUp(t.db, o)).created).toBe(true);
  const roadmap = await t.db.roadmap.findUniqueOrThrow({ where: { id: roadmapId }, include: { versions: { orderBy: { number: 'asc' } } } });
  expect(roadmap.status).toBe('APPROVED');
  expect(roadmap.versions.map((v) => v.status)).toEqual(['CHANGES_REQUESTED', 'APPROVED']);
  const updates = await t.db.progressUpdate.findMany({ include: { period: true } });
  expect(new Set(updates.map((u) => u.period.key))).toEqual(new Set(['2025-T2', '2025-T3']));
  expect(new Set(updates.map((u) => u.entityId)).size).toBeGreaterThan(1);
  expect(updates.filter((u) => u.status === 'BLOCKED')).toHaveLength(1);
  expect(updates.filter((u) => u.review === 'RETURNED')).toHaveLength(1);
  const followUp = await t.db.followUp.findUniqueOrThrow({ where: { roadmapId } });
  // Nobody has reported for the fourth quarter: late once its due date passed.
  expect((await listLate(t.db, { countryId: roadmap.countryId, followUpId: followUp.id, now: new Date('2026-01-20') })).map((l) => l.period)).toEqual(['2025-T4', '2025-T4']);
  expect((await seedDemoFollowUp(t.db, o)).created).toBe(false);
});
