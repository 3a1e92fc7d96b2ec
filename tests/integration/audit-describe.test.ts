// The audit trail in words: the demo roadmap's review loop read back in French and English.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { seedDemo } from '@/lib/seed/seed-demo';
import { seedDemoRoadmap } from '@/lib/seed/seed-demo-roadmap';
import { auditCsv, listAuditEvents } from '@/lib/audit/list-events';
import { describeAuditRows } from '@/lib/audit/describe-events';
import { loadSessionUser } from '@/lib/auth/session-user';
import { assessmentWithFindings } from '../helpers/assessment-fixture';
import { freshDb, type TestDb } from '../helpers/fresh-db';

let t: TestDb;
beforeEach(async () => {
  t = await freshDb();
});
afterEach(async () => {
  await t?.dispose();
});

test('actions, records and changes read as words in the reader’s language; the CSV keeps ids and JSON beside them', async () => {
  const f = await assessmentWithFindings(t.db);
  await seedDemo(t.db);
  await seedDemoRoadmap(t.db, { assessmentId: f.assessment.id, coordinator: 'coordonnateur@demo.jalon.example', reviewer: 'examinatrice@demo.jalon.example' });
  const admin = await t.db.user.findUniqueOrThrow({ where: { email: 'admin@demo.jalon.example' } });
  const rows = await listAuditEvents(t.db, (await loadSessionUser(t.db, admin.id))!, {});
  expect(rows.length).toBeGreaterThan(3);
  const fr = await describeAuditRows(t.db, rows, 'fr');
  const en = await describeAuditRows(t.db, rows, 'en');
  const request = rows.find((r) => r.action === 'roadmap.requestChanges')!;
  const version = await t.db.roadmapVersion.findUniqueOrThrow({ where: { id: request.targetId! }, include: { roadmap: true } });
  expect(fr.get(request.id)).toMatchObject({ action: 'Modifications demandées', record: `Version ${version.number} — ${version.roadmap.title}` });
  expect(fr.get(request.id)!.changes).toContainEqual({ field: 'Statut', before: 'soumise', after: 'modifications demandées' });
  expect(en.get(request.id)).toMatchObject({ action: 'Changes requested' });
  const comment = rows.find((r) => r.action === 'roadmap.comment.add')!;
  expect(fr.get(comment.id)!.record).toMatch(/^Commentaire sur (l’action|l’objectif|la recommandation|la feuille de route) « .+ »$/);
  // No code, model name or raw id on a French line.
  for (const d of fr.values()) {
    const text = [d.action, d.record, ...d.changes.flatMap((c) => [c.field, c.before, c.after])].join(' ');
    expect(text).not.toMatch(/\b(Roadmap|RoadmapVersion|Comment|roadmap\.\w+|c[a-z0-9]{20,})\b/);
  }
  const csv = auditCsv(rows, ['when', 'who', 'what', 'target', 'id', 'from', 'before', 'after', 'action', 'record', 'changes', 'saves'], fr);
  const line = csv.split('\r\n').find((l) => l.includes('roadmap.requestChanges'))!;
  expect(line).toContain(request.targetId!);
  expect(line).toContain('Modifications demandées');
}, 180_000);
