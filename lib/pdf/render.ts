// The whole document: sections rendered (here, or in workers by pool.ts), then assembled.
import { assemble } from './assemble';
import { renderSection, type SectionPart } from './render-section';
import { SECTIONS, type SectionId } from './sections';
import type { RoadmapDocument } from './types';

export type RenderedPdf = { bytes: Uint8Array; pages: number; ms: number };

export type PartsRenderer = (doc: RoadmapDocument, ids: SectionId[]) => Promise<SectionPart[]>;

export async function renderParts(doc: RoadmapDocument, ids: SectionId[]): Promise<SectionPart[]> {
  const parts: SectionPart[] = [];
  for (const id of ids) parts.push(await renderSection(doc, id));
  return parts;
}

/** Renders in this thread: for the CLI, tests and workers. The server goes through pool.ts. */
export async function renderRoadmapPdf(doc: RoadmapDocument): Promise<RenderedPdf> {
  const started = performance.now();
  const parts = await renderParts(doc, SECTIONS.map((s) => s.id));
  const { bytes, pages } = await assemble(doc, parts);
  return { bytes, pages, ms: performance.now() - started };
}
