// A snapshot with its texts in one language: what the PDF and the Word export print.
import type { RoadmapSnapshot } from '../roadmap/snapshot';
import type { VersionTexts } from './snapshot';
import { textsOf, type TextUnit } from './texts';

export type Localized = {
  snapshot: RoadmapSnapshot;
  /** texts printed in the original language because no translation matches them */
  untranslated: TextUnit[];
  /** printed in the language, but not reviewed yet */
  unreviewed: number;
};

/**
 * Replaces every text that has a translation. Texts without one stay in the original and,
 * unless the language is the original, are prefixed with `mark` (e.g. "[FR] ") on each line,
 * so a reader sees at the place itself what is not translated.
 */
export function localizeSnapshot(s: RoadmapSnapshot, vt: VersionTexts, mark: string): Localized {
  if (vt.original) return { snapshot: s, untranslated: [], unreviewed: 0 };
  const units = textsOf(s);
  const untranslated: TextUnit[] = [];
  let unreviewed = 0;
  const text = new Map<string, string>();
  for (const u of units) {
    const t = vt.texts.get(u.key);
    if (t) {
      text.set(u.key, t.text);
      if (t.state !== 'REVIEWED') unreviewed++;
    } else {
      untranslated.push(u);
      text.set(u.key, u.original.split('\n').map((line) => (line.trim() ? `${mark}${line}` : line)).join('\n'));
    }
  }
  const pick = (type: string, id: string | undefined, field: string, fallback: string) => (id ? (text.get(`${type}.${id}.${field}`) ?? fallback) : fallback);
  const r = s.roadmap;
  return {
    untranslated,
    unreviewed,
    snapshot: {
      ...s,
      roadmap: {
        ...r,
        title: pick('roadmap', r.id, 'title', r.title),
        executiveSummary: pick('roadmap', r.id, 'executiveSummary', r.executiveSummary),
        context: pick('roadmap', r.id, 'context', r.context),
        methodology: pick('roadmap', r.id, 'methodology', r.methodology),
      },
      objectives: s.objectives.map((o) => ({ ...o, title: pick('objective', o.id, 'title', o.title), description: pick('objective', o.id, 'description', o.description) })),
      recommendations: s.recommendations.map((x) => ({ ...x, text: pick('recommendation', x.id, 'text', x.text) })),
      actions: s.actions.map((a) => ({
        ...a,
        title: pick('action', a.id, 'title', a.title),
        description: pick('action', a.id, 'description', a.description),
        indicators: a.indicators.map((ind, n) => ({
          ...ind,
          label: pick('action', a.id, `indicator.${n}.label`, ind.label),
          unit: ind.unit ? pick('action', a.id, `indicator.${n}.unit`, ind.unit) : ind.unit,
          baseline: pick('action', a.id, `indicator.${n}.baseline`, ind.baseline),
          target: pick('action', a.id, `indicator.${n}.target`, ind.target),
        })),
      })),
      findings: s.findings.map((f) => ({
        ...f,
        achievements: pick('finding', f.id, 'achievements', f.achievements),
        gaps: pick('finding', f.id, 'gaps', f.gaps),
        needs: pick('finding', f.id, 'needs', f.needs),
      })),
    },
  };
}
