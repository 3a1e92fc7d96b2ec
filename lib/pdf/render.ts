// The whole document: sections rendered (here, or in workers by pool.ts), then assembled.
import { assemble } from './assemble';
import { renderPart, type SectionPart } from './render-section';
import { SECTIONS, type SectionId } from './sections';
import type { RoadmapDocument } from './types';

export type RenderedPdf = { bytes: Uint8Array; pages: number; ms: number };

export function renderParts(doc: RoadmapDocument, ids: SectionId[]): Promise<SectionPart> {
  return renderPart(doc, ids);
}

/** Renders in this thread: for the CLI, tests and workers. The server goes through pool.ts. */
export async function renderRoadmapPdf(doc: RoadmapDocument): Promise<RenderedPdf> {
  const started = performance.now();
  const part = await renderPart(doc, SECTIONS.map((s) => s.id));
  const { bytes, pages } = await assemble(doc, [part]);
  return { bytes, pages, ms: performance.now() - started };
}
