import type { Db } from '../db/client';
import type { Locale } from '../i18n/routing';
import { entityLabel, mean, type EntityLabel } from './view-helpers';
import { pick } from '../i18n/pick';

export type HeatCell = { mean: number | null; answered: number; assigned: number };
export type ResultsView = {
  entities: EntityLabel[];
  areas: { id: string; code: string; title: string; cells: HeatCell[]; consolidated: number | null; findings: number; questions: number }[];
};

/**
 * The heat map (areas x entities: the mean level each entity gave in each area, "not
 * applicable" and "don't know" left out) and the consolidated maturity per area (the mean
 * of the findings' maturity).
 */
export async function getResults(db: Db, assessmentId: string, locale: Locale): Promise<ResultsView> {
  const [participants, assignments, responses, findings] = await Promise.all([
    db.assessmentEntity.findMany({ where: { assessmentId }, select: { entity: { select: { id: true, code: true, acronym: true, nameFr: true, nameEn: true, articleFr: true } } } }),
    db.assignment.findMany({ where: { assessmentId }, select: { entityId: true, questionId: true, question: { select: { area: { select: { id: true, code: true, order: true, titleFr: true, titleEn: true } } } } } }),
    db.response.findMany({ where: { assessmentId }, select: { entityId: true, questionId: true, state: true, maturity: true } }),
    db.finding.findMany({ where: { assessmentId }, select: { questionId: true, maturity: true } }),
  ]);
  const entities = participants.map((p) => entityLabel(p.entity, locale)).sort((a, b) => (a.acronym ?? a.code).localeCompare(b.acronym ?? b.code, locale));
  const response = new Map(responses.map((r) => [`${r.entityId}/${r.questionId}`, r]));
  const findingOf = new Map(findings.map((f) => [f.questionId, f.maturity]));
  const areas = new Map<string, { id: string; code: string; order: number; title: string; byEntity: Map<string, { levels: number[]; answered: number; assigned: number }>; questions: Set<string> }>();
  for (const a of assignments) {
    const src = a.question.area;
    const area = areas.get(src.id) ?? { id: src.id, code: src.code, order: src.order, title: pick(locale, src), byEntity: new Map(), questions: new Set<string>() };
    areas.set(src.id, area);
    area.questions.add(a.questionId);
    const cell = area.byEntity.get(a.entityId) ?? { levels: [], answered: 0, assigned: 0 };
    area.byEntity.set(a.entityId, cell);
    cell.assigned++;
    const r = response.get(`${a.entityId}/${a.questionId}`);
    if (r?.state) cell.answered++;
    if (r?.state === 'ANSWERED' && r.maturity !== null) cell.levels.push(r.maturity);
  }
  return {
    entities,
    areas: [...areas.values()]
      .sort((a, b) => a.order - b.order)
      .map((a) => {
        const consolidated = [...a.questions].map((q) => findingOf.get(q)).filter((m): m is number => m !== undefined && m !== null);
        return {
          id: a.id, code: a.code, title: a.title,
          cells: entities.map((e) => {
            const c = a.byEntity.get(e.id);
            return c ? { mean: mean(c.levels), answered: c.answered, assigned: c.assigned } : { mean: null, answered: 0, assigned: 0 };
          }),
          consolidated: mean(consolidated), findings: consolidated.length, questions: a.questions.size,
        };
      }),
  };
}
