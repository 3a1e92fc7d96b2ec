// What creating and updating an action share: checking that the entities, questions and
// paragraphs it names belong to the roadmap's country and framework, and writing its links.
import type { MessageKey } from '../result';
import type { Prisma } from '../db/client';
import type { ActionFields } from './schemas';

type Tx = Prisma.TransactionClient;

/** null when every reference is valid, else the field at fault (as a form error). */
export async function checkReferences(tx: Tx, roadmap: { countryId: string; frameworkVersionId: string | null }, f: ActionFields): Promise<Record<string, MessageKey[]> | null> {
  const entityIds = [...new Set([f.leadEntityId, ...f.supportingEntityIds].filter((e): e is string => !!e))];
  const entities = await tx.entity.count({ where: { id: { in: entityIds }, countryId: roadmap.countryId } });
  if (entities !== entityIds.length) return { leadEntityId: ['roadmap.unknownEntity'] };
  if (f.questionIds.length) {
    const n = await tx.question.count({ where: { id: { in: f.questionIds }, frameworkVersionId: roadmap.frameworkVersionId ?? '-' } });
    if (n !== new Set(f.questionIds).size) return { questionIds: ['form.invalidReference'] };
  }
  if (f.paragraphIds.length) {
    const n = await tx.instrumentParagraph.count({ where: { id: { in: f.paragraphIds }, instrument: { frameworkVersionId: roadmap.frameworkVersionId ?? '-' } } });
    if (n !== new Set(f.paragraphIds).size) return { paragraphIds: ['form.invalidReference'] };
  }
  if (f.objectiveId) {
    const o = await tx.objective.findUnique({ where: { id: f.objectiveId }, select: { roadmap: { select: { countryId: true } } } });
    if (!o || o.roadmap.countryId !== roadmap.countryId) return { objectiveId: ['form.invalidReference'] };
  }
  return null;
}

export function scalarData(f: ActionFields) {
  return {
    title: f.title, description: f.description, objectiveId: f.objectiveId, leadEntityId: f.leadEntityId,
    partners: f.partners, startPeriod: f.startPeriod, endPeriod: f.endPeriod, priority: f.priority,
    indicators: f.indicators, costAmount: f.costAmount, currency: f.currency, fundingSource: f.fundingSource, status: f.status,
  };
}

export async function writeLinks(tx: Tx, actionId: string, f: ActionFields) {
  await tx.actionSupportingEntity.deleteMany({ where: { actionId } });
  await tx.actionQuestion.deleteMany({ where: { actionId } });
  await tx.actionParagraph.deleteMany({ where: { actionId } });
  for (const entityId of new Set(f.supportingEntityIds)) await tx.actionSupportingEntity.create({ data: { actionId, entityId } });
  for (const questionId of new Set(f.questionIds)) await tx.actionQuestion.create({ data: { actionId, questionId } });
  for (const paragraphId of new Set(f.paragraphIds)) await tx.actionParagraph.create({ data: { actionId, paragraphId } });
}

/** The roadmap an edit touches, with what the checks need. */
export async function editableRoadmap(tx: Tx, roadmapId: string) {
  return tx.roadmap.findUnique({
    where: { id: roadmapId },
    select: { id: true, status: true, countryId: true, assessment: { select: { frameworkVersionId: true } } },
  });
}
