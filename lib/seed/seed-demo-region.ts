// Two more illustrative countries for the programme view (lib/programme): Togo and Senegal,
// each with a few entities, a closed assessment on vt 2025.1 with consolidated findings, and
// a short draft roadmap whose actions name the partners asked for technical assistance. The
// demo reviewer is assigned to Togo beside Benin; Senegal stays unassigned (the third
// country the programme view must never show her). ILLUSTRATIVE: no official document, no
// real consultation. Idempotent: an existing country keeps its data.
import { createHash } from 'node:crypto';
import type { Db } from '../db/client';
import type { Priority } from '../db/generated/sqlite/enums';
import type { SeedEntity } from './benin-entities';
import { DEMO_FRAMEWORK_VERSION } from './seed-demo-assessment';

type RegionCountry = {
  code: string;
  title: string;
  place: string;
  year: number;
  slug: string;
  roadmapTitle: string;
  roadmapStatus: 'DRAFT' | 'IN_REVIEW';
  entities: SeedEntity[];
  /** mean level per area code, around which the findings are drawn */
  baseline: Record<string, number>;
  /** the questions whose gaps this country rates of high priority, with the partners it asks for */
  priorities: { question: string; partners: string[]; need: string; action: string }[];
};

export const REGION: RegionCountry[] = [
  {
    code: 'TG', title: 'Consultations nationales de Lomé sur la protection des cibles vulnérables (illustratif)', place: 'Lomé', year: 2024,
    slug: 'togo-2025', roadmapTitle: 'Feuille de route du Togo pour la protection des cibles vulnérables (illustratif)', roadmapStatus: 'IN_REVIEW',
    entities: [
      { code: 'MSPC', articleFr: 'LE', acronym: 'MSPC', kind: 'MINISTRY', nameFr: 'Ministère de la Sécurité et de la Protection civile', nameEn: 'Ministry of Security and Civil Protection' },
      { code: 'MAD', articleFr: 'LE', acronym: null, kind: 'MINISTRY', nameFr: 'Ministère des Armées', nameEn: 'Ministry of the Armed Forces' },
      { code: 'MEN', articleFr: 'LE', acronym: null, kind: 'MINISTRY', nameFr: 'Ministère de l’Économie numérique', nameEn: 'Ministry of the Digital Economy' },
      { code: 'PAL', articleFr: 'LE', acronym: 'PAL', kind: 'SOE', parent: 'MSPC', nameFr: 'Port autonome de Lomé', nameEn: 'Autonomous Port of Lomé' },
      { code: 'ANPC-TG', articleFr: 'ELIDED', acronym: 'ANPC', kind: 'AGENCY', parent: 'MSPC', nameFr: 'Agence nationale de la protection civile', nameEn: 'National Civil Protection Agency' },
    ],
    baseline: { GOV: 1.6, LEG: 2.6, RISK: 1.5, COORD: 1.8, PPP: 1.2, CIP: 2.0, SOFT: 1.4, CYB: 2.2, PREP: 1.9, INTL: 2.3, EMER: 1.3, HRG: 2.1 },
    priorities: [
      { question: 'GOV-01', partners: ['UNOCT'], need: 'Appui à la rédaction d’une stratégie nationale de protection des cibles vulnérables.', action: 'Élaborer et faire adopter une stratégie nationale de protection des cibles vulnérables' },
      { question: 'RISK-03', partners: ['UNOCT', 'CTED'], need: 'Formation des services à l’évaluation des risques des lieux publics.', action: 'Former les services de sécurité à l’évaluation des risques des lieux publics' },
      { question: 'SOFT-01', partners: ['UNOCT'], need: 'Méthode d’inventaire et de protection des lieux de rassemblement.', action: 'Établir l’inventaire des cibles vulnérables et leurs plans de protection' },
      { question: 'CYB-03', partners: ['UNODC'], need: 'Renforcement de l’équipe de réponse aux incidents informatiques.', action: 'Renforcer l’équipe nationale de réponse aux incidents informatiques' },
    ],
  },
  {
    code: 'SN', title: 'Consultations nationales de Dakar sur la protection des cibles vulnérables (illustratif)', place: 'Dakar', year: 2025,
    slug: 'senegal-2025', roadmapTitle: 'Feuille de route du Sénégal pour la protection des cibles vulnérables (illustratif)', roadmapStatus: 'DRAFT',
    entities: [
      { code: 'MISP-SN', articleFr: 'LE', acronym: 'MISP', kind: 'MINISTRY', nameFr: 'Ministère de l’Intérieur et de la Sécurité publique', nameEn: 'Ministry of the Interior and Public Security' },
      { code: 'MFA-SN', articleFr: 'LE', acronym: null, kind: 'MINISTRY', nameFr: 'Ministère des Forces armées', nameEn: 'Ministry of the Armed Forces' },
      { code: 'PAD', articleFr: 'LE', acronym: 'PAD', kind: 'SOE', nameFr: 'Port autonome de Dakar', nameEn: 'Autonomous Port of Dakar' },
      { code: 'BNSP', articleFr: 'LA', acronym: 'BNSP', kind: 'SECURITY_FORCE', parent: 'MFA-SN', nameFr: 'Brigade nationale des sapeurs-pompiers', nameEn: 'National Fire Brigade' },
    ],
    baseline: { GOV: 2.1, LEG: 2.8, RISK: 1.7, COORD: 2.0, PPP: 1.5, CIP: 2.2, SOFT: 1.5, CYB: 2.5, PREP: 2.2, INTL: 2.6, EMER: 1.8, HRG: 2.4 },
    priorities: [
      { question: 'GOV-01', partners: ['UNOCT'], need: 'Appui à la mise à jour de la stratégie nationale.', action: 'Mettre à jour la stratégie nationale et son plan d’action' },
      { question: 'SOFT-01', partners: ['UNOCT', 'INTERPOL'], need: 'Protection des grands rassemblements religieux et sportifs.', action: 'Adopter des plans de protection des grands rassemblements' },
      { question: 'EMER-02', partners: ['CTED'], need: 'Exercices de gestion de crise multi-services.', action: 'Organiser un exercice national de gestion de crise' },
    ],
  },
];

/** Illustrative countries' codes: the demo reviewer is assigned to the first beside Benin. */
export const REGION_ASSIGNED = 'TG';
export const REGION_UNASSIGNED = 'SN';

const unit = (key: string) => createHash('sha256').update(key).digest().readUInt32BE(0) / 2 ** 32;

async function seedCountry(db: Db, c: RegionCountry, fw: { id: string; areas: { code: string; questions: { id: string; code: string }[] }[] }, reviewerId: string | null) {
  const existing = await db.country.findUnique({ where: { code: c.code }, select: { id: true } });
  if (existing) return existing.id;
  const country = await db.country.create({ data: { code: c.code, currency: 'XOF', demo: true } });
  const ids = new Map<string, string>();
  for (const e of c.entities) {
    const row = await db.entity.create({ data: { countryId: country.id, code: e.code, acronym: e.acronym, nameFr: e.nameFr, nameEn: e.nameEn, kind: e.kind } });
    ids.set(e.code, row.id);
  }
  for (const e of c.entities) if (e.parent) await db.entity.update({ where: { id: ids.get(e.code)! }, data: { parentId: ids.get(e.parent)! } });

  const assessment = await db.assessment.create({
    data: {
      countryId: country.id, frameworkVersionId: fw.id, title: c.title, status: 'CLOSED', place: c.place,
      startsOn: new Date(`${c.year}-11-12T00:00:00Z`), endsOn: new Date(`${c.year}-11-14T00:00:00Z`), organisers: ['UNOCT', 'CTED'],
      coordinatingEntityId: ids.get(c.entities[0].code)!, createdById: reviewerId,
      entities: { create: c.entities.map((e) => ({ entityId: ids.get(e.code)! })) },
    },
  });
  // One consolidated finding for two questions of three in each area, drawn around the baseline.
  const high = new Map(c.priorities.map((p) => [p.question, p]));
  const findings = fw.areas.flatMap((a) =>
    a.questions.filter((q, i) => high.has(q.code) || i % 3 !== 2).map((q) => {
      const level = Math.max(0, Math.min(4, Math.round((c.baseline[a.code] ?? 2) + (unit(`${c.code}/${q.code}`) - 0.5) * 2)));
      const p = high.get(q.code);
      const priority: Priority = p ? 'HIGH' : level >= 3 ? 'LOW' : 'MEDIUM';
      return {
        assessmentId: assessment.id, questionId: q.id, maturity: p ? Math.min(level, 1) : level, priority,
        achievements: '', gaps: p ? 'Lacune prioritaire relevée lors des consultations (illustratif).' : '', needs: p?.need ?? '',
      };
    }),
  );
  await db.finding.createMany({ data: findings });

  const questionId = new Map(fw.areas.flatMap((a) => a.questions.map((q) => [q.code, q.id] as const)));
  const roadmap = await db.roadmap.create({
    data: {
      slug: c.slug, countryId: country.id, assessmentId: assessment.id, title: c.roadmapTitle, status: c.roadmapStatus,
      executiveSummary: 'Données d’illustration : ce document de démonstration ne reproduit aucune feuille de route officielle.',
    },
  });
  const objective = await db.objective.create({ data: { roadmapId: roadmap.id, order: 1, title: 'Combler les lacunes prioritaires relevées lors des consultations' } });
  for (const [i, p] of c.priorities.entries()) {
    await db.action.create({
      data: {
        roadmapId: roadmap.id, objectiveId: objective.id, order: i + 1, title: p.action, description: p.need, partners: p.partners, indicators: [],
        priority: 'HIGH', fundingSource: 'PARTNER', leadEntityId: ids.get(c.entities[0].code)!, startPeriod: '2026-T1', endPeriod: '2026-T4',
        status: i === 0 && c.roadmapStatus === 'IN_REVIEW' ? 'IN_PROGRESS' : 'PLANNED',
        questions: { create: [{ questionId: questionId.get(p.question)! }] },
      },
    });
  }
  return country.id;
}

/** Togo and Senegal, when the framework of the demo's first cycle is imported; the reviewer assigned to Togo. */
export async function seedDemoRegion(db: Db, reviewerId: string | null) {
  const fw = await db.frameworkVersion.findFirst({
    where: { slug: 'vt', version: DEMO_FRAMEWORK_VERSION, status: 'PUBLISHED' },
    select: { id: true, areas: { orderBy: { order: 'asc' }, select: { code: true, questions: { orderBy: { order: 'asc' }, select: { id: true, code: true } } } } },
  });
  if (!fw) return [];
  const countries: string[] = [];
  for (const c of REGION) countries.push(await seedCountry(db, c, fw, reviewerId));
  if (reviewerId) {
    const togo = await db.country.findUniqueOrThrow({ where: { code: REGION_ASSIGNED }, select: { id: true } });
    const scope = { userId: reviewerId, role: 'REVIEWER' as const, countryId: togo.id, entityId: null, assessmentId: null };
    if (!(await db.membership.findFirst({ where: scope }))) await db.membership.create({ data: scope });
  }
  return countries;
}
