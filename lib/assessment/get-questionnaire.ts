import type { Db } from '../db/client';
import type { Locale } from '../i18n/routing';
import { listAttachments, type AttachmentView } from './attachment-view';
import type { AnswerValues } from './schemas';
import { answerOf } from './values';
import { type EntityLabel, entityLabel } from './view-helpers';
import { inLocale, pick } from '../i18n/pick';

export type QuestionnaireQuestion = {
  id: string;
  code: string;
  lens: string;
  text: string;
  guidance: string;
  /** what levels 0 to 4 look like for this question */
  levels: string[];
  references: string[];
  answer: { version: number; values: AnswerValues; updatedAt: string | null; updatedBy: string | null };
  attachments: AttachmentView[];
  /** carried from the previous cycle, not yet confirmed or changed (lib/programme/start-next-cycle.ts) */
  carried: boolean;
};
export type QuestionnaireArea = { id: string; code: string; title: string; purpose: string; questions: QuestionnaireQuestion[] };
export type QuestionnaireView = { entity: EntityLabel; areas: QuestionnaireArea[] };

/** One entity's assigned questions grouped by area, in the framework's order, with its answers. */
export async function getQuestionnaire(db: Db, assessmentId: string, entityId: string, locale: Locale): Promise<QuestionnaireView | null> {
  const participant = await db.assessmentEntity.findUnique({
    where: { assessmentId_entityId: { assessmentId, entityId } },
    select: { entity: { select: { id: true, code: true, acronym: true, nameFr: true, nameEn: true, articleFr: true } } },
  });
  if (!participant) return null;
  const assignments = await db.assignment.findMany({
    where: { assessmentId, entityId },
    select: {
      question: {
        select: {
          id: true, code: true, order: true, lens: true, textFr: true, textEn: true, guidanceFr: true, guidanceEn: true, levels: true,
          area: { select: { id: true, code: true, order: true, titleFr: true, titleEn: true, purposeFr: true, purposeEn: true } },
          references: { select: { paragraph: { select: { ref: true, instrument: { select: { symbol: true } } } } } },
        },
      },
    },
  });
  const responses = await db.response.findMany({ where: { assessmentId, entityId }, include: { updatedBy: { select: { name: true } } } });
  const byQuestion = new Map(responses.map((r) => [r.questionId, r]));
  const files = await listAttachments(db, { assessmentId, entityId });
  const areas = new Map<string, QuestionnaireArea & { order: number }>();
  const questions = assignments.map((a) => a.question).sort((a, b) => a.area.order - b.area.order || a.order - b.order);
  for (const q of questions) {
    const area = areas.get(q.area.id) ?? { id: q.area.id, code: q.area.code, order: q.area.order, title: pick(locale, q.area), purpose: inLocale(locale, q.area, 'purpose'), questions: [] };
    areas.set(q.area.id, area);
    const r = byQuestion.get(q.id);
    const levels = Array.isArray(q.levels) ? (q.levels as { fr?: string; en?: string }[]).map((l) => pick(locale, l)) : [];
    area.questions.push({
      id: q.id, code: q.code, lens: q.lens, text: inLocale(locale, q, 'text'), guidance: inLocale(locale, q, 'guidance'),
      levels, references: q.references.map((x) => `${x.paragraph.instrument.symbol} ${x.paragraph.ref}`),
      answer: { version: r?.version ?? 0, values: answerOf(r), updatedAt: r?.updatedAt.toISOString() ?? null, updatedBy: r?.updatedBy?.name ?? null },
      attachments: (r && files.get(r.id)) ?? [],
      carried: r?.carried ?? false,
    });
  }
  return { entity: entityLabel(participant.entity, locale), areas: [...areas.values()].map(({ order: _o, ...a }) => (void _o, a)) };
}
