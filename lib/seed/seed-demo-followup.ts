// The demo roadmap's follow-up: version 2 of `benin-2024` approved, followed up quarterly
// from 2025-T2, with two periods of illustrative updates from several lead entities (2025-T2
// and 2025-T3): some accepted, one blocked, one returned for correction, some late. Written
// through the registered actions, as the entities and the coordination would.
import type { ActionContext, ActionDef } from '../actions/define-action';
import type { PrismaClient } from '../db/client';
import { reviewUpdate } from '../followup/review-update';
import { saveFollowUpSettings } from '../followup/save-settings';
import { saveUpdate } from '../followup/save-update';
import { EMPTY_UPDATE, valuesOfFields, type UpdateFields } from '../followup/schemas';
import { submitUpdate } from '../followup/submit-update';
import { decideVersion } from '../roadmap/decide-version';
import type { z } from 'zod';
import { seedContext, seedRun } from './seed-demo-roadmap';

type Story = { status: UpdateFields['status']; percent: number; spentShare: number; done: string; blockers?: string; nextSteps: string; review: 'ACCEPTED' | 'SUBMITTED' | 'RETURNED' | 'DRAFT'; note?: string };

/** Per action (in the roadmap's order): its 2025-T2 and 2025-T3 updates; none means not reported (late). */
const STORIES: ({ T2?: Story; T3?: Story } | null)[] = [
  {
    T2: { status: 'ON_TRACK', percent: 40, spentShare: 0.3, done: 'Comité de rédaction installé ; avant-projet de stratégie rédigé et partagé avec les ministères sectoriels.', nextSteps: 'Atelier national de validation en août.', review: 'ACCEPTED' },
    T3: { status: 'DELAYED', percent: 55, spentShare: 0.45, done: 'Atelier national de validation tenu à Cotonou avec 18 ministères et agences ; observations en cours d’intégration.', nextSteps: 'Transmission au Secrétariat général du Gouvernement.', review: 'RETURNED', note: 'Merci de préciser la date prévue d’inscription en Conseil des ministres et le montant réellement engagé pour l’atelier.' },
  },
  {
    T2: { status: 'ON_TRACK', percent: 60, spentShare: 0.4, done: 'Projet d’arrêté désignant l’autorité chef de file et les points focaux sectoriels rédigé.', nextSteps: 'Recueil des avis des ministères concernés.', review: 'ACCEPTED' },
    T3: { status: 'BLOCKED', percent: 60, spentShare: 0.4, done: 'Avis reçus de sept ministères sur dix.', blockers: 'Arrêté en attente de signature : désaccord entre ministères sur la composition du réseau des points focaux.', nextSteps: 'Arbitrage demandé au Comité de haut niveau.', review: 'SUBMITTED' },
  },
  {
    T2: { status: 'ON_TRACK', percent: 15, spentShare: 0.05, done: 'Méthodologie d’inventaire arrêtée ; premiers échanges avec les secteurs énergie et transports.', nextSteps: 'Collecte des données des exploitants.', review: 'ACCEPTED' },
    T3: { status: 'ON_TRACK', percent: 35, spentShare: 0.15, done: 'Questionnaire rempli par les exploitants des secteurs énergie et transports ; trois secteurs recensés.', nextSteps: 'Extension aux secteurs de la santé et des télécommunications.', review: 'ACCEPTED' },
  },
];

async function run<S extends z.ZodType, T>(def: ActionDef<S, T>, ctx: ActionContext, input: unknown): Promise<T> {
  const r = await seedRun(def, ctx, input);
  if (!r.ok) throw new Error(`demo follow-up: ${def.name} failed (${r.error})`);
  return r.data;
}

export async function seedDemoFollowUp(db: PrismaClient, o: { roadmapId: string; coordinator: string; reviewer: string; admin: string; contributors: string[] }) {
  if (await db.followUp.findUnique({ where: { roadmapId: o.roadmapId } })) return { created: false };
  const roadmap = await db.roadmap.findUniqueOrThrow({ where: { id: o.roadmapId }, select: { status: true, versions: { orderBy: { number: 'desc' }, take: 1, select: { number: true } } } });
  const reviewer = await seedContext(db, o.reviewer);
  const coordinator = await seedContext(db, o.coordinator);
  if (roadmap.status === 'IN_REVIEW') await run(decideVersion, reviewer, { roadmapId: o.roadmapId, number: roadmap.versions[0].number, decision: 'APPROVE', note: 'Feuille de route approuvée : les calendriers révisés sont réalistes.' });
  await run(saveFollowUpSettings, coordinator, { roadmapId: o.roadmapId, rhythm: 'QUARTERLY', firstPeriod: '2025-T2', dueDay: 15 });
  const f = await db.followUp.findUniqueOrThrow({ where: { roadmapId: o.roadmapId } });
  const tracked = await db.trackedAction.findMany({ where: { followUpId: f.id }, orderBy: [{ objectiveOrder: 'asc' }, { order: 'asc' }] });

  // Each entity writes with its demo contributor's account when there is one, else the
  // administrator's (who may act for any entity): the updates stay the entities'.
  const writers = new Map<string, ActionContext>();
  for (const email of o.contributors) {
    const ctx = await seedContext(db, email);
    for (const m of ctx.user!.memberships) if (m.entityId) writers.set(m.entityId, ctx);
  }
  const admin = await seedContext(db, o.admin);
  for (const [i, action] of tracked.entries()) {
    const story = STORIES[i];
    if (!story || !action.leadEntityId) continue;
    const writer = writers.get(action.leadEntityId) ?? admin;
    for (const period of ['T2', 'T3'] as const) {
      const s = story[period];
      if (!s) continue;
      const cost = action.costAmount === null ? 0 : Number(action.costAmount);
      const indicators = (action.indicators as { type: string; target: string }[]).map((ind, index) => ({
        index, value: ind.type === 'boolean' ? s.status === 'COMPLETED' : ind.type === 'percent' ? Math.round(s.percent * 0.8) : ind.type === 'number' ? Math.round((Number.parseFloat(ind.target) || 4) * s.percent / 100) : null,
      }));
      const fields: UpdateFields = { status: s.status, percent: s.percent, spent: Math.round(cost * s.spentShare), indicatorValues: indicators, done: s.done, blockers: s.blockers ?? '', nextSteps: s.nextSteps };
      const saved = await run(saveUpdate, writer, { trackedActionId: action.id, entityId: action.leadEntityId, period: `2025-${period}`, baseVersion: 0, base: EMPTY_UPDATE, changes: valuesOfFields(fields) });
      if (s.review === 'DRAFT') continue;
      await run(submitUpdate, writer, { updateId: saved.updateId!, entityId: action.leadEntityId, version: saved.version });
      if (s.review === 'SUBMITTED') continue;
      await run(reviewUpdate, coordinator, { updateId: saved.updateId, version: saved.version + 1, decision: s.review === 'ACCEPTED' ? 'ACCEPT' : 'RETURN', note: s.note ?? '' });
    }
  }
  return { created: true, followUpId: f.id };
}
