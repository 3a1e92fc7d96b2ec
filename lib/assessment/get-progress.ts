import type { Db } from '../db/client';
import type { Locale } from '../i18n/routing';
import { isAnswered, isStarted } from './values';
import { entityLabel, percent, type EntityLabel } from './view-helpers';
import { pick } from '../i18n/pick';

export type EntityProgress = EntityLabel & { assigned: number; answered: number; started: boolean; percent: number; lastActivity: string | null; contributors: number };
export type AreaProgress = { id: string; code: string; title: string; assigned: number; answered: number; percent: number };
export type ProgressView = { entities: EntityProgress[]; areas: AreaProgress[]; assigned: number; answered: number; percent: number; notStarted: EntityLabel[] };

/** Who has answered what: per entity (and who has not started) and per area. */
export async function getProgress(db: Db, assessmentId: string, locale: Locale): Promise<ProgressView> {
  const [participants, assignments, responses, contributors] = await Promise.all([
    db.assessmentEntity.findMany({ where: { assessmentId }, select: { entity: { select: { id: true, code: true, acronym: true, nameFr: true, nameEn: true, articleFr: true } } } }),
    db.assignment.findMany({ where: { assessmentId }, select: { entityId: true, questionId: true, question: { select: { area: { select: { id: true, code: true, order: true, titleFr: true, titleEn: true } } } } } }),
    db.response.findMany({
      where: { assessmentId },
      select: { entityId: true, questionId: true, state: true, maturity: true, achievements: true, gaps: true, needs: true, assistanceNeeded: true, priority: true, evidence: true, updatedAt: true },
    }),
    db.membership.groupBy({ by: ['entityId'], where: { role: 'CONTRIBUTOR', OR: [{ assessmentId: null }, { assessmentId }], entity: { assessments: { some: { assessmentId } } } }, _count: { _all: true } }),
  ]);
  const assignedKey = new Set(assignments.map((a) => `${a.entityId}/${a.questionId}`));
  const counted = responses.filter((r) => assignedKey.has(`${r.entityId}/${r.questionId}`));
  const answered = new Set(counted.filter((r) => isAnswered(r.state, r.maturity)).map((r) => `${r.entityId}/${r.questionId}`));
  const people = new Map(contributors.map((c) => [c.entityId, c._count._all]));

  const entities = participants.map(({ entity }) => {
    const mine = assignments.filter((a) => a.entityId === entity.id);
    const done = mine.filter((a) => answered.has(`${entity.id}/${a.questionId}`)).length;
    const own = counted.filter((r) => r.entityId === entity.id);
    const last = own.reduce<Date | null>((m, r) => (!m || r.updatedAt > m ? r.updatedAt : m), null);
    return {
      ...entityLabel(entity, locale), assigned: mine.length, answered: done, percent: percent(done, mine.length),
      started: own.some(isStarted), lastActivity: last?.toISOString() ?? null, contributors: people.get(entity.id) ?? 0,
    };
  }).sort((a, b) => a.percent - b.percent || a.name.localeCompare(b.name, locale));

  const areas = new Map<string, AreaProgress & { order: number }>();
  for (const a of assignments) {
    const area = a.question.area;
    const row = areas.get(area.id) ?? { id: area.id, code: area.code, order: area.order, title: pick(locale, area), assigned: 0, answered: 0, percent: 0 };
    row.assigned++;
    if (answered.has(`${a.entityId}/${a.questionId}`)) row.answered++;
    areas.set(area.id, row);
  }
  const areaRows = [...areas.values()].sort((a, b) => a.order - b.order).map(({ order: _o, ...r }) => (void _o, { ...r, percent: percent(r.answered, r.assigned) }));
  return {
    entities,
    areas: areaRows,
    assigned: assignments.length,
    answered: answered.size,
    percent: percent(answered.size, assignments.length),
    notStarted: entities.filter((e) => e.assigned > 0 && !e.started).map(({ id, code, acronym, name, article }) => ({ id, code, acronym, name, article })),
  };
}
