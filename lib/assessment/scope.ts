import type { Scope } from '../auth/can';
import type { Db } from '../db/client';

/** The country of an assessment, or null when it does not exist. */
export async function assessmentScope(db: Db, assessmentId: string): Promise<Scope | null> {
  const a = await db.assessment.findUnique({ where: { id: assessmentId }, select: { countryId: true } });
  return a ? { countryId: a.countryId, assessmentId } : null;
}

/**
 * The scope of one entity's answer to one question: only when the entity takes part in the
 * assessment and the question is assigned to it, so nobody answers what was not asked.
 */
export async function answerScope(db: Db, input: { assessmentId: string; entityId: string; questionId: string }): Promise<Scope | null> {
  const key = { assessmentId: input.assessmentId, entityId: input.entityId, questionId: input.questionId };
  const assignment = await db.assignment.findUnique({
    where: { assessmentId_entityId_questionId: key },
    select: { assessment: { select: { countryId: true } } },
  });
  return assignment ? { countryId: assignment.assessment.countryId, entityId: key.entityId, assessmentId: key.assessmentId } : null;
}

/** The scope of an entity's whole questionnaire, when the entity takes part. */
export async function participantScope(db: Db, assessmentId: string, entityId: string): Promise<Scope | null> {
  const p = await db.assessmentEntity.findUnique({
    where: { assessmentId_entityId: { assessmentId, entityId } },
    select: { assessment: { select: { countryId: true } } },
  });
  return p ? { countryId: p.assessment.countryId, entityId, assessmentId } : null;
}
