import type { Db } from '../db/client';

/** Assessments a roadmap can be drafted from (a country may draft a new roadmap for the same one). */
export async function listAssessmentsForRoadmaps(db: Db) {
  return db.assessment.findMany({ where: { status: { in: ['CONSOLIDATION', 'CLOSED'] } }, select: { id: true, title: true, countryId: true }, orderBy: { createdAt: 'desc' } });
}
