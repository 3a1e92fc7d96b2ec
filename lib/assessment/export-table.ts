import type { Db } from '../db/client';
import type { Locale } from '../i18n/routing';
import { translator } from '../i18n/translate';
import { levelOf } from './values';
import { inLocale, pick } from '../i18n/pick';

export type Cell = string | number | null;
export type ExportTable = { name: string; header: string[]; widths: number[]; rows: Cell[][] };

/**
 * The answers (one row per entity and assigned question, answered or not) or the
 * consolidated findings (one row per question), with headers and labels in `locale`.
 */
export async function getExportTable(db: Db, assessmentId: string, kind: 'responses' | 'findings', locale: Locale): Promise<ExportTable> {
  const t = translator(locale, 'export');
  const scale = translator(locale, 'assessment');
  const level = (l: string | null) => (l === null ? '' : scale(`scale.${l}`));
  const priority = (p: string | null) => (p ? scale(`priority.${p}`) : '');
  const when = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 16).replace('T', ' ') : '');
  const questionSelect = { code: true, order: true, textFr: true, textEn: true, area: { select: { code: true, order: true, titleFr: true, titleEn: true } } } as const;
  type Q = { code: string; order: number; textFr: string; textEn: string; area: { code: string; order: number; titleFr: string; titleEn: string } };
  const byQuestion = (a: { question: Q }, b: { question: Q }) => a.question.area.order - b.question.area.order || a.question.order - b.question.order;
  const qCells = (q: Q): Cell[] => [q.area.code, pick(locale, q.area), q.code, inLocale(locale, q, 'text')];

  if (kind === 'findings') {
    const assigned = await db.assignment.findMany({ where: { assessmentId }, distinct: ['questionId'], select: { questionId: true, question: { select: questionSelect } } });
    const findings = new Map(
      (await db.finding.findMany({ where: { assessmentId }, include: { updatedBy: { select: { name: true } } } })).map((f) => [f.questionId, f]),
    );
    return {
      name: t('findingsSheet'),
      header: [t('areaCode'), t('area'), t('questionCode'), t('question'), t('maturity'), t('maturityLabel'), t('achievements'), t('gaps'), t('needs'), t('priority'), t('updatedAt'), t('updatedBy')],
      widths: [10, 28, 11, 50, 9, 18, 50, 50, 50, 11, 17, 20],
      rows: assigned.sort(byQuestion).map(({ questionId, question }) => {
        const f = findings.get(questionId);
        const m = f?.maturity ?? null;
        return [...qCells(question), m, m === null ? '' : level(String(m)), f?.achievements ?? '', f?.gaps ?? '', f?.needs ?? '', priority(f?.priority ?? null), when(f?.updatedAt), f?.updatedBy?.name ?? ''];
      }),
    };
  }

  const [assignments, responses] = await Promise.all([
    db.assignment.findMany({ where: { assessmentId }, select: { entityId: true, questionId: true, entity: { select: { code: true, acronym: true, nameFr: true, nameEn: true, articleFr: true } }, question: { select: questionSelect } } }),
    // Evidence files by name only: the export never carries their content.
    db.response.findMany({ where: { assessmentId }, include: { updatedBy: { select: { name: true } }, attachments: { select: { filename: true }, orderBy: { createdAt: 'asc' } } } }),
  ]);
  const byKey = new Map(responses.map((r) => [`${r.entityId}/${r.questionId}`, r]));
  return {
    name: t('responsesSheet'),
    header: [
      t('areaCode'), t('area'), t('questionCode'), t('question'), t('entityCode'), t('entity'), t('level'), t('maturity'),
      t('achievements'), t('gaps'), t('needs'), t('assistance'), t('priority'), t('evidence'), t('attachments'), t('updatedAt'), t('updatedBy'),
    ],
    widths: [10, 28, 11, 50, 12, 36, 18, 9, 50, 50, 50, 40, 11, 40, 30, 17, 20],
    rows: assignments
      .sort((a, b) => byQuestion(a, b) || (a.entity.acronym ?? a.entity.code).localeCompare(b.entity.acronym ?? b.entity.code))
      .map((a) => {
        const r = byKey.get(`${a.entityId}/${a.questionId}`);
        const l = r ? levelOf(r.state, r.maturity) : null;
        return [
          ...qCells(a.question), a.entity.acronym ?? a.entity.code, pick(locale, a.entity), level(l), r?.state === 'ANSWERED' ? r.maturity : null,
          r?.achievements ?? '', r?.gaps ?? '', r?.needs ?? '', r?.assistanceNeeded ?? '', priority(r?.priority ?? null), r?.evidence ?? '',
          (r?.attachments ?? []).map((f) => f.filename).join('; '),
          r && r.version > 0 ? when(r.updatedAt) : '', r && r.version > 0 ? (r.updatedBy?.name ?? '') : '',
        ];
      }),
  };
}
