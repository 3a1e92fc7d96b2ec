// The sections in document order with a rough cost each, to balance them across workers
// (pool.ts). Kept apart from the components so the pool can split a document without
// loading @react-pdf/renderer in the server process.
import type { RoadmapDocument } from '../types';

export type SectionId = 'cover' | 'summary' | 'context' | 'findings' | 'priorities' | 'matrix' | 'gantt' | 'traceability' | 'entities' | 'glossary';

export const SECTION_WEIGHTS: { id: SectionId; weight: (doc: RoadmapDocument) => number }[] = [
  { id: 'cover', weight: () => 0.3 },
  { id: 'summary', weight: () => 0.5 },
  { id: 'context', weight: () => 0.7 },
  // Measured on the stress fixture (500 actions, 60 findings): matrix 2.9 s, gantt 0.9 s,
  // findings 0.8 s, every other section under 0.2 s.
  { id: 'findings', weight: (d) => 1 + d.findings.length * 0.12 },
  { id: 'priorities', weight: (d) => 0.7 + d.objectives.length * 0.05 },
  { id: 'matrix', weight: (d) => 1 + d.actions.length * 0.055 },
  { id: 'gantt', weight: (d) => 0.8 + d.actions.length * 0.017 },
  { id: 'traceability', weight: (d) => 0.5 + d.actions.length * 0.001 },
  { id: 'entities', weight: (d) => 0.5 + d.entities.length * 0.01 },
  { id: 'glossary', weight: (d) => 0.5 + d.glossary.length * 0.01 },
];
