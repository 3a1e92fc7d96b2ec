// What changed between two versions of a framework, by stable code: questions added,
// removed, reworded (French and English apart, word by word), moved, with other references
// or descriptors; suggested actions added, removed or changed; areas and paragraphs added
// or removed. Works on contents, so a version in a folder and one in the database compare alike.
import { diffWords } from 'diff';
import { carryOver, type CarryOverEntry } from './carry-over';
import { canonical } from './content-hash';
import type { Bilingual, FrameworkContent, Lens, QuestionContent, SuggestedActionContent } from './schema';

export type WordPart = { text: string; added?: boolean; removed?: boolean };
export type TextChange = { lang: 'fr' | 'en'; before: string; after: string; words: WordPart[] };
export type QuestionRef = { code: string; areaCode: string; text: Bilingual };
export type ActionRef = { code: string; questionCode: string; title: Bilingual };
export type AreaRef = { code: string; title: Bilingual };
export type ParagraphRef = { key: string; summary: Bilingual };

export type QuestionChange = {
  code: string;
  areaCode: string;
  /** the text in the newer version */
  after: Bilingual;
  text: TextChange[];
  /** languages whose guidance changed */
  guidance: ('fr' | 'en')[];
  /** levels (0-4) whose descriptor changed, in either language */
  levels: number[];
  lens?: { before: Lens; after: Lens };
  area?: { before: string; after: string };
  references: { added: string[]; removed: string[] };
};

export type ActionChange = { code: string; questionCode: string; title: Bilingual; fields: string[] };

export type FrameworkDiff = {
  from: { slug: string; version: string };
  to: { slug: string; version: string };
  areas: { added: AreaRef[]; removed: AreaRef[] };
  paragraphs: { added: ParagraphRef[]; removed: ParagraphRef[] };
  questions: { added: QuestionRef[]; removed: QuestionRef[]; changed: QuestionChange[] };
  actions: { added: ActionRef[]; removed: ActionRef[]; changed: ActionChange[] };
  /**
   * Where the newer version's answers come from, when it names the older one as `previous`
   * (lib/framework/carry-over.ts): each question with its relation, and the older questions
   * nothing takes up. null when the newer version does not follow the older one.
   */
  carryOver: { questions: (CarryOverEntry & { text: Bilingual })[]; retired: QuestionRef[] } | null;
  /** nothing at all differs (titles and scale included) */
  same: boolean;
};

const LANGS = ['fr', 'en'] as const;

/** Two texts word by word (the versions' compare, the cycles' comparison). */
export function wordDiff(before: string, after: string): WordPart[] {
  return diffWords(before, after).map((p) => ({ text: p.value, added: p.added || undefined, removed: p.removed || undefined }));
}

function textChanges(before: Bilingual, after: Bilingual): TextChange[] {
  return LANGS.filter((l) => before[l] !== after[l]).map((lang) => ({ lang, before: before[lang], after: after[lang], words: wordDiff(before[lang], after[lang]) }));
}

type Located<T> = T & { areaCode: string };
function questionsOf(content: FrameworkContent) {
  return new Map(content.areas.flatMap((a) => a.questions.map((q): [string, Located<QuestionContent>] => [q.code, { ...q, areaCode: a.code }])));
}
function actionsOf(content: FrameworkContent) {
  return new Map(
    content.areas.flatMap((a) => a.questions.flatMap((q) => q.actions.map((s): [string, SuggestedActionContent & { questionCode: string }] => [s.code, { ...s, questionCode: q.code }]))),
  );
}
function paragraphsOf(content: FrameworkContent) {
  return new Map(content.instruments.flatMap((i) => i.paragraphs.map((p): [string, ParagraphRef] => [`${i.code}:${p.ref}`, { key: `${i.code}:${p.ref}`, summary: p.summary }])));
}

function addedRemoved<T>(before: Map<string, T>, after: Map<string, T>) {
  return {
    added: [...after].filter(([k]) => !before.has(k)).map(([, v]) => v),
    removed: [...before].filter(([k]) => !after.has(k)).map(([, v]) => v),
  };
}

/** Equal as content: key order, and absent versus null, do not count. */
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

export function diffVersions(a: FrameworkContent, b: FrameworkContent): FrameworkDiff {
  const qa = questionsOf(a);
  const qb = questionsOf(b);
  const questionRef = (q: Located<QuestionContent>): QuestionRef => ({ code: q.code, areaCode: q.areaCode, text: q.text });
  const questions = addedRemoved(qa, qb);

  const changed: QuestionChange[] = [];
  for (const [code, after] of qb) {
    const before = qa.get(code);
    if (!before) continue;
    const change: QuestionChange = {
      code,
      areaCode: after.areaCode,
      after: after.text,
      text: textChanges(before.text, after.text),
      guidance: LANGS.filter((l) => before.guidance[l] !== after.guidance[l]),
      levels: [0, 1, 2, 3, 4].filter((l) => !same(before.levels[l], after.levels[l])),
      references: {
        added: after.references.filter((r) => !before.references.includes(r)),
        removed: before.references.filter((r) => !after.references.includes(r)),
      },
    };
    if (before.lens !== after.lens) change.lens = { before: before.lens, after: after.lens };
    if (before.areaCode !== after.areaCode) change.area = { before: before.areaCode, after: after.areaCode };
    const any = change.text.length || change.guidance.length || change.levels.length || change.lens || change.area
      || change.references.added.length || change.references.removed.length;
    if (any) changed.push(change);
  }

  const sa = actionsOf(a);
  const sb = actionsOf(b);
  const actions = addedRemoved(sa, sb);
  const actionRef = (s: SuggestedActionContent & { questionCode: string }): ActionRef => ({ code: s.code, questionCode: s.questionCode, title: s.title });
  const actionChanges: ActionChange[] = [];
  for (const [code, after] of sb) {
    const before = sa.get(code);
    if (!before) continue;
    const fields = (['questionCode', 'title', 'description', 'minLevel', 'maxLevel', 'leadKind', 'partners'] as const).filter((f) => !same(before[f], after[f]));
    if (fields.length) actionChanges.push({ code, questionCode: after.questionCode, title: after.title, fields });
  }

  const mapping = a.framework.slug === b.framework.slug && b.framework.previous === a.framework.version ? carryOver(b, a) : null;
  const areaMap = (c: FrameworkContent) => new Map(c.areas.map((x): [string, AreaRef] => [x.code, { code: x.code, title: x.title }]));

  return {
    from: { slug: a.framework.slug, version: a.framework.version },
    to: { slug: b.framework.slug, version: b.framework.version },
    areas: addedRemoved(areaMap(a), areaMap(b)),
    paragraphs: addedRemoved(paragraphsOf(a), paragraphsOf(b)),
    questions: { added: questions.added.map(questionRef), removed: questions.removed.map(questionRef), changed },
    actions: { added: actions.added.map(actionRef), removed: actions.removed.map(actionRef), changed: actionChanges },
    carryOver: mapping && {
      questions: mapping.questions.map((q) => ({ ...q, text: qb.get(q.code)!.text })),
      retired: mapping.retired.map((code) => questionRef(qa.get(code)!)),
    },
    same: same({ ...a.framework, version: '' }, { ...b.framework, version: '' }) && same(a.instruments, b.instruments) && same(a.areas, b.areas),
  };
}
