// Every text of a roadmap that its documents print, enumerated from a snapshot (submitted or
// built from the draft): one unit per field with a stable key, the key that names the
// translation row, the XLIFF unit and the text in a PDF's "still in the original" note.
import type { RoadmapSnapshot } from '../roadmap/snapshot';

export const TARGET_TYPES = ['Roadmap', 'Objective', 'Recommendation', 'Action', 'Finding'] as const;
export type TargetType = (typeof TARGET_TYPES)[number];
export const SECTIONS = ['summary', 'objectives', 'recommendations', 'actions', 'findings'] as const;
export type Section = (typeof SECTIONS)[number];

export type TextUnit = {
  /** "action.<id>.title": an XML NMTOKEN, usable as an XLIFF unit id */
  key: string;
  targetType: TargetType;
  targetId: string;
  field: string;
  section: Section;
  /** 1-based rank within its section's items, for people: "Action 3, title" */
  position: number;
  original: string;
  /** the longest text the field takes (the forms' limits, lib/roadmap/schemas.ts) */
  max: number;
};

// The limits of the forms that write the originals (roadmap and assessment schemas).
const MAX: Record<string, number> = {
  title: 300, executiveSummary: 20_000, context: 20_000, methodology: 20_000, description: 5000, text: 3000,
  achievements: 10_000, gaps: 10_000, needs: 10_000, label: 300, baseline: 200, target: 200,
};
/** The longest text a field takes, in either language. */
export const maxLengthOf = (field: string) => MAX[field.split('.').at(-1)!] ?? 300;

export const textKey = (targetType: TargetType, targetId: string, field: string) => `${targetType.toLowerCase()}.${targetId}.${field}`;

const KEY = /^(roadmap|objective|recommendation|action|finding)\.([A-Za-z0-9_-]{1,64})\.([A-Za-z]+|indicator\.\d{1,2}\.(?:label|baseline|target|unit))$/;

export function parseTextKey(key: string): { targetType: TargetType; targetId: string; field: string } | null {
  const m = KEY.exec(key);
  if (!m) return null;
  const targetType = TARGET_TYPES.find((t) => t.toLowerCase() === m[1])!;
  return { targetType, targetId: m[2], field: m[3] };
}

export function textsOf(s: RoadmapSnapshot): TextUnit[] {
  const out: TextUnit[] = [];
  const add = (targetType: TargetType, targetId: string, field: string, section: Section, position: number, original: string) => {
    // An empty original has nothing to translate.
    if (!original.trim()) return;
    out.push({ key: textKey(targetType, targetId, field), targetType, targetId, field, section, position, original, max: maxLengthOf(field) });
  };
  const r = s.roadmap;
  add('Roadmap', r.id, 'title', 'summary', 1, r.title);
  add('Roadmap', r.id, 'executiveSummary', 'summary', 1, r.executiveSummary);
  add('Roadmap', r.id, 'context', 'summary', 1, r.context);
  add('Roadmap', r.id, 'methodology', 'summary', 1, r.methodology);
  [...s.objectives].sort((a, b) => a.order - b.order).forEach((o, i) => {
    add('Objective', o.id, 'title', 'objectives', i + 1, o.title);
    add('Objective', o.id, 'description', 'objectives', i + 1, o.description);
  });
  [...s.recommendations].sort((a, b) => a.order - b.order).forEach((x, i) => add('Recommendation', x.id, 'text', 'recommendations', i + 1, x.text));
  [...s.actions].sort((a, b) => a.order - b.order).forEach((a, i) => {
    add('Action', a.id, 'title', 'actions', i + 1, a.title);
    add('Action', a.id, 'description', 'actions', i + 1, a.description);
    // Typed values (numbers, percentages, yes/no, dates) are written in each language by the
    // document itself; only the label, the unit and free-text values are translated.
    a.indicators.forEach((ind, n) => {
      add('Action', a.id, `indicator.${n}.label`, 'actions', i + 1, ind.label);
      if (ind.unit) add('Action', a.id, `indicator.${n}.unit`, 'actions', i + 1, ind.unit);
      if ((ind.type ?? 'TEXT') === 'TEXT') {
        add('Action', a.id, `indicator.${n}.baseline`, 'actions', i + 1, ind.baseline);
        add('Action', a.id, `indicator.${n}.target`, 'actions', i + 1, ind.target);
      }
    });
  });
  // Findings of versions submitted before translations existed carry no id: not translatable.
  s.findings.forEach((f, i) => {
    if (!f.id) return;
    add('Finding', f.id, 'achievements', 'findings', i + 1, f.achievements);
    add('Finding', f.id, 'gaps', 'findings', i + 1, f.gaps);
    add('Finding', f.id, 'needs', 'findings', i + 1, f.needs);
  });
  return out;
}
