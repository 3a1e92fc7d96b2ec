// What changed between two versions: actions added, removed and changed field by field,
// texts diffed word by word, and the same for objectives and recommendations. Works on
// snapshots, so it compares exactly what was submitted.
import { diffWords } from 'diff';
import { indicatorLine, readIndicators } from './indicators';
import { numberRoadmap, type Numbering } from './numbering';
import type { RoadmapSnapshot } from './snapshot';
import { inLocale } from '../i18n/pick';

export type WordPart = { text: string; added?: boolean; removed?: boolean };
export type FieldChange = { field: string; before: string; after: string; words?: WordPart[] };
export type ItemChange = { id: string; code: string; title: string; kind: 'added' | 'removed' | 'changed'; fields: FieldChange[] };
export type VersionDiff = { header: FieldChange[]; objectives: ItemChange[]; recommendations: ItemChange[]; actions: ItemChange[] };

type Action = RoadmapSnapshot['actions'][number];

/** Long texts get a word diff; short values are shown before and after. */
const TEXT_FIELDS = new Set(['title', 'description', 'text', 'executiveSummary', 'context', 'methodology']);

function change(field: string, before: string, after: string): FieldChange | null {
  if (before === after) return null;
  return TEXT_FIELDS.has(field)
    ? { field, before, after, words: diffWords(before, after).map((p) => ({ text: p.value, added: p.added || undefined, removed: p.removed || undefined })) }
    : { field, before, after };
}

/** `fieldsA` and `fieldsB` read an item in its own version (names resolve in that snapshot). */
function compare<T extends { id: string }>(
  a: T[],
  b: T[],
  codes: { a: Numbering; b: Numbering },
  title: (x: T) => string,
  fieldsA: (x: T) => Record<string, string>,
  fieldsB: (x: T) => Record<string, string> = fieldsA,
): ItemChange[] {
  const before = new Map(a.map((x) => [x.id, x]));
  const after = new Map(b.map((x) => [x.id, x]));
  const out: ItemChange[] = [];
  for (const x of b) {
    const old = before.get(x.id);
    if (!old) {
      out.push({ id: x.id, code: codes.b.code(x.id) ?? '', title: title(x), kind: 'added', fields: [] });
      continue;
    }
    const f0 = fieldsA(old);
    const f1 = fieldsB(x);
    const changed = Object.keys(f1).map((k) => change(k, f0[k] ?? '', f1[k] ?? '')).filter((c): c is FieldChange => c !== null);
    if (changed.length) out.push({ id: x.id, code: codes.b.code(x.id) ?? '', title: title(x), kind: 'changed', fields: changed });
  }
  for (const x of a) if (!after.has(x.id)) out.push({ id: x.id, code: codes.a.code(x.id) ?? '', title: title(x), kind: 'removed', fields: [] });
  return out;
}

/** Readable values: entity names in the snapshot's language, lists joined, indicators spelled out. */
function actionFields(s: RoadmapSnapshot) {
  const name = new Map(s.entities.map((e) => [e.id, e.acronym ?? inLocale(s.roadmap.language, e, 'name')]));
  const para = new Map(s.instruments.flatMap((i) => i.paragraphs.map((p) => [p.id, `${i.code} ${p.ref}`] as const)));
  return (a: Action): Record<string, string> => ({
    title: a.title,
    description: a.description,
    leadEntity: a.leadEntityId ? (name.get(a.leadEntityId) ?? '?') : '',
    supportingEntities: a.supportingEntityIds.map((e) => name.get(e) ?? '?').join(', '),
    partners: a.partners.join(', '),
    startPeriod: a.startPeriod ?? '',
    endPeriod: a.endPeriod ?? '',
    priority: a.priority,
    indicators: readIndicators(a.indicators).map((i) => indicatorLine(i, s.roadmap.language)).join(' ; '),
    cost: a.costAmount ? `${a.costAmount} ${a.currency ?? ''}`.trim() : '',
    fundingSource: a.fundingSource ?? '',
    status: a.status,
    questions: a.questionCodes.join(', '),
    paragraphs: a.paragraphIds.map((p) => para.get(p) ?? '?').join(', '),
  });
}

export function diffVersions(a: RoadmapSnapshot, b: RoadmapSnapshot): VersionDiff {
  const header = (['title', 'executiveSummary', 'context', 'methodology', 'sensitivity'] as const)
    .map((k) => change(k, a.roadmap[k], b.roadmap[k]))
    .filter((c): c is FieldChange => c !== null);
  const codes = { a: numberRoadmap(a), b: numberRoadmap(b) };
  return {
    header,
    objectives: compare(a.objectives, b.objectives, codes, (o) => o.title, (o) => ({ title: o.title, description: o.description })),
    recommendations: compare(a.recommendations, b.recommendations, codes, (r) => r.text.slice(0, 120), (r) => ({ text: r.text, priority: r.priority })),
    actions: compare(a.actions, b.actions, codes, (x) => x.title, actionFields(a), actionFields(b)),
  };
}
