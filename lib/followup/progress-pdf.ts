// The progress report's PDF as the app serves it: from the shared cache (PdfRender, keyed
// by the hash of what the report prints, its language and the template), or rendered by the
// worker pool and cached. A new or corrected update changes the hash, hence the PDF.
import { contentHash } from '../roadmap/snapshot';
import { getCachedPdf, putCachedPdf } from '../pdf/cache';
import type { ProgressDocument } from '../pdf/progress/types';
import type { RenderedPdf } from '../pdf/render';
import { TEMPLATE_VERSION } from '../pdf/template';
import type { Db } from '../db/client';
import { ok, type Result } from '../result';
import { loadProgressDocument } from './progress-document';

export type ProgressRenderer = (doc: ProgressDocument) => Promise<RenderedPdf>;

export async function getProgressPdf(
  db: Db, o: { countryId: string; roadmap: string; period: string; locale: 'fr' | 'en'; now: Date }, render: ProgressRenderer,
): Promise<Result<{ bytes: Uint8Array; key: string; cached: boolean; filename: string }>> {
  const loaded = await loadProgressDocument(db, o);
  if (!loaded.ok) return loaded;
  // The document holds the day the figures were read (printed on the cover): a report is
  // rendered again when its content or the day changes.
  const key = `progress:${contentHash(loaded.data.document)}:${o.locale}:${TEMPLATE_VERSION}`;
  const filename = `${loaded.data.slug}-${loaded.data.document.periodKey}-${o.locale}.pdf`;
  const cached = await getCachedPdf(db, key);
  if (cached) return ok({ bytes: cached, key, cached: true, filename });
  const pdf = await render(loaded.data.document);
  await putCachedPdf(db, { key, roadmapVersionId: loaded.data.versionId, language: o.locale, bytes: pdf.bytes, renderMs: pdf.ms });
  return ok({ bytes: pdf.bytes, key, cached: false, filename });
}
