// An approved roadmap under follow-up: the mini assessment's draft (two actions: GOV-01-A1
// led by MISP with ANPC supporting, CIP-01-A1 led by ANPC) with a 2025 calendar, costs and
// indicators, submitted and approved, then followed up quarterly from 2025-T1.
import { runAction, type ActionContext } from '@/lib/actions/define-action';
import { createAuth } from '@/lib/auth/auth';
import type { Role } from '@/lib/auth/policy';
import { loadSessionUser } from '@/lib/auth/session-user';
import type { PrismaClient } from '@/lib/db/client';
import type { Provider } from '@/lib/db/url';
import { systemAudit } from '@/lib/audit/record-event';
import { saveFollowUpSettings } from '@/lib/followup/save-settings';
import { decideVersion } from '@/lib/roadmap/decide-version';
import { generateDraft } from '@/lib/roadmap/generate-draft';
import { submitVersion } from '@/lib/roadmap/submit-version';
import { assessmentWithFindings } from './assessment-fixture';

export async function actingAs(db: PrismaClient, provider: Provider, o: { role: Role; countryId: string; entityId?: string; assessmentId?: string; email: string }): Promise<ActionContext> {
  const u = await db.user.create({
    data: { email: o.email, name: o.email.split('@')[0], twoFactorEnabled: true, memberships: { create: { role: o.role, countryId: o.countryId, entityId: o.entityId ?? null, assessmentId: o.assessmentId ?? null } } },
  });
  return {
    db, auth: createAuth(db, { secret: 'x'.repeat(40), baseURL: 'http://localhost', provider, production: false }),
    headers: new Headers(), user: await loadSessionUser(db, u.id), ip: '127.0.0.1', userAgent: 'test', locale: 'fr', baseUrl: 'http://localhost',
  };
}

export function must<T>(r: { ok: true; data: T } | { ok: false; error: string; fields?: unknown }): T {
  if (!r.ok) throw new Error(`expected success, got ${r.error} ${JSON.stringify(r.fields ?? {})}`);
  return r.data;
}

export async function followedRoadmap(db: PrismaClient, provider: Provider, o: { countryCode?: string; slug?: string; tag?: string } = {}) {
  const f = await assessmentWithFindings(db, o);
  must(await generateDraft(db, f.roadmap.id, systemAudit));
  const [a1, a2] = await db.action.findMany({ where: { roadmapId: f.roadmap.id }, orderBy: { order: 'asc' } });
  await db.action.update({
    where: { id: a1.id },
    data: { startPeriod: '2025-T1', endPeriod: '2025-T4', costAmount: 1_000_000, currency: 'XOF', fundingSource: 'NATIONAL_BUDGET', indicators: [{ label: 'Stratégie adoptée', baseline: 'Aucune', target: 'Adoptée' }], supportingEntities: { create: { entityId: f.agency.id } } },
  });
  await db.action.update({
    where: { id: a2.id },
    data: { startPeriod: '2025-T1', endPeriod: '2025-T4', costAmount: 3_000_000, currency: 'XOF', fundingSource: 'PARTNER', indicators: [{ label: 'Sites dotés d’un plan de sûreté', baseline: '0 %', target: '80 %' }, { label: 'Exercices conduits', baseline: '0', target: '4 exercices' }] },
  });
  const tag = o.tag ?? 'a';
  const coordinator = await actingAs(db, provider, { role: 'COORDINATOR', countryId: f.country.id, email: `coord-${tag}@x.example` });
  const reviewer = await actingAs(db, provider, { role: 'REVIEWER', countryId: f.country.id, email: `rev-${tag}@x.example` });
  const misp = await actingAs(db, provider, { role: 'CONTRIBUTOR', countryId: f.country.id, entityId: f.ministry.id, assessmentId: f.assessment.id, email: `misp-${tag}@x.example` });
  const anpc = await actingAs(db, provider, { role: 'CONTRIBUTOR', countryId: f.country.id, entityId: f.agency.id, assessmentId: f.assessment.id, email: `anpc-${tag}@x.example` });
  must(await runAction(submitVersion, coordinator, { roadmapId: f.roadmap.id }));
  must(await runAction(decideVersion, reviewer, { roadmapId: f.roadmap.id, number: 1, decision: 'APPROVE', note: '' }));
  must(await runAction(saveFollowUpSettings, coordinator, { roadmapId: f.roadmap.id, rhythm: 'QUARTERLY', firstPeriod: '2025-T1', dueDay: 15 }));
  const followUp = await db.followUp.findUniqueOrThrow({ where: { roadmapId: f.roadmap.id } });
  const tracked = await db.trackedAction.findMany({ where: { followUpId: followUp.id }, orderBy: { order: 'asc' } });
  return { ...f, a1, a2, followUp, t1: tracked[0], t2: tracked[1], coordinator, reviewer, misp, anpc };
}
