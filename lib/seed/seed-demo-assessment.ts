// The Benin demo assessment (ILLUSTRATIVE): the Cotonou consultation in consolidation, with
// answers from most participating entities, two that have not started, and part of the
// findings written, so that a newcomer sees every screen filled. Needs the vt framework in
// the database (imported from content/frameworks before the demo is seeded); without it,
// it does nothing. Idempotent: an existing demo assessment is left as it is.
import { createHash } from 'node:crypto';
import type { Db } from '../db/client';
import { responseData } from '../assessment/values';
import { DEMO_ANSWERS, DEMO_ASSIGNMENTS, DEMO_BASELINE, DEMO_FINDINGS, DEMO_NOT_STARTED, DEMO_PARTIAL } from './demo-assessment-content';

export const DEMO_ASSESSMENT_TITLE = 'Consultations nationales de Cotonou sur la protection des cibles vulnérables';

/** A stable number in [0, 1) per key, so that the demo is the same on every machine. */
function unit(key: string) {
  return createHash('sha256').update(key).digest().readUInt32BE(0) / 2 ** 32;
}

/** The framework version of the demo's first assessment cycle. */
export const DEMO_FRAMEWORK_VERSION = '2025.1';

const DEMO_EVIDENCE_NOTE = 'Document d’illustration pour la démonstration de Jalon : il ne reproduit aucun document officiel.';

export async function seedDemoAssessment(db: Db, countryId: string, entityIds: Map<string, string>, users: Map<string, string>) {
  const existing = await db.assessment.findFirst({ where: { countryId, title: DEMO_ASSESSMENT_TITLE }, select: { id: true } });
  if (existing) return { id: existing.id, created: false };
  // Benin's first cycle is on vt 2025.1 (the version its answers and roadmap were written for),
  // whatever newer version is imported beside it.
  const fw = await db.frameworkVersion.findFirst({
    where: { slug: 'vt', version: DEMO_FRAMEWORK_VERSION, status: 'PUBLISHED' },
    select: { id: true, areas: { select: { code: true, questions: { select: { id: true, code: true, order: true }, orderBy: { order: 'asc' } } } } },
  });
  if (!fw) return null;
  const questionsOf = new Map(fw.areas.map((a) => [a.code, a.questions]));
  const questionId = new Map(fw.areas.flatMap((a) => a.questions.map((q) => [q.code, q.id] as const)));
  const areaOf = new Map(fw.areas.flatMap((a) => a.questions.map((q) => [q.code, a.code] as const)));
  const participants = Object.keys(DEMO_ASSIGNMENTS).filter((code) => entityIds.has(code));

  const assessment = await db.assessment.create({
    data: {
      countryId, frameworkVersionId: fw.id, title: DEMO_ASSESSMENT_TITLE, status: 'CONSOLIDATION', place: 'Cotonou',
      startsOn: new Date('2024-09-18T00:00:00Z'), endsOn: new Date('2024-09-20T00:00:00Z'), organisers: ['UNOCT', 'CTED'], officialsCount: 30,
      coordinatingEntityId: entityIds.get('MISP') ?? null, createdById: users.get('REVIEWER') ?? null,
      entities: { create: participants.map((code) => ({ entityId: entityIds.get(code)! })) },
    },
  });
  const assignments = participants.flatMap((code) =>
    DEMO_ASSIGNMENTS[code].flatMap((area) => (questionsOf.get(area) ?? []).map((q) => ({ entity: code, question: q.code }))),
  );
  await db.assignment.createMany({
    data: assignments.map((x) => ({ assessmentId: assessment.id, entityId: entityIds.get(x.entity)!, questionId: questionId.get(x.question)! })),
  });

  // Who "typed" the answers: the demo accounts where the entity has one.
  const author = (entity: string) =>
    entity === 'ASIN' ? users.get('CONTRIBUTOR:ASIN') : entity === 'PAC' ? users.get('CONTRIBUTOR:PAC') : entity === 'MISP' ? users.get('COORDINATOR') : undefined;
  const written = new Map(DEMO_ANSWERS.map((a) => [`${a.entity}/${a.question}`, a]));
  const rows: Record<string, unknown>[] = [];
  const byEntity = new Map<string, string[]>();
  for (const x of assignments) byEntity.set(x.entity, [...(byEntity.get(x.entity) ?? []), x.question]);
  for (const [entity, questions] of byEntity) {
    if (DEMO_NOT_STARTED.includes(entity)) continue;
    const share = DEMO_PARTIAL[entity] ?? 1;
    questions.forEach((code, i) => {
      const w = written.get(`${entity}/${code}`);
      if (!w && i >= Math.round(questions.length * share)) return;
      const r = unit(`${entity}/${code}`);
      const level = w?.level ?? (r < 0.05 ? 'DK' : r > 0.97 ? 'NA' : String(Math.max(0, Math.min(4, Math.round(DEMO_BASELINE[areaOf.get(code)!] + (unit(`${code}/${entity}`) - 0.5) * 2.2)))));
      rows.push({
        assessmentId: assessment.id, entityId: entityIds.get(entity)!, questionId: questionId.get(code)!, version: 1,
        updatedById: author(entity) ?? null,
        ...responseData({
          level: level as never, achievements: w?.achievements ?? '', gaps: w?.gaps ?? '', needs: w?.needs ?? '',
          assistanceNeeded: w?.assistance ?? '', priority: w?.priority ?? null, evidence: w?.evidence ?? '',
        }),
      });
    });
  }
  await db.response.createMany({ data: rows as never });
  // One evidence file, so that the questionnaire and the consolidation show what one looks like.
  const cited = DEMO_ANSWERS.find((a) => a.entity === 'PAC' && a.evidence);
  const withFile = cited && (await db.response.findFirst({ where: { assessmentId: assessment.id, entityId: entityIds.get('PAC'), questionId: questionId.get(cited.question) }, select: { id: true } }));
  if (withFile) {
    const text = new TextEncoder().encode(`${DEMO_EVIDENCE_NOTE}\n\n${cited.evidence}\n`);
    await db.attachment.create({
      data: {
        responseId: withFile.id, filename: 'Note de service - references (illustratif).txt', mimeType: 'text/plain', size: text.byteLength,
        sha256: createHash('sha256').update(text).digest('hex'), data: text, uploadedById: author('PAC') ?? null,
      },
    });
  }
  const assigned = new Set(assignments.map((x) => x.question));
  await db.finding.createMany({
    data: DEMO_FINDINGS.filter((f) => assigned.has(f.question)).map((f) => ({
      assessmentId: assessment.id, questionId: questionId.get(f.question)!, maturity: f.maturity, achievements: f.achievements, gaps: f.gaps,
      needs: f.needs, priority: f.priority, updatedById: users.get('COORDINATOR') ?? null,
    })),
  });
  return { id: assessment.id, created: true };
}
