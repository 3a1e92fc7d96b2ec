// What the route serves: a version's PDF from the shared cache, or rendered by the worker pool
// (and cached). The cache is looked up from the version's row (content hash, number, status,
// dates), before the snapshot is read.
import { getEmblemHash } from '@/lib/country/emblem-read';
import type { Db } from '@/lib/db';
import { versionTextsKey } from '@/lib/translation/snapshot';
import { fail, ok, type Result } from '@/lib/result';
import { getCachedPdf, pdfCacheKey, putCachedPdf } from './cache';
import { loadRoadmapDocument, versionFacts } from './load';
import { dbPartStore, type PartStore } from './part-cache';
import type { RenderedPdf } from './render';
import type { PdfLocale, RoadmapDocument } from './types';

export type ServedPdf = { bytes: Uint8Array; key: string; cached: boolean; filename: string };

/** `parts`: the shared part cache, so that a new version re-renders only the sections it changed. */
export type Renderer = (doc: RoadmapDocument, options: { parts: PartStore }) => Promise<RenderedPdf>;

// Two requests for the same PDF in one process wait for one render.
const inFlight = new Map<string, Promise<Result<ServedPdf>>>();

export async function getRoadmapPdf(
  db: Db, roadmapIdOrSlug: string, versionNumber: number, locale: PdfLocale, render: Renderer,
): Promise<Result<ServedPdf>> {
  const version = await db.roadmapVersion.findFirst({
    where: { number: versionNumber, roadmap: { OR: [{ id: roadmapIdOrSlug }, { slug: roadmapIdOrSlug }] } },
    select: { id: true, contentHash: true, number: true, status: true, submittedAt: true, decidedAt: true, roadmap: { select: { slug: true, countryId: true } } },
  });
  if (!version) return fail('pdf.errors.versionNotFound');
  // A translation saved or reviewed since changes what the PDF in its language prints.
  const translations = await versionTextsKey(db, version.id, locale);
  // So does a new emblem of the country, on the cover.
  const emblem = await getEmblemHash(db, version.roadmap.countryId);
  const keyOf = (emblemHash: string | null) => pdfCacheKey({ contentHash: version.contentHash, ...versionFacts(version), translations, emblem: emblemHash }, locale);
  const key = keyOf(emblem);
  const filename = `${version.roadmap.slug}-v${versionNumber}-${locale}.pdf`;
  const cached = await getCachedPdf(db, key);
  if (cached) return ok({ bytes: cached, key, cached: true, filename });

  const running = inFlight.get(key);
  if (running) return running;
  const job = (async (): Promise<Result<ServedPdf>> => {
    const loaded = await loadRoadmapDocument(db, roadmapIdOrSlug, versionNumber, locale);
    if (!loaded.ok) return loaded;
    const pdf = await render(loaded.data.document, { parts: dbPartStore(db) });
    // Filed under the emblem actually drawn, should it have changed since the key was made.
    const drawnKey = keyOf(loaded.data.document.emblem?.sha256 ?? null);
    await putCachedPdf(db, { key: drawnKey, roadmapVersionId: version.id, language: locale, bytes: pdf.bytes, renderMs: pdf.ms });
    return ok({ bytes: pdf.bytes, key: drawnKey, cached: false, filename });
  })().finally(() => inFlight.delete(key));
  inFlight.set(key, job);
  return job;
}

/**
 * Renders a version's PDF in both languages ahead of the first download (call it, without
 * awaiting, once a version is submitted); PDFs already cached are left as they are.
 */
export async function prerenderVersionPdfs(db: Db, roadmapId: string, versionNumber: number, render: Renderer): Promise<void> {
  for (const locale of ['fr', 'en'] as const) {
    const r = await getRoadmapPdf(db, roadmapId, versionNumber, locale, render);
    if (!r.ok) return;
  }
}
