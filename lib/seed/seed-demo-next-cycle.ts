// Benin's second assessment cycle (ILLUSTRATIVE): the Cotonou cycle closed, the next one
// started from it by the national coordinator on the newer vt version, through the registered
// action (lib/programme/start-next-cycle.ts): answers carried forward, in collection.
// Idempotent: a cycle that already has its next one is left as it is.
import type { PrismaClient } from '../db/client';
import { startNextCycle } from '../programme/start-next-cycle';
import { seedContext, seedRun } from './seed-demo-roadmap';

export const DEMO_NEXT_CYCLE_TITLE = 'Deuxième cycle d’évaluation du Bénin sur la protection des cibles vulnérables (illustratif)';

export async function seedDemoNextCycle(db: PrismaClient, o: { assessmentId: string; coordinator: string }) {
  const prev = await db.assessment.findUniqueOrThrow({ where: { id: o.assessmentId }, select: { countryId: true, next: { select: { id: true } }, frameworkVersion: { select: { slug: true } } } });
  if (prev.next) return prev.next.id;
  const versions = await db.frameworkVersion.findMany({ where: { slug: prev.frameworkVersion.slug, status: 'PUBLISHED' }, select: { id: true, version: true, previous: true } });
  const current = await db.assessment.findUniqueOrThrow({ where: { id: o.assessmentId }, select: { frameworkVersion: { select: { id: true, version: true } } } });
  // The version that follows the first cycle's, else the same one.
  const target = versions.find((v) => v.previous === current.frameworkVersion.version) ?? current.frameworkVersion;
  await db.assessment.update({ where: { id: o.assessmentId }, data: { status: 'CLOSED' } });
  const r = await seedRun(startNextCycle, await seedContext(db, o.coordinator), {
    countryId: prev.countryId, assessmentId: o.assessmentId, frameworkVersionId: target.id, title: DEMO_NEXT_CYCLE_TITLE,
  });
  if (!r.ok) throw new Error(`demo next cycle: ${r.error}`);
  return r.data.id;
}
