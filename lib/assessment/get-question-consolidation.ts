import type { Db } from '../db/client';
import type { Locale } from '../i18n/routing';
import { listAttachments, type AttachmentView } from './attachment-view';
import type { AnswerValues, FindingValues } from './schemas';
import { answerOf, findingOf } from './values';
import { entityLabel, median, type EntityLabel } from './view-helpers';
import { inLocale, pick } from '../i18n/pick';

export type EntityAnswer = EntityLabel & { values: AnswerValues | null; updatedAt: string | null; updatedBy: string | null; attachments: AttachmentView[] };
export type QuestionConsolidation = {
  question: { id: string; code: string; text: string; guidance: string; levels: string[]; area: { id: string; code: string; title: string }; references: string[] };
  answers: EntityAnswer[];
  /** the median of the levels the entities chose (not applicable and don't know left out) */
  suggestedMaturity: number | null;
  finding: { version: number; values: FindingValues; updatedAt: string | null; updatedBy: string | null };
  previousId: string | null;
  nextId: string | null;
};

/** Per question: every assigned entity's answer side by side, and the consolidated finding. */
export async function getQuestionConsolidation(db: Db, assessmentId: string, questionId: string, locale: Locale): Promise<QuestionConsolidation | null> {
  const assignments = await db.assignment.findMany({
    where: { assessmentId },
    select: { questionId: true, entity: { select: { id: true, code: true, acronym: true, nameFr: true, nameEn: true, articleFr: true } }, question: { select: { order: true, area: { select: { order: true } } } } },
  });
  const mine = assignments.filter((a) => a.questionId === questionId);
  if (mine.length === 0) return null;
  const q = await db.question.findUnique({
    where: { id: questionId },
    select: {
      id: true, code: true, textFr: true, textEn: true, guidanceFr: true, guidanceEn: true, levels: true,
      area: { select: { id: true, code: true, titleFr: true, titleEn: true } },
      references: { select: { paragraph: { select: { ref: true, instrument: { select: { symbol: true } } } } } },
    },
  });
  if (!q) return null;
  const [responses, finding, files] = await Promise.all([
    db.response.findMany({ where: { assessmentId, questionId }, include: { updatedBy: { select: { name: true } } } }),
    db.finding.findUnique({ where: { assessmentId_questionId: { assessmentId, questionId } }, include: { updatedBy: { select: { name: true } } } }),
    listAttachments(db, { assessmentId, questionId }),
  ]);
  const byEntity = new Map(responses.map((r) => [r.entityId, r]));
  const answers = mine
    .map(({ entity }) => {
      const r = byEntity.get(entity.id);
      // A row with version 0 holds only evidence files: no answer was saved yet.
      const answered = r && r.version > 0;
      return {
        ...entityLabel(entity, locale), values: answered ? answerOf(r) : null, updatedAt: answered ? r.updatedAt.toISOString() : null, updatedBy: answered ? (r.updatedBy?.name ?? null) : null,
        attachments: (r && files.get(r.id)) ?? [],
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  const order = [...new Map(assignments.map((a) => [a.questionId, a.question])).entries()]
    .sort(([, a], [, b]) => a.area.order - b.area.order || a.order - b.order)
    .map(([id]) => id);
  const at = order.indexOf(questionId);
  const maturities = responses.filter((r) => r.state === 'ANSWERED' && r.maturity !== null).map((r) => r.maturity!);
  const m = median(maturities);
  return {
    question: {
      id: q.id, code: q.code, text: inLocale(locale, q, 'text'), guidance: inLocale(locale, q, 'guidance'),
      levels: Array.isArray(q.levels) ? (q.levels as { fr?: string; en?: string }[]).map((l) => pick(locale, l)) : [],
      area: { id: q.area.id, code: q.area.code, title: pick(locale, q.area) },
      references: q.references.map((x) => `${x.paragraph.instrument.symbol} ${x.paragraph.ref}`),
    },
    answers,
    suggestedMaturity: m === null ? null : Math.round(m),
    finding: { version: finding?.version ?? 0, values: findingOf(finding), updatedAt: finding?.updatedAt.toISOString() ?? null, updatedBy: finding?.updatedBy?.name ?? null },
    previousId: at > 0 ? order[at - 1] : null,
    nextId: at >= 0 && at < order.length - 1 ? order[at + 1] : null,
  };
}
