// The programme benchmark's world: `countries` countries, each with five entities and
// `cycles` assessment cycles on the vt framework (the first `questions` questions), each
// cycle answered by every entity on every question and consolidated into findings; a
// roadmap per country whose actions name the partners asked for (the technical-assistance
// requests), approved and followed up for every other country with two quarters of updates.
// A reviewer is assigned to every country; one country's coordinator asks the light page.
// Rows are written with createMany; the roadmaps are frozen by buildSnapshot and followed up
// through saveFollowUpSettings, as in bench/followup-world.ts.
import { createHash } from 'node:crypto';
import type { PrismaClient, Prisma } from '../lib/db/client';
import { monthOfDate, periodContaining, periodKey } from '../lib/followup/periods';
import { saveFollowUpSettings } from '../lib/followup/save-settings';
import { buildSnapshot, contentHash } from '../lib/roadmap/snapshot';
import { importShippedFrameworks } from '../lib/seed/import-shipped-frameworks';
import { seedContext, seedRun } from '../lib/seed/seed-demo-roadmap';
import { benchUser } from './app';

const CODES = ['BJ', 'TG', 'SN', 'CI', 'BF', 'ML', 'NE', 'GH', 'NG', 'CM', 'MA', 'MR', 'TN', 'GN', 'GM', 'CV', 'TD', 'KE', 'RW', 'UG'];
const ENTITIES = [
  { code: 'MINT', nameFr: 'Ministère de l’Intérieur', nameEn: 'Ministry of the Interior', kind: 'MINISTRY' as const },
  { code: 'MDEF', nameFr: 'Ministère de la Défense', nameEn: 'Ministry of Defence', kind: 'MINISTRY' as const },
  { code: 'MJUS', nameFr: 'Ministère de la Justice', nameEn: 'Ministry of Justice', kind: 'MINISTRY' as const },
  { code: 'PORT', nameFr: 'Port autonome', nameEn: 'Autonomous Port', kind: 'SOE' as const },
  { code: 'PROCIV', nameFr: 'Agence nationale de la protection civile', nameEn: 'National Civil Protection Agency', kind: 'AGENCY' as const },
];
const PARTNERS = [['UNOCT'], ['UNOCT', 'CTED'], ['UNODC'], ['INTERPOL'], ['CTED']];
const TEXT = 'Le dispositif existe sur le papier mais n’est pas appliqué de façon régulière ; les moyens manquent hors de la capitale.';
const NEED = 'Appui technique à la formation des services et à l’évaluation des risques des lieux publics.';

const unit = (key: string) => createHash('sha256').update(key).digest().readUInt32BE(0) / 2 ** 32;
const PRIORITY = (r: number) => (r < 0.3 ? 'HIGH' : r < 0.7 ? 'MEDIUM' : 'LOW') as 'HIGH' | 'MEDIUM' | 'LOW';

export async function programmeWorld(db: PrismaClient, o: { countries: number; questions: number; cycles: number; now: Date }) {
  await importShippedFrameworks(db);
  const fw = await db.frameworkVersion.findFirstOrThrow({
    where: { slug: 'vt' }, orderBy: { importedAt: 'desc' },
    select: { id: true, areas: { orderBy: { order: 'asc' }, select: { id: true, questions: { orderBy: { order: 'asc' }, select: { id: true, code: true } } } } },
  });
  const questions = fw.areas.flatMap((a) => a.questions.map((q) => ({ ...q, areaId: a.id }))).slice(0, o.questions);
  if (questions.length < o.questions) throw new Error(`programme bench: the framework has ${questions.length} questions`);
  const current = periodContaining('QUARTERLY', monthOfDate(o.now));
  const firstQuarter = periodKey('QUARTERLY', current.startMonth - 6);
  const lastQuarter = periodKey('QUARTERLY', current.startMonth + 9);
  const countries: string[] = [];
  let answers = 0;
  let findingsCount = 0;
  let followed = 0;
  let coordinatorEmail = '';
  let lightTitle = '';
  for (const [c, code] of CODES.slice(0, o.countries).entries()) {
    const country = await db.country.create({ data: { code, currency: 'XOF' } });
    countries.push(country.id);
    const entities = await db.entity.createManyAndReturn({
      data: ENTITIES.map((e) => ({ countryId: country.id, code: `${e.code}-${code}`, acronym: `${e.code}-${code}`, nameFr: e.nameFr, nameEn: e.nameEn, kind: e.kind })),
      select: { id: true },
    });
    const coordinator = await benchUser(db, `coordination-${code.toLowerCase()}@bench.example`, [{ role: 'COORDINATOR', countryId: country.id }]);
    let previousId: string | null = null;
    let lastCycle = '';
    for (let k = 0; k < o.cycles; k++) {
      const year = 2019 + k * 3;
      const last = k === o.cycles - 1;
      const a: { id: string; title: string } = await db.assessment.create({
        data: {
          countryId: country.id, frameworkVersionId: fw.id, title: `Évaluation ${year} (${code}, banc d’essai)`, status: last && c % 4 === 0 ? 'CONSOLIDATION' : 'CLOSED',
          place: 'Capitale', startsOn: new Date(`${year}-10-07T00:00:00Z`), endsOn: new Date(`${year}-10-09T00:00:00Z`), organisers: ['UNOCT', 'CTED'], previousId,
          createdAt: new Date(`${year}-09-01T00:00:00Z`), coordinatingEntityId: entities[0].id, entities: { create: entities.map((e) => ({ entityId: e.id })) },
        },
        select: { id: true, title: true },
      });
      if (c === 0 && last) lightTitle = a.title;
      previousId = a.id;
      lastCycle = a.id;
      await db.assignment.createMany({ data: entities.flatMap((e) => questions.map((q) => ({ assessmentId: a.id, entityId: e.id, questionId: q.id }))) });
      const level = (q: string, e: number) => Math.max(0, Math.min(4, Math.round(1 + k * 0.6 + (unit(`${code}/${q}/${k}/${e}`) - 0.5) * 3)));
      const responses = entities.flatMap((e, ei) => questions.map((q) => ({
        assessmentId: a.id, entityId: e.id, questionId: q.id, state: 'ANSWERED' as const, maturity: level(q.code, ei), version: 1,
        achievements: TEXT, gaps: `${code} ${q.code} ${year}`, needs: NEED, priority: PRIORITY(unit(`${code}/${q.code}/${k}`)),
      })));
      await db.response.createMany({ data: responses });
      answers += responses.length;
      const findings = questions.map((q) => ({
        assessmentId: a.id, questionId: q.id, maturity: level(q.code, 0), priority: PRIORITY(unit(`${code}/${q.code}/${k}`)),
        achievements: TEXT, gaps: `Lacune relevée (${code}, ${q.code}).`, needs: NEED,
      }));
      await db.finding.createMany({ data: findings });
      findingsCount += findings.length;
    }
    if (c === 0) coordinatorEmail = coordinator.email;

    // The roadmap of the latest cycle: an objective per area, fifteen actions naming partners.
    const followedUp = c % 2 === 0;
    const roadmap = await db.roadmap.create({
      data: { slug: `bench-${code.toLowerCase()}`, countryId: country.id, assessmentId: lastCycle, title: `Feuille de route (${code}, banc d’essai)`, status: followedUp ? 'APPROVED' : c % 4 === 1 ? 'IN_REVIEW' : 'DRAFT' },
    });
    const areas = [...new Set(questions.map((q) => q.areaId))];
    const objectives = await db.objective.createManyAndReturn({ data: areas.map((areaId, i) => ({ roadmapId: roadmap.id, areaId, order: i + 1, title: `Objectif ${i + 1}` })), select: { id: true, areaId: true } });
    const actions = await db.action.createManyAndReturn({
      data: Array.from({ length: 15 }, (_, i) => {
        const q = questions[(i * 5 + c) % questions.length];
        return {
          roadmapId: roadmap.id, objectiveId: objectives.find((x) => x.areaId === q.areaId)!.id, order: i + 1,
          title: `Renforcer les capacités des services (${q.code})`, description: NEED, leadEntityId: entities[i % entities.length].id,
          partners: PARTNERS[(i + c) % PARTNERS.length], startPeriod: firstQuarter, endPeriod: lastQuarter, priority: PRIORITY(unit(`${code}/a${i}`)),
          indicators: [{ label: 'Agents formés', baseline: '0', target: '120', unit: 'agents', type: 'NUMBER' }], costAmount: 20_000_000, currency: 'XOF',
          fundingSource: 'PARTNER' as const, status: (['PLANNED', 'IN_PROGRESS', 'DONE'] as const)[i % 3],
        };
      }),
      select: { id: true },
    });
    await db.actionQuestion.createMany({ data: actions.map((a, i) => ({ actionId: a.id, questionId: questions[(i * 5 + c) % questions.length].id })) });
    if (!followedUp) continue;
    const snapshot = await buildSnapshot(db, roadmap.id);
    await db.roadmapVersion.create({ data: { roadmapId: roadmap.id, number: 1, snapshot: snapshot as unknown as Prisma.InputJsonValue, contentHash: contentHash(snapshot), status: 'APPROVED', decidedAt: o.now } });
    const opened = await seedRun(saveFollowUpSettings, await seedContext(db, coordinator.email), { roadmapId: roadmap.id, rhythm: 'QUARTERLY', firstPeriod: firstQuarter, dueDay: 15 });
    if (!opened.ok) throw new Error(`programme bench: follow-up of ${code}: ${opened.error}`);
    const f = opened.data.followUpId;
    const periods = await db.followUpPeriod.findMany({ where: { followUpId: f }, orderBy: { seq: 'asc' }, take: 2 });
    const tracked = await db.trackedAction.findMany({ where: { followUpId: f }, select: { id: true, leadEntityId: true } });
    await db.progressUpdate.createMany({
      data: periods.flatMap((p) => tracked.filter((_, i) => unit(`${code}/${p.seq}/${i}`) > 0.15).map((t, i) => ({
        followUpId: f, periodId: p.id, periodSeq: p.seq, trackedActionId: t.id, countryId: country.id, entityId: t.leadEntityId,
        status: 'ON_TRACK' as const, percent: 15 * p.seq + (i % 4) * 5, spent: 1_000_000 * p.seq, indicatorValues: [{ index: 0, value: 10 * p.seq }],
        done: TEXT, review: 'ACCEPTED' as const, version: 3, submittedAt: p.dueOn, reviewedAt: p.dueOn,
      }))),
    });
    followed++;
  }
  const reviewer = await benchUser(db, 'reviewer@bench.example', countries.map((countryId) => ({ role: 'REVIEWER' as const, countryId })));
  return { countries, reviewer: reviewer.email, reviewerId: reviewer.id, coordinator: coordinatorEmail, lightTitle, answers, findings: findingsCount, followed };
}
