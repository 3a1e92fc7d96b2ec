// A submitted version's PDFs, rendered in the background so that the first download finds
// them in the cache. The server registers its worker pool as the renderer at start-up
// (instrumentation.ts); where nothing is registered (tests, scripts, the seed), submitting a
// version renders nothing.
import type { Db } from '@/lib/db';
import { prerenderVersionPdfs, type Renderer } from './serve';

// On globalThis, like the pool: Next loads instrumentation.ts and the server actions as
// separate bundles, each with its own copy of this module.
const shared = globalThis as unknown as { jalonPdfPrerenderer?: Renderer | null; jalonPdfPrerenders?: Set<Promise<void>> };
const pending = (shared.jalonPdfPrerenders ??= new Set());

export function setPdfPrerenderer(render: Renderer | null): void {
  shared.jalonPdfPrerenderer = render;
}

/**
 * Starts rendering the version's PDF in French and English, and returns at once. A failure is
 * logged, never thrown: the submission it follows has already succeeded.
 */
export function prerenderInBackground(db: Db, roadmapId: string, versionNumber: number): void {
  const render = shared.jalonPdfPrerenderer;
  if (!render) return;
  const job: Promise<void> = prerenderVersionPdfs(db, roadmapId, versionNumber, render)
    .catch((error: unknown) => console.error(`pdf: rendering version ${versionNumber} of roadmap ${roadmapId} ahead of download failed`, error))
    .finally(() => pending.delete(job));
  pending.add(job);
}

/** Waits for the background renders under way (tests; a graceful shutdown). */
export async function settlePrerenders(): Promise<void> {
  while (pending.size) await Promise.all([...pending]);
}
