// The document's sections, in order. Each renders to its own short PDF (render.ts), so that
// sections can render in parallel workers; the assembler joins them (assemble.ts).
import type { ReactElement } from 'react';
import type { SectionContext } from '../components';
import type { RoadmapDocument } from '../types';
import { ContextAndMethodology } from './context';
import { Cover } from './cover';
import { Entities } from './entities';
import { Findings } from './findings';
import { Gantt } from './gantt';
import { Glossary } from './glossary';
import { ActionMatrix } from './matrix';
import { Priorities } from './priorities';
import { ExecutiveSummary } from './summary';
import { Traceability } from './traceability';

export type SectionId = 'cover' | 'summary' | 'context' | 'findings' | 'priorities' | 'matrix' | 'gantt' | 'traceability' | 'entities' | 'glossary';

export type SectionDef = {
  id: SectionId;
  /** "1".."6" for parts, "A".."C" for annexes, null for the cover. */
  number: string | null;
  annex: boolean;
  pages: (ctx: SectionContext, kicker: string) => ReactElement | ReactElement[];
  /** A rough cost, to balance sections across workers. */
  weight: (doc: RoadmapDocument) => number;
};

export const SECTIONS: SectionDef[] = [
  { id: 'cover', number: null, annex: false, pages: (ctx) => <Cover ctx={ctx} />, weight: () => 1 },
  { id: 'summary', number: '1', annex: false, pages: (ctx, k) => <ExecutiveSummary ctx={ctx} label={k} />, weight: () => 1 },
  { id: 'context', number: '2', annex: false, pages: (ctx, k) => <ContextAndMethodology ctx={ctx} label={k} />, weight: () => 1.5 },
  { id: 'findings', number: '3', annex: false, pages: (ctx, k) => Findings({ ctx, label: k, sectionNumber: '3' }), weight: (d) => 1 + d.findings.length * 0.4 },
  { id: 'priorities', number: '4', annex: false, pages: (ctx, k) => Priorities({ ctx, label: k }), weight: (d) => 1 + d.objectives.length * 0.1 },
  { id: 'matrix', number: '5', annex: false, pages: (ctx, k) => ActionMatrix({ ctx, label: k }), weight: (d) => 1 + d.actions.length * 0.25 },
  { id: 'gantt', number: '6', annex: false, pages: (ctx, k) => Gantt({ ctx, label: k }), weight: (d) => 1 + d.actions.length * 0.12 },
  { id: 'traceability', number: 'A', annex: true, pages: (ctx, k) => <Traceability ctx={ctx} label={k} />, weight: (d) => 1 + d.actions.length * 0.01 },
  { id: 'entities', number: 'B', annex: true, pages: (ctx, k) => Entities({ ctx, label: k }), weight: (d) => 1 + d.entities.length * 0.02 },
  { id: 'glossary', number: 'C', annex: true, pages: (ctx, k) => Glossary({ ctx, label: k }), weight: (d) => 1 + d.glossary.length * 0.02 },
];

export const SECTION_IDS = SECTIONS.map((s) => s.id);

export function sectionDef(id: SectionId): SectionDef {
  const s = SECTIONS.find((x) => x.id === id);
  if (!s) throw new Error(`unknown PDF section: ${id}`);
  return s;
}
