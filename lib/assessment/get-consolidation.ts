import type { Db } from '../db/client';
import type { Locale } from '../i18n/routing';
import type { Level } from './schemas';
import { levelOf } from './values';
import { entityLabel, pick, type EntityLabel } from './view-helpers';

/** One cell of the grid: what the entity chose, "" when assigned but not answered, null when not assigned. */
export type GridCell = Level | '' | null;
export type GridQuestion = { id: string; code: string; text: string; cells: GridCell[]; finding: { maturity: number | null; done: boolean } };
export type GridArea = { id: string; code: string; title: string; questions: GridQuestion[] };
export type ConsolidationGrid = { entities: EntityLabel[]; areas: GridArea[]; findings: number; questions: number };

/**
 * The coordinator's table of the whole assessment: every assigned question, each entity's
 * level side by side, and whether the consolidated finding is written. Five queries
 * whatever the size (22 entities x 60 questions is 1,320 cells).
 */
export async function getConsolidation(db: Db, assessmentId: string, locale: Locale): Promise<ConsolidationGrid> {
  const [participants, assignments, responses, findings] = await Promise.all([
    db.assessmentEntity.findMany({ where: { assessmentId }, select: { entity: { select: { id: true, code: true, acronym: true, nameFr: true, nameEn: true } } } }),
    db.assignment.findMany({ where: { assessmentId }, select: { entityId: true, questionId: true } }),
    db.response.findMany({ where: { assessmentId }, select: { entityId: true, questionId: true, state: true, maturity: true } }),
    db.finding.findMany({ where: { assessmentId }, select: { questionId: true, maturity: true, achievements: true, gaps: true, needs: true, priority: true } }),
  ]);
  const questionIds = [...new Set(assignments.map((a) => a.questionId))];
  const questions = await db.question.findMany({
    where: { id: { in: questionIds } },
    select: { id: true, code: true, order: true, textFr: true, textEn: true, area: { select: { id: true, code: true, order: true, titleFr: true, titleEn: true } } },
  });
  const entities = participants.map((p) => entityLabel(p.entity, locale)).sort((a, b) => (a.acronym ?? a.code).localeCompare(b.acronym ?? b.code, locale));
  const column = new Map(entities.map((e, i) => [e.id, i]));
  const assigned = new Set(assignments.map((a) => `${a.entityId}/${a.questionId}`));
  const level = new Map(responses.map((r) => [`${r.entityId}/${r.questionId}`, levelOf(r.state, r.maturity)]));
  const finding = new Map(findings.map((f) => [f.questionId, f]));

  const areas = new Map<string, GridArea & { order: number }>();
  for (const q of questions.sort((a, b) => a.area.order - b.area.order || a.order - b.order)) {
    const area = areas.get(q.area.id) ?? { id: q.area.id, code: q.area.code, order: q.area.order, title: pick(locale, q.area), questions: [] };
    areas.set(q.area.id, area);
    const cells: GridCell[] = entities.map(() => null);
    for (const e of entities) {
      const k = `${e.id}/${q.id}`;
      if (assigned.has(k)) cells[column.get(e.id)!] = level.get(k) ?? '';
    }
    const f = finding.get(q.id);
    const done = !!f && (f.maturity !== null || [f.achievements, f.gaps, f.needs].some((s) => s.trim() !== ''));
    area.questions.push({ id: q.id, code: q.code, text: locale === 'fr' ? q.textFr : q.textEn, cells, finding: { maturity: f?.maturity ?? null, done } });
  }
  const list = [...areas.values()].sort((a, b) => a.order - b.order).map(({ order: _o, ...a }) => (void _o, a));
  return { entities, areas: list, findings: list.flatMap((a) => a.questions).filter((q) => q.finding.done).length, questions: questions.length };
}
