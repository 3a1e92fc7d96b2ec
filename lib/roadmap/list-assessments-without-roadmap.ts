import type { Db } from '../db/client';

export async function listAssessmentsWithoutRoadmap(db: Db) {
  return db.assessment.findMany({ where: { roadmaps: { none: {} } }, select: { id: true, title: true, countryId: true }, orderBy: { createdAt: 'desc' } });
}
