// The sections in document order with a rough cost each, to balance them across workers
// (pool.ts). Kept apart from the components so the pool can split a document without
// loading @react-pdf/renderer in the server process.
import type { RoadmapDocument } from '../types';

export type SectionId = 'cover' | 'summary' | 'context' | 'findings' | 'priorities' | 'matrix' | 'gantt' | 'traceability' | 'entities' | 'glossary' | 'cycles';

/**
 * `present`: a section some documents do not have (the default: every document has it).
 * `reads`: every field of the document the section prints or decides on (besides READ_BY_EVERY_PAGE),
 * as paths: "actions[].title" is the title of every action, "findings" the whole subtree. The
 * part cache (part-cache.ts) keys a rendered section by their values, so a field missing here
 * would serve a stale section: a test renders every section and checks what it really reads.
 */
export const SECTION_WEIGHTS: { id: SectionId; weight: (doc: RoadmapDocument) => number; present?: (doc: RoadmapDocument) => boolean; reads: string[] }[] = [
  { id: 'cover', weight: () => 0.3, reads: ['title', 'subtitle', 'period', 'supportedBy', 'illustrative', 'translation', 'emblem'] },
  {
    id: 'summary', weight: () => 0.5,
    reads: ['executiveSummary', 'period', 'translation', 'priorities[].rank', 'priorities[].title', 'objectives.length', 'actions[].cost', 'actions[].priority'],
  },
  { id: 'context', weight: () => 0.7, reads: ['consultation', 'context', 'methodology'] },
  // Measured on the stress fixture (500 actions, 60 findings): matrix 2.9 s, gantt 0.9 s,
  // findings 0.8 s, every other section under 0.2 s.
  { id: 'findings', weight: (d) => 1 + d.findings.length * 0.12, reads: ['findings'] },
  {
    id: 'priorities', weight: (d) => 0.7 + d.objectives.length * 0.05,
    reads: ['priorities', 'recommendations', 'objectives[].id', 'objectives[].code', 'objectives[].title', 'objectives[].description', 'actions[].objectiveId'],
  },
  {
    id: 'matrix', weight: (d) => 1 + d.actions.length * 0.055,
    reads: ['actions', 'objectives[].id', 'objectives[].code', 'objectives[].title', 'instruments[].code', 'instruments[].paragraphs[].ref', 'instruments[].paragraphs[].number'],
  },
  {
    id: 'gantt', weight: (d) => 0.8 + d.actions.length * 0.017,
    reads: ['actions[].id', 'actions[].code', 'actions[].title', 'actions[].leadEntity', 'actions[].objectiveId', 'actions[].priority', 'actions[].start', 'actions[].end', 'objectives[].id'],
  },
  { id: 'traceability', weight: (d) => 0.5 + d.actions.length * 0.001, reads: ['actions[].code', 'actions[].paragraphRefs', 'instruments'] },
  { id: 'entities', weight: (d) => 0.5 + d.entities.length * 0.01, reads: ['entities'] },
  { id: 'glossary', weight: (d) => 0.5 + d.glossary.length * 0.01, reads: ['glossary'] },
  { id: 'cycles', weight: (d) => 0.5 + (d.previousCycle?.questions.length ?? 0) * 0.03, present: (d) => !!d.previousCycle, reads: ['previousCycle'] },
];

/** What the running header and footer of every page print (components.tsx, PageFrame). */
export const READ_BY_EVERY_PAGE = ['locale', 'country', 'sensitivity', 'versionNumber', 'date', 'status'];

/** The sections this document has, in document order. */
export const sectionsOf = (doc: RoadmapDocument) => SECTION_WEIGHTS.filter((s) => s.present?.(doc) ?? true);

// One PDF part holds at most this much weight: a whole usual roadmap (the Benin one weighs
// about 10), but a long matrix renders alone, so that a large roadmap never holds every page's
// layout in memory at once (500 actions in one part: 493 MB peak; in parts: see docs/pdf.md).
export const PART_BUDGET = 12;
/** A section heavier than PART_BUDGET renders in chunks of about this weight. */
export const CHUNK_WEIGHT = 6;

export type PartPlan = { ids: SectionId[]; chunk?: { index: number; of: number } };

/**
 * Consecutive sections grouped into parts of at most PART_BUDGET; a heavier section renders
 * alone, in as many chunks as it needs.
 */
export function planParts(doc: RoadmapDocument, budget = PART_BUDGET): PartPlan[] {
  const parts: PartPlan[] = [];
  let current: SectionId[] = [];
  let used = 0;
  const flush = () => {
    if (current.length) parts.push({ ids: current });
    current = [];
    used = 0;
  };
  for (const s of sectionsOf(doc)) {
    const w = s.weight(doc);
    if (w > budget) {
      flush();
      const of = Math.ceil(w / CHUNK_WEIGHT);
      for (let index = 0; index < of; index++) parts.push({ ids: [s.id], chunk: of > 1 ? { index, of } : undefined });
      continue;
    }
    if (used + w > budget) flush();
    current.push(s.id);
    used += w;
  }
  flush();
  return parts;
}
