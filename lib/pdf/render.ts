// The whole document: sections rendered (here, or in workers by pool.ts), then assembled.
import { assemble } from './assemble';
import { partsThroughCache, type PartStore } from './part-cache';
import { isTagging, renderPart, type SectionPart } from './render-section';
import { planParts, type PartPlan } from './sections/weights';
import type { RoadmapDocument } from './types';

/** `reused`: how many parts came from the part cache (part-cache.ts). */
export type RenderedPdf = { bytes: Uint8Array; pages: number; ms: number; reused?: number };

export type RenderOptions = {
  /** Parts rendered before (the database's, dbPartStore): only those whose content changed render. */
  parts?: PartStore;
};

async function renderPlans(doc: RoadmapDocument, plans: PartPlan[]): Promise<SectionPart[]> {
  const parts: SectionPart[] = [];
  for (const plan of plans) parts.push(await renderPart(doc, plan.ids, plan.chunk));
  return parts;
}

/** Renders in this thread: for the CLI, tests and workers. The server goes through pool.ts. */
export async function renderRoadmapPdf(doc: RoadmapDocument, options: RenderOptions = {}): Promise<RenderedPdf> {
  const started = performance.now();
  const { parts, reused } = options.parts
    ? await partsThroughCache(doc, options.parts, { tagged: isTagging() }, (plans) => renderPlans(doc, plans))
    : { parts: await renderPlans(doc, planParts(doc)), reused: undefined };
  const { bytes, pages } = await assemble(doc, parts, { reuse: !!options.parts });
  return { bytes, pages, ms: performance.now() - started, ...(reused === undefined ? {} : { reused }) };
}
