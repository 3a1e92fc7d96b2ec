// The demo roadmap `benin-2024`: drafted from the demo assessment's findings, then taken
// through one full review loop (version 1 submitted, a reviewer's comments and one
// requested change, an edit, version 2 submitted), so a newcomer sees every screen filled.
// Illustrative content, written as the national coordination and UN staff would.
import type { PrismaClient } from '../db/client';
import type { ActionContext, ActionDef, RunContext } from '../actions/define-action';
import type { z } from 'zod';
import type { Result } from '../result';
import { createAuth } from '../auth/auth';
import { loadSessionUser } from '../auth/session-user';
import { addComment } from '../roadmap/add-comment';
import { decideVersion } from '../roadmap/decide-version';
import { auditAs, systemAudit } from '../audit/record-event';
import { generateDraft } from '../roadmap/generate-draft';
import { submitVersion } from '../roadmap/submit-version';
import { consultationTexts } from '../roadmap/create-roadmap';
import type { Indicator } from '../roadmap/indicators';
import { reviewTranslations } from '../translation/review-translations';
import { saveTranslation } from '../translation/save-translation';
import { setPublicationLanguages } from '../translation/set-languages';
import { textKey } from '../translation/texts';

export const DEMO_ROADMAP_SLUG = 'benin-2024';

const SUMMARY = `La présente feuille de route traduit les conclusions des consultations nationales tenues à Cotonou en septembre 2024 avec trente responsables de vingt-deux ministères et agences. Elle identifie les acquis du Bénin — un cadre pénal qui réprime le terrorisme, une juridiction spécialisée (CRIET), une agence nationale de protection civile et une stratégie de sécurité numérique — ainsi que les lacunes qui exposent encore les infrastructures critiques et les lieux publics : absence de stratégie nationale dédiée et de liste officielle des infrastructures critiques, obligations de sécurité des exploitants peu formalisées, partage d’informations encore informel et exercices conjoints rares.

Les actions prioritaires visent, sur 2025-2027, à adopter une stratégie nationale et son plan d’action, à désigner une autorité chef de file dotée de points focaux, à établir un inventaire classifié des infrastructures critiques, à imposer des plans de sûreté aux exploitants et à organiser des exercices interservices réguliers. Le coût estimatif et les sources de financement sont précisés pour chaque action.

Données d’illustration : ce document de démonstration ne reproduit pas la feuille de route officielle.`;

const SUMMARY_EN = `This roadmap turns into action the conclusions of the national consultations held in Cotonou in September 2024 with thirty officials from twenty-two ministries and agencies. It identifies what Benin has achieved — a criminal framework that punishes terrorism, a specialised court (CRIET), a national civil protection agency and a digital security strategy — and the gaps that still expose critical infrastructure and public places: no dedicated national strategy and no official list of critical infrastructure, operators' security obligations barely formalised, information sharing still informal and joint exercises rare.

The priority actions aim, over 2025-2027, to adopt a national strategy and its action plan, to designate a lead authority with focal points, to draw up a classified inventory of critical infrastructure, to require security plans from operators and to hold regular inter-agency exercises. The estimated cost and the sources of funding are given for each action.

Illustrative data: this demonstration document does not reproduce the official roadmap.`;

/** The English of the first action's indicator (DETAILS), translated in the demo; the others are not yet. */
const INDICATORS_EN = ['National strategy adopted by the Council of Ministers'] as const;

/** Details a coordinator adds to the generated actions: calendar, cost, indicator. */
const DETAILS: { start: string; end: string; cost: number; funding: 'PARTNER' | 'NATIONAL_BUDGET' | 'TO_BE_MOBILISED'; indicator: Indicator }[] = [
  { start: '2025-T1', end: '2025-T4', cost: 45_000_000, funding: 'PARTNER', indicator: { label: 'Stratégie adoptée en Conseil des ministres', baseline: 'no', target: 'yes', unit: '', type: 'YES_NO' } },
  { start: '2025-T1', end: '2025-T2', cost: 8_000_000, funding: 'NATIONAL_BUDGET', indicator: { label: 'Arrêté désignant l’autorité chef de file et les points focaux publié', baseline: 'no', target: 'yes', unit: '', type: 'YES_NO' } },
  { start: '2025-T2', end: '2026-T2', cost: 60_000_000, funding: 'TO_BE_MOBILISED', indicator: { label: 'Secteurs couverts par l’inventaire classifié des infrastructures critiques', baseline: '0', target: '8', unit: 'secteurs', type: 'NUMBER' } },
  { start: '2025-T3', end: '2026-T4', cost: 120_000_000, funding: 'PARTNER', indicator: { label: 'Exploitants dotés d’un plan de sûreté validé', baseline: '0', target: '80', unit: '', type: 'PERCENTAGE' } },
  { start: '2026-T1', end: '2027-T4', cost: 35_000_000, funding: 'NATIONAL_BUDGET', indicator: { label: 'Exercices interservices par an', baseline: '0', target: '2', unit: 'exercices', type: 'NUMBER' } },
];

/**
 * Each generated action's own indicator, in the type and bounds DETAILS gives its position
 * (the follow-up demo reports values by type): found by the start of the action's title, so
 * that a change in the draft's order leaves an action with DETAILS's indicator rather than
 * another action's.
 */
const FITTING: { title: string; label: string; unit?: string }[] = [
  { title: 'Élaborer et faire adopter une stratégie nationale', label: 'Stratégie adoptée en Conseil des ministres' },
  { title: 'Nommer l’autorité chef de file', label: 'Arrêté désignant l’autorité chef de file et les points focaux publié' },
  { title: 'Doter les points focaux de termes de référence', label: 'Secteurs dont les points focaux sont formés', unit: 'secteurs' },
  { title: 'Chiffrer le plan d’action', label: 'Actions du plan inscrites au budget de l’État' },
  { title: 'Instituer une évaluation annuelle de la menace', label: 'Évaluations de la menace remises au comité', unit: 'évaluations' },
  { title: 'Cartographier les interdépendances', label: 'Cartographie des interdépendances validée' },
  { title: 'Évaluer la vulnérabilité des sites prioritaires', label: 'Méthode nationale d’évaluation de la vulnérabilité adoptée' },
  { title: 'Créer un comité interministériel permanent', label: 'Ministères siégeant au comité interministériel', unit: 'ministères' },
  { title: 'Organiser une veille permanente', label: 'Points focaux reliés au réseau d’alerte' },
  { title: 'Mettre en place une plateforme public-privé', label: 'Réunions de la plateforme public-privé par an', unit: 'réunions' },
  { title: 'Protéger les points névralgiques', label: 'Plan de protection des réseaux d’énergie et d’eau adopté' },
  { title: 'Organiser des exercices de sûreté portuaire', label: 'Exercice conjoint port-aéroport conduit' },
  { title: 'Inventorier les cibles', label: 'Départements couverts par l’inventaire des cibles « molles »', unit: 'départements' },
  { title: 'Élaborer un plan de sécurité touristique', label: 'Sites touristiques majeurs couverts par le plan' },
  { title: 'Évaluer la sécurité des systèmes de contrôle industriels', label: 'Audits de systèmes de contrôle industriels par an', unit: 'audits' },
  { title: 'Intégrer des scénarios terroristes', label: 'Plan national d’intervention révisé avec des scénarios terroristes' },
  { title: 'Définir une doctrine et des capacités de lutte anti-drones', label: 'Doctrine nationale de lutte anti-drones adoptée' },
];

function indicatorFor(title: string, position: number): Indicator {
  const d = DETAILS[position % DETAILS.length].indicator;
  const fit = FITTING.find((f) => title.startsWith(f.title));
  return fit ? { ...d, label: fit.label, unit: fit.unit ?? d.unit } : d;
}

async function context(db: PrismaClient, email: string): Promise<ActionContext> {
  const u = await db.user.findUniqueOrThrow({ where: { email } });
  return {
    db, auth: createAuth(db, { secret: 'seed-only-secret-never-used-for-sessions', baseURL: 'http://localhost:3000', provider: 'sqlite', production: false }),
    headers: new Headers(), user: await loadSessionUser(db, u.id), ip: null, userAgent: 'seed', locale: 'fr', baseUrl: 'http://localhost:3000',
  };
}

/** A demo user's context for running actions from the seed (trusted code, no session). */
export const seedContext = (db: PrismaClient, email: string) => context(db, email);

/**
 * Runs an action as the seed: validated like any call, but without the session checks (the
 * demo reviewer has not set up two-factor authentication yet; the seed is trusted code).
 */
export async function seedRun<S extends z.ZodType, T>(def: ActionDef<S, T>, ctx: ActionContext, input: unknown): Promise<Result<T>> {
  const parsed = def.input.parse(input);
  const scope = await def.scope(ctx.db, parsed);
  if (!scope) throw new Error(`demo roadmap: ${def.name} found nothing to act on`);
  const audit = auditAs({ actorId: ctx.user!.id, ip: ctx.ip, userAgent: ctx.userAgent }, scope.countryId);
  return def.run({ ...ctx, user: ctx.user!, audit } as RunContext, parsed, scope);
}

function must<T>(r: { ok: true; data: T } | { ok: false; error: string }, what: string): T {
  if (!r.ok) throw new Error(`demo roadmap: ${what} failed (${r.error})`);
  return r.data;
}

/**
 * Creates the demo roadmap for the demo assessment, if it does not exist yet. The reviewer
 * account acts without a session here: the seed calls the domain, not the web.
 */
export async function seedDemoRoadmap(db: PrismaClient, o: { assessmentId: string; coordinator: string; reviewer: string }) {
  if (await db.roadmap.findUnique({ where: { slug: DEMO_ROADMAP_SLUG } })) return { created: false };
  const a = await db.assessment.findUniqueOrThrow({ where: { id: o.assessmentId }, include: { coordinatingEntity: true, _count: { select: { entities: true } } } });
  const texts = consultationTexts('fr', {
    place: a.place, startsOn: a.startsOn, endsOn: a.endsOn, officials: a.officialsCount,
    entities: a._count.entities, organisers: (a.organisers as string[]) ?? [], coordinator: a.coordinatingEntity?.nameFr ?? null,
  });
  const roadmap = await db.roadmap.create({
    data: {
      slug: DEMO_ROADMAP_SLUG, countryId: a.countryId, assessmentId: a.id, language: 'fr', sensitivity: 'RESTRICTED',
      title: 'Feuille de route nationale pour la protection des infrastructures critiques et des cibles vulnérables (2025-2027)',
      executiveSummary: SUMMARY, ...texts,
    },
  });
  must(await generateDraft(db, roadmap.id, systemAudit), 'drafting');
  const actions = await db.action.findMany({ where: { roadmapId: roadmap.id }, orderBy: { order: 'asc' } });
  for (const [i, action] of actions.entries()) {
    const d = DETAILS[i % DETAILS.length];
    await db.action.update({
      where: { id: action.id },
      data: {
        startPeriod: d.start, endPeriod: d.end, costAmount: d.cost, currency: 'XOF', fundingSource: d.funding,
        indicators: [indicatorFor(action.title, i)],
      },
    });
  }

  const coordinator = await context(db, o.coordinator);
  const reviewer = await context(db, o.reviewer);
  must(await seedRun(submitVersion, coordinator, { roadmapId: roadmap.id }), 'version 1');
  const first = actions[0];
  const objective = await db.objective.findFirst({ where: { roadmapId: roadmap.id }, orderBy: { order: 'asc' } });
  must(await seedRun(addComment, reviewer, { roadmapId: roadmap.id, targetType: 'ROADMAP', body: 'Document clair et bien structuré. Merci de préciser pour chaque action l’entité chef de file et un indicateur mesurable.' }), 'comment');
  if (first) must(await seedRun(addComment, reviewer, { roadmapId: roadmap.id, targetType: 'ACTION', targetId: first.id, body: 'Le calendrier de cette action paraît ambitieux : l’adoption en Conseil des ministres demande en général deux trimestres de plus. Proposer une échéance fin 2026 ?' }), 'action comment');
  if (objective) must(await seedRun(addComment, reviewer, { roadmapId: roadmap.id, targetType: 'OBJECTIVE', targetId: objective.id, body: 'Objectif pertinent ; penser à y rattacher la désignation des points focaux sectoriels.' }), 'objective comment');
  must(await seedRun(decideVersion, reviewer, { roadmapId: roadmap.id, number: 1, decision: 'REQUEST_CHANGES', note: 'Revoir le calendrier de la première action (adoption de la stratégie) : prévoir une échéance au quatrième trimestre 2026.' }), 'request changes');
  if (first) await db.action.update({ where: { id: first.id }, data: { endPeriod: '2026-T4', editedAt: new Date(), version: { increment: 1 } } });
  await seedTranslation(db, roadmap.id, coordinator, reviewer, texts, a);
  must(await seedRun(submitVersion, coordinator, { roadmapId: roadmap.id }), 'version 2');
  return { created: true, roadmapId: roadmap.id, actions: actions.length };
}

/**
 * The English translation (docs/decisions/011), as far as the demo has it: complete and
 * reviewed for the summary and the objectives; for the actions, the framework's English of
 * every title and description as drafts, the first action reviewed with its indicator, the
 * others' indicators still in French.
 */
async function seedTranslation(
  db: PrismaClient, roadmapId: string, coordinator: ActionContext, reviewer: ActionContext,
  fr: ReturnType<typeof consultationTexts>, a: { place: string | null; startsOn: Date | null; endsOn: Date | null; officialsCount: number | null; organisers: unknown; coordinatingEntity: { nameEn: string } | null; _count: { entities: number } },
) {
  must(await seedRun(setPublicationLanguages, coordinator, { roadmapId, languages: ['fr', 'en'] }), 'publication languages');
  const en = consultationTexts('en', {
    place: a.place, startsOn: a.startsOn, endsOn: a.endsOn, officials: a.officialsCount,
    entities: a._count.entities, organisers: (a.organisers as string[]) ?? [], coordinator: a.coordinatingEntity?.nameEn ?? null,
  });
  const save = async (key: string, text: string) => {
    const existing = await db.textTranslation.findFirst({ where: { language: 'en', targetId: key.split('.')[1], field: key.split('.').slice(2).join('.') } });
    must(await seedRun(saveTranslation, coordinator, { roadmapId, language: 'en', key, baseVersion: existing?.version ?? 0, base: { text: existing?.text ?? '' }, changes: { text } }), `translation of ${key}`);
  };
  await save(textKey('Roadmap', roadmapId, 'title'), 'National roadmap for the protection of critical infrastructure and vulnerable targets (2025-2027)');
  await save(textKey('Roadmap', roadmapId, 'executiveSummary'), SUMMARY_EN);
  if (fr.context.trim()) await save(textKey('Roadmap', roadmapId, 'context'), en.context);
  if (fr.methodology.trim()) await save(textKey('Roadmap', roadmapId, 'methodology'), en.methodology);
  const objectives = await db.objective.findMany({ where: { roadmapId }, select: { id: true } });
  const actions = await db.action.findMany({ where: { roadmapId }, orderBy: { order: 'asc' }, select: { id: true, indicators: true } });
  for (const [i, action] of actions.slice(0, INDICATORS_EN.length).entries()) {
    await save(textKey('Action', action.id, 'indicator.0.label'), INDICATORS_EN[i]);
  }
  const reviewed = [
    ...['title', 'executiveSummary', 'context', 'methodology'].map((f) => textKey('Roadmap', roadmapId, f)),
    ...objectives.flatMap((o) => [textKey('Objective', o.id, 'title'), textKey('Objective', o.id, 'description')]),
    ...actions.slice(0, INDICATORS_EN.length).flatMap((x) => ['title', 'description', 'indicator.0.label'].map((f) => textKey('Action', x.id, f))),
  ];
  const present = await db.textTranslation.findMany({ where: { language: 'en', targetId: { in: [roadmapId, ...objectives.map((o) => o.id), ...actions.map((x) => x.id)] } }, select: { targetType: true, targetId: true, field: true } });
  const existing = new Set(present.map((r) => textKey(r.targetType as 'Roadmap', r.targetId, r.field)));
  must(await seedRun(reviewTranslations, reviewer, { roadmapId, language: 'en', keys: reviewed.filter((k) => existing.has(k)) }), 'translation review');
}
