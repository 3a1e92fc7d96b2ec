// The document's sections, in order. Each renders to its own short PDF (render.ts), so that
// sections can render in parallel workers; the assembler joins them (assemble.ts).
import type { ReactElement } from 'react';
import type { SectionContext } from '../components';
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
import { CycleComparison } from './cycles';

import { SECTION_WEIGHTS, type SectionId } from './weights';

export type { SectionId };

export type SectionDef = {
  id: SectionId;
  /** "1".."6" for parts, "A".."D" for annexes, null for the cover. */
  number: string | null;
  annex: boolean;
  pages: (ctx: SectionContext, kicker: string) => ReactElement | ReactElement[];
};

export const SECTIONS: SectionDef[] = [
  { id: 'cover', number: null, annex: false, pages: (ctx) => <Cover ctx={ctx} /> },
  { id: 'summary', number: '1', annex: false, pages: (ctx, k) => <ExecutiveSummary ctx={ctx} label={k} /> },
  { id: 'context', number: '2', annex: false, pages: (ctx, k) => <ContextAndMethodology ctx={ctx} label={k} /> },
  { id: 'findings', number: '3', annex: false, pages: (ctx, k) => Findings({ ctx, label: k, sectionNumber: '3' }) },
  { id: 'priorities', number: '4', annex: false, pages: (ctx, k) => Priorities({ ctx, label: k }) },
  { id: 'matrix', number: '5', annex: false, pages: (ctx, k) => ActionMatrix({ ctx, label: k }) },
  { id: 'gantt', number: '6', annex: false, pages: (ctx, k) => Gantt({ ctx, label: k }) },
  { id: 'traceability', number: 'A', annex: true, pages: (ctx, k) => <Traceability ctx={ctx} label={k} /> },
  { id: 'entities', number: 'B', annex: true, pages: (ctx, k) => Entities({ ctx, label: k }) },
  { id: 'glossary', number: 'C', annex: true, pages: (ctx, k) => Glossary({ ctx, label: k }) },
  { id: 'cycles', number: 'D', annex: true, pages: (ctx, k) => CycleComparison({ ctx, label: k }) },
];

export const SECTION_IDS = SECTIONS.map((s) => s.id);

// The two lists must name the same sections in the same order (tested).
export const SECTION_ORDER_MATCHES = SECTION_WEIGHTS.every((w, i) => SECTIONS[i]?.id === w.id) && SECTIONS.length === SECTION_WEIGHTS.length;
