// Two cycles of one country side by side: a cycle and the closed one it continues. Per area,
// the mean consolidated level then and now (now: the new cycle's findings once written, the
// entities' answers until then). Per question (matched by code through the carry-over), the
// level then and now, the findings' texts word by word, and each entity's answer: still
// carried, confirmed as it was, or changed (with what changed, word by word).
import type { Db } from '../db/client';
import { wordDiff, type WordPart } from '../framework/diff-versions';
import { pick } from '../i18n/pick';
import type { Locale } from '../i18n/routing';
import { entityLabel } from '../assessment/view-helpers';

const TEXTS = ['achievements', 'gaps', 'needs'] as const;
type TextField = (typeof TEXTS)[number];

export type TextDiff = { field: TextField; before: string; after: string; words: WordPart[] };
export type AnswerChange = { entity: string; state: 'carried' | 'confirmed' | 'changed' | 'new'; levelBefore: number | null; levelAfter: number | null; texts: TextDiff[] };
export type QuestionComparison = {
  code: string; areaCode: string; text: string; previousCodes: string[];
  before: number | null; after: number | null; afterFrom: 'findings' | 'answers' | null;
  findingTexts: TextDiff[]; answers: AnswerChange[];
};
export type AreaComparison = { code: string; title: string; before: number | null; after: number | null };
export type CycleComparison = {
  previous: { id: string; title: string; framework: string; startsOn: Date | null };
  current: { id: string; title: string; framework: string; status: string };
  areas: AreaComparison[];
  questions: QuestionComparison[];
  retired: { code: string; text: string }[];
};

const mean = (xs: (number | null)[]) => {
  const v = xs.filter((x): x is number => x !== null);
  return v.length ? Math.round((v.reduce((a, b) => a + b, 0) / v.length) * 10) / 10 : null;
};
const diffs = (a: Record<TextField, string>, b: Record<TextField, string>): TextDiff[] =>
  TEXTS.filter((f) => a[f].trim() !== b[f].trim()).map((field) => ({ field, before: a[field], after: b[field], words: wordDiff(a[field], b[field]) }));

/** The comparison of cycle `assessmentId` with the one it continues; null when it continues none. */
export async function compareCycles(db: Db, o: { countryId: string; assessmentId: string; locale: Locale }): Promise<CycleComparison | null> {
  const cur = await db.assessment.findFirst({
    where: { id: o.assessmentId, countryId: o.countryId },
    select: { id: true, title: true, status: true, frameworkVersionId: true, frameworkVersion: { select: { version: true } }, previous: { select: { id: true, title: true, startsOn: true, frameworkVersionId: true, frameworkVersion: { select: { version: true } } } } },
  });
  if (!cur?.previous) return null;
  const prev = cur.previous;
  const cycles = [prev.id, cur.id];
  const qSelect = { id: true, code: true, order: true, textFr: true, textEn: true, carryFrom: true, area: { select: { code: true, order: true, titleFr: true, titleEn: true } } } as const;
  const [newQuestions, oldQuestions, findings, responses] = await Promise.all([
    db.question.findMany({ where: { frameworkVersionId: cur.frameworkVersionId }, select: qSelect }),
    db.question.findMany({ where: { frameworkVersionId: prev.frameworkVersionId }, select: qSelect }),
    db.finding.findMany({ where: { assessmentId: { in: cycles } }, select: { assessmentId: true, questionId: true, maturity: true, achievements: true, gaps: true, needs: true } }),
    db.response.findMany({
      where: { assessmentId: { in: cycles } },
      select: { assessmentId: true, questionId: true, carried: true, maturity: true, achievements: true, gaps: true, needs: true, entity: { select: { id: true, code: true, acronym: true, nameFr: true, nameEn: true, articleFr: true } } },
    }),
  ]);
  const oldByCode = new Map(oldQuestions.map((q) => [q.code, q]));
  const finding = new Map(findings.map((f) => [`${f.assessmentId}/${f.questionId}`, f]));
  const answers = new Map<string, typeof responses>();
  for (const r of responses) answers.set(`${r.assessmentId}/${r.questionId}`, [...(answers.get(`${r.assessmentId}/${r.questionId}`) ?? []), r]);
  const sameVersion = cur.frameworkVersionId === prev.frameworkVersionId;
  const sourcesOf = (q: (typeof newQuestions)[number]) => (sameVersion ? [q.code] : ((q.carryFrom as { questions?: string[] } | null)?.questions ?? []));

  const questions: QuestionComparison[] = [];
  for (const q of [...newQuestions].sort((a, b) => a.area.order - b.area.order || a.order - b.order)) {
    const from = sourcesOf(q).map((c) => oldByCode.get(c)).filter((x) => !!x);
    const fBefore = from.map((s) => finding.get(`${prev.id}/${s.id}`)).filter((x) => !!x);
    const fAfter = finding.get(`${cur.id}/${q.id}`);
    const nowAnswers = answers.get(`${cur.id}/${q.id}`) ?? [];
    // Like with like: findings then and now once the new cycle's finding is written; the
    // entities' answers then and now until it is (or when the previous cycle had no finding).
    const answersBefore = mean(from.flatMap((s) => (answers.get(`${prev.id}/${s.id}`) ?? []).map((r) => r.maturity)));
    const findingsBefore = fBefore.length ? mean(fBefore.map((f) => f.maturity)) : null;
    const before = fAfter ? (findingsBefore ?? answersBefore) : (answersBefore ?? findingsBefore);
    const after = fAfter ? fAfter.maturity : mean(nowAnswers.map((r) => r.maturity));
    const previousAnswers = from.flatMap((s) => answers.get(`${prev.id}/${s.id}`) ?? []);
    const changes: AnswerChange[] = nowAnswers.map((r): AnswerChange => {
      const was = previousAnswers.find((p) => p.entity.id === r.entity.id);
      const texts = was ? diffs(was, r) : [];
      const state: AnswerChange['state'] = r.carried ? 'carried' : !was ? 'new' : texts.length || was.maturity !== r.maturity ? 'changed' : 'confirmed';
      return { entity: entityLabel(r.entity, o.locale).name, state, levelBefore: was?.maturity ?? null, levelAfter: r.maturity, texts };
    }).sort((a, b) => a.entity.localeCompare(b.entity, o.locale));
    questions.push({
      code: q.code, areaCode: q.area.code, text: pick(o.locale, { fr: q.textFr, en: q.textEn }), previousCodes: from.map((s) => s.code),
      before, after, afterFrom: fAfter ? 'findings' : nowAnswers.length ? 'answers' : null,
      findingTexts: fBefore.length === 1 && fAfter ? diffs(fBefore[0], fAfter) : [],
      answers: changes,
    });
  }
  const taken = new Set(questions.flatMap((q) => q.previousCodes));
  const areaTitles = new Map(newQuestions.map((q) => [q.area.code, { title: pick(o.locale, q.area), order: q.area.order }]));
  const areas = [...areaTitles].sort((a, b) => a[1].order - b[1].order).map(([code, a]) => {
    const qs = questions.filter((q) => q.areaCode === code);
    return { code, title: a.title, before: mean(qs.map((q) => q.before)), after: mean(qs.map((q) => q.after)) };
  });
  return {
    previous: { id: prev.id, title: prev.title, framework: prev.frameworkVersion.version, startsOn: prev.startsOn },
    current: { id: cur.id, title: cur.title, framework: cur.frameworkVersion.version, status: cur.status },
    areas, questions,
    retired: oldQuestions.filter((q) => !taken.has(q.code)).map((q) => ({ code: q.code, text: pick(o.locale, { fr: q.textFr, en: q.textEn }) })),
  };
}
