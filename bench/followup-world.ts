// The follow-up benchmark's world: an approved roadmap of `actions` actions for Benin's
// register of ministries and agencies (lib/seed/benin-entities.ts), on the vt framework's
// areas and the paragraphs of resolutions 2341 and 2396, followed up quarterly over
// `periods` quarters ending with the current one, with every period's updates as the
// entities and the coordination would have left them: most accepted, some returned or
// waiting, a few never sent (late), blocked and delayed actions, completed ones that stop
// reporting, drafts in the current period.
// The roadmap is written with createMany (500 actions through the editor would take
// minutes), then frozen and tracked by the domain: its snapshot by buildSnapshot, the
// follow-up opened by saveFollowUpSettings (which writes the periods and the tracked
// actions). The updates and their validation steps are written with createMany, with the
// values the follow-up's own rules accept (indicator types, cumulative percent and spending).
import { createHash } from 'node:crypto';
import type { PrismaClient, Prisma } from '../lib/db/client';
import { saveFollowUpSettings } from '../lib/followup/save-settings';
import { monthOfDate, periodContaining, periodKey } from '../lib/followup/periods';
import { buildSnapshot, contentHash } from '../lib/roadmap/snapshot';
import { BENIN_ENTITIES } from '../lib/seed/benin-entities';
import { importShippedFrameworks } from '../lib/seed/import-shipped-frameworks';
import { seedContext, seedRun } from '../lib/seed/seed-demo-roadmap';
import { benchUser } from './app';

const unit = (key: string) => createHash('sha256').update(key).digest().readUInt32BE(0) / 2 ** 32;

const ACTIONS = [
  'Élaborer et faire adopter la stratégie nationale de protection des cibles vulnérables',
  'Désigner par arrêté l’autorité chef de file et les points focaux sectoriels',
  'Établir l’inventaire classifié des infrastructures critiques',
  'Exiger des exploitants un plan de sûreté validé',
  'Conduire des exercices interservices de gestion de crise',
  'Former les agents de sûreté des sites touristiques et religieux',
  'Mettre en place une plateforme sécurisée de partage d’informations',
  'Renforcer la sûreté du port autonome de Cotonou',
];
const DONE = [
  'Atelier de validation tenu avec les ministères sectoriels ; observations intégrées au projet.',
  'Termes de référence adoptés ; consultant recruté sur financement des partenaires.',
  'Collecte des données des exploitants achevée pour trois secteurs sur huit.',
  'Deux sessions de formation tenues à Cotonou et Parakou (46 agents).',
];
const NEXT = ['Transmission au Secrétariat général du Gouvernement.', 'Extension aux secteurs de la santé et des télécommunications.', 'Exercice de simulation prévu au prochain trimestre.'];
const BLOCKERS = 'Décaissement des fonds des partenaires en attente ; désaccord entre ministères sur la composition du comité.';

type Indicator = { label: string; baseline: string; target: string; unit: string; type: 'NUMBER' | 'PERCENTAGE' | 'YES_NO' };
const INDICATORS: Indicator[][] = [
  [{ label: 'Stratégie adoptée en Conseil des ministres', baseline: 'no', target: 'yes', unit: '', type: 'YES_NO' }],
  [{ label: 'Secteurs couverts par l’inventaire', baseline: '0', target: '8', unit: 'secteurs', type: 'NUMBER' }, { label: 'Exploitants dotés d’un plan validé', baseline: '0', target: '80', unit: '', type: 'PERCENTAGE' }],
  [{ label: 'Agents formés', baseline: '0', target: '200', unit: 'agents', type: 'NUMBER' }],
];
const FUNDING = ['NATIONAL_BUDGET', 'PARTNER', 'TO_BE_MOBILISED'] as const;

export type FollowUpWorld = Awaited<ReturnType<typeof followUpWorld>>;

export async function followUpWorld(db: PrismaClient, o: { actions: number; periods: number; contributors: number; now: Date }) {
  await importShippedFrameworks(db);
  const fw = await db.frameworkVersion.findFirstOrThrow({
    where: { slug: 'vt' }, orderBy: { importedAt: 'desc' },
    select: { id: true, areas: { orderBy: { order: 'asc' }, select: { id: true, code: true, titleFr: true } }, instruments: { where: { code: { in: ['2341', '2396'] } }, select: { paragraphs: { select: { id: true } } } } },
  });
  const paragraphs = fw.instruments.flatMap((i) => i.paragraphs.map((p) => p.id));
  const country = await db.country.create({ data: { code: 'BJ', currency: 'XOF', demo: false } });
  const entities = await db.entity.createManyAndReturn({
    data: BENIN_ENTITIES.filter((e) => e.consulted).map((e) => ({ countryId: country.id, code: e.code, acronym: e.acronym, nameFr: e.nameFr, nameEn: e.nameEn, articleFr: e.articleFr, kind: e.kind })),
    select: { id: true },
  });
  const assessment = await db.assessment.create({
    data: { countryId: country.id, frameworkVersionId: fw.id, title: 'Consultations nationales de Cotonou (banc d’essai)', status: 'CLOSED', place: 'Cotonou', organisers: ['UNOCT', 'CTED'], entities: { create: entities.map((e) => ({ entityId: e.id })) } },
  });
  const roadmap = await db.roadmap.create({
    data: { slug: 'bench-suivi', countryId: country.id, assessmentId: assessment.id, title: 'Feuille de route nationale du Bénin (banc d’essai du suivi)', executiveSummary: 'Banc d’essai : 500 actions suivies sur douze trimestres.' },
  });
  const objectives = await db.objective.createManyAndReturn({
    data: Array.from({ length: 20 }, (_, i) => ({ roadmapId: roadmap.id, areaId: fw.areas[i % fw.areas.length].id, order: i + 1, title: `Objectif ${i + 1} : ${fw.areas[i % fw.areas.length].titleFr}` })),
    select: { id: true },
  });

  // The quarters: the current one is the last; the actions start in the first eight.
  const current = periodContaining('QUARTERLY', monthOfDate(o.now));
  const firstMonth = current.startMonth - (o.periods - 1) * 3;
  const quarter = (k: number) => periodKey('QUARTERLY', firstMonth + k * 3);
  const actions = await db.action.createManyAndReturn({
    data: Array.from({ length: o.actions }, (_, i) => ({
      roadmapId: roadmap.id, objectiveId: objectives[i % objectives.length].id, order: Math.floor(i / objectives.length) + 1,
      title: `${ACTIONS[i % ACTIONS.length]} [${i + 1}]`, description: DONE[i % DONE.length],
      leadEntityId: entities[i % entities.length].id, partners: i % 3 === 0 ? ['UNOCT'] : [],
      startPeriod: quarter(i % 8), endPeriod: quarter(o.periods - 1), priority: (['HIGH', 'MEDIUM', 'LOW'] as const)[i % 3],
      indicators: INDICATORS[i % INDICATORS.length], costAmount: 5_000_000 + (i % 40) * 2_500_000, currency: 'XOF', fundingSource: FUNDING[i % 3], status: 'IN_PROGRESS' as const,
    })),
    select: { id: true },
  });
  await db.actionSupportingEntity.createMany({ data: actions.map((a, i) => ({ actionId: a.id, entityId: entities[(i + 5) % entities.length].id })) });
  await db.actionParagraph.createMany({ data: actions.flatMap((a, i) => [...new Set([paragraphs[i % paragraphs.length], paragraphs[(i * 7 + 3) % paragraphs.length]])].map((paragraphId) => ({ actionId: a.id, paragraphId }))) });

  // Frozen and approved, then followed up by the coordination from the first quarter.
  const snapshot = await buildSnapshot(db, roadmap.id);
  if (!snapshot) throw new Error('followup bench: no snapshot');
  await db.roadmapVersion.create({ data: { roadmapId: roadmap.id, number: 1, snapshot: snapshot as unknown as Prisma.InputJsonValue, contentHash: contentHash(snapshot), status: 'APPROVED', decidedAt: o.now } });
  await db.roadmap.update({ where: { id: roadmap.id }, data: { status: 'APPROVED' } });
  const coordinator = await benchUser(db, 'coordination@bench.example', [{ role: 'COORDINATOR', countryId: country.id }]);
  const opened = await seedRun(saveFollowUpSettings, await seedContext(db, coordinator.email), { roadmapId: roadmap.id, rhythm: 'QUARTERLY', firstPeriod: quarter(0), dueDay: 15 });
  if (!opened.ok) throw new Error(`followup bench: opening the follow-up failed (${opened.error})`);
  const followUpId = opened.data.followUpId;
  const periods = await db.followUpPeriod.findMany({ where: { followUpId }, orderBy: { seq: 'asc' } });
  if (periods.length !== o.periods) throw new Error(`followup bench: ${periods.length} periods, expected ${o.periods}`);
  const tracked = await db.trackedAction.findMany({ where: { followUpId }, orderBy: [{ objectiveOrder: 'asc' }, { order: 'asc' }] });

  // Each action's story, period by period, from its start: the percent grows; some are
  // delayed, some blocked for a while, some completed (and stop reporting), one in 53
  // cancelled. Past periods: accepted but for a few never sent; the period just due: mixed
  // reviews; the current one: drafts for some.
  const updates: Prisma.ProgressUpdateCreateManyInput[] = [];
  const steps: { key: string; kind: 'SUBMITTED' | 'ACCEPTED' | 'RETURNED'; at: Date }[] = [];
  const writers = new Set<string>();
  for (const [i, t] of tracked.entries()) {
    const indicators = t.indicators as { type: string; target: string }[];
    const cost = t.costAmount === null ? 0 : Number(t.costAmount);
    let percent = 0;
    for (const p of periods) {
      if (t.startMonth !== null && t.startMonth > p.endMonth) continue;
      const r = unit(`${i}/${p.seq}`);
      const last = p.seq === periods.length;
      const justDue = p.seq === periods.length - 1;
      if (!last && !justDue && r < 0.03) continue; // never sent: late
      if (last && r < 0.6) continue; // the current period: not written yet
      const blocked = i % 11 === 0 && (p.seq + i) % 4 === 0;
      const delayed = !blocked && i % 5 === 0;
      percent = Math.min(100, percent + (blocked ? 0 : delayed ? 4 : 7 + Math.round(r * 6)));
      const cancelled = i % 53 === 0 && p.seq >= 6;
      const status = cancelled ? 'CANCELLED' : percent >= 100 ? 'COMPLETED' : blocked ? 'BLOCKED' : delayed ? 'DELAYED' : 'ON_TRACK';
      const review = last ? 'DRAFT' : justDue ? (r < 0.12 ? null : r < 0.55 ? 'ACCEPTED' : r < 0.9 ? 'SUBMITTED' : 'RETURNED') : 'ACCEPTED';
      if (review === null) continue;
      const submittedAt = review === 'DRAFT' ? null : new Date(p.dueOn.getTime() - 3 * 86_400_000);
      updates.push({
        followUpId, periodId: p.id, periodSeq: p.seq, trackedActionId: t.id, countryId: country.id, entityId: t.leadEntityId,
        status, percent, spent: Math.round(cost * percent / 100 * 0.9),
        indicatorValues: indicators.map((ind, index) => ({ index, value: ind.type === 'date' ? null : ind.type === 'boolean' ? percent >= 100 : ind.type === 'percent' ? Math.round(percent * 0.8) : Math.round((Number.parseFloat(ind.target) || 4) * percent / 100) })),
        done: DONE[(i + p.seq) % DONE.length], blockers: blocked ? BLOCKERS : '', nextSteps: NEXT[(i + p.seq) % NEXT.length],
        review, version: review === 'DRAFT' ? 1 : review === 'SUBMITTED' ? 2 : 3, submittedAt, submittedById: submittedAt && coordinator.id,
        reviewedAt: review === 'ACCEPTED' || review === 'RETURNED' ? p.dueOn : null, reviewNote: review === 'RETURNED' ? 'Merci de préciser le montant réellement engagé.' : null,
      });
      if (last && t.leadEntityId) writers.add(t.id);
      const key = `${p.id}/${t.id}`;
      if (submittedAt) steps.push({ key, kind: 'SUBMITTED', at: submittedAt });
      if (review === 'ACCEPTED' || review === 'RETURNED') steps.push({ key, kind: review, at: p.dueOn });
      if (status === 'COMPLETED' || status === 'CANCELLED') break;
    }
  }
  const ids = new Map<string, string>();
  for (let k = 0; k < updates.length; k += 1000) {
    const rows = await db.progressUpdate.createManyAndReturn({ data: updates.slice(k, k + 1000), select: { id: true, periodId: true, trackedActionId: true } });
    for (const r of rows) ids.set(`${r.periodId}/${r.trackedActionId}`, r.id);
  }
  const stepRows = steps.map((s) => ({ updateId: ids.get(s.key)!, countryId: country.id, kind: s.kind, actorId: coordinator.id, at: s.at }));
  for (let k = 0; k < stepRows.length; k += 2000) await db.progressStep.createMany({ data: stepRows.slice(k, k + 2000) });

  // The contributors who autosave: each writes its own action's draft of the current period,
  // as a contributor of the action's lead entity.
  const drafts = tracked.filter((t) => writers.has(t.id)).slice(0, o.contributors);
  if (drafts.length < o.contributors) throw new Error(`followup bench: ${drafts.length} drafts for ${o.contributors} contributors`);
  const currentPeriod = periods.at(-1)!;
  const clients = [];
  for (const [i, t] of drafts.entries()) {
    const email = `c${i}@bench.example`;
    await benchUser(db, email, [{ role: 'CONTRIBUTOR', countryId: country.id, entityId: t.leadEntityId }]);
    const draft = await db.progressUpdate.findUniqueOrThrow({ where: { periodId_trackedActionId: { periodId: currentPeriod.id, trackedActionId: t.id } }, select: { id: true, done: true, version: true } });
    clients.push({ email, trackedActionId: t.id, entityId: t.leadEntityId!, updateId: draft.id, done: draft.done, version: draft.version });
  }
  return {
    countryId: country.id, roadmapId: roadmap.id, slug: roadmap.slug, followUpId, coordinator: coordinator.email,
    periods: periods.map((p) => p.key), dashboardPeriod: periods.at(-2)!.key, currentPeriod: currentPeriod.key,
    updates: updates.length, steps: stepRows.length, actions: tracked.length, clients, assessmentTitle: assessment.title,
  };
}
