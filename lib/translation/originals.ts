// The current original of one text of a roadmap's draft, read from its own row: an autosave
// does not rebuild the whole tree.
import type { Db } from '../db/client';
import type { TargetType } from './texts';

type Key = { targetType: TargetType; targetId: string; field: string };
const COLUMNS: Record<TargetType, readonly string[]> = {
  Roadmap: ['title', 'executiveSummary', 'context', 'methodology'],
  Objective: ['title', 'description'],
  Recommendation: ['text'],
  Action: ['title', 'description'],
  Finding: ['achievements', 'gaps', 'needs'],
};

/** null when the text is not one of this roadmap's (or its assessment's findings'). */
export async function originalOf(db: Db, roadmapId: string, k: Key): Promise<string | null> {
  const indicator = /^indicator\.(\d+)\.(label|baseline|target|unit)$/.exec(k.field);
  if (!indicator && !COLUMNS[k.targetType].includes(k.field)) return null;
  if (indicator && k.targetType !== 'Action') return null;
  const where = { id: k.targetId, roadmapId };
  let row: Record<string, unknown> | null = null;
  switch (k.targetType) {
    case 'Roadmap':
      row = k.targetId === roadmapId ? await db.roadmap.findUnique({ where: { id: roadmapId } }) : null;
      break;
    case 'Objective':
      row = await db.objective.findFirst({ where });
      break;
    case 'Recommendation':
      row = await db.recommendation.findFirst({ where });
      break;
    case 'Action':
      row = await db.action.findFirst({ where });
      break;
    case 'Finding': {
      const r = await db.roadmap.findUnique({ where: { id: roadmapId }, select: { assessmentId: true } });
      row = r?.assessmentId ? await db.finding.findFirst({ where: { id: k.targetId, assessmentId: r.assessmentId } }) : null;
      break;
    }
  }
  if (!row) return null;
  if (indicator) {
    const list = (row.indicators as Record<string, string>[] | null) ?? [];
    const v = list[Number(indicator[1])]?.[indicator[2]];
    return typeof v === 'string' ? v : null;
  }
  const v = row[k.field];
  return typeof v === 'string' ? v : null;
}
