// The whole document: sections rendered (here, or in workers by pool.ts), then assembled.
import { assemble } from './assemble';
import { renderPart, type SectionPart } from './render-section';
import type { SectionId } from './sections';
import { planParts } from './sections/weights';
import type { RoadmapDocument } from './types';

export type RenderedPdf = { bytes: Uint8Array; pages: number; ms: number };

export function renderParts(doc: RoadmapDocument, ids: SectionId[]): Promise<SectionPart> {
  return renderPart(doc, ids);
}

/** Renders in this thread: for the CLI, tests and workers. The server goes through pool.ts. */
export async function renderRoadmapPdf(doc: RoadmapDocument): Promise<RenderedPdf> {
  const started = performance.now();
  const parts: SectionPart[] = [];
  for (const plan of planParts(doc)) parts.push(await renderPart(doc, plan.ids, plan.chunk));
  const { bytes, pages } = await assemble(doc, parts);
  return { bytes, pages, ms: performance.now() - started };
}
