// Rendered PDFs, kept in the database (PdfRender) so that every app instance behind a load
// balancer shares them; never only in one process's memory or disk. A version's snapshot is
// immutable, so its content hash, the language and the template version name a PDF for good.
import type { Db } from '@/lib/db';
import { TEMPLATE_VERSION } from './template';
import type { PdfLocale } from './types';

export function pdfCacheKey(contentHash: string, locale: PdfLocale, template = TEMPLATE_VERSION) {
  return `${contentHash}:${locale}:${template}`;
}

export async function getCachedPdf(db: Db, key: string): Promise<Uint8Array | null> {
  const row = await db.pdfRender.findUnique({ where: { cacheKey: key }, select: { bytes: true } });
  return row ? new Uint8Array(row.bytes) : null;
}

export type PdfToCache = { key: string; roadmapVersionId: string; language: PdfLocale; bytes: Uint8Array; renderMs: number };

/** Stores a rendered PDF. Two instances rendering the same version at once both succeed. */
export async function putCachedPdf(db: Db, pdf: PdfToCache): Promise<void> {
  const data = {
    roadmapVersionId: pdf.roadmapVersionId,
    language: pdf.language,
    bytes: new Uint8Array(pdf.bytes) as Uint8Array<ArrayBuffer>,
    size: pdf.bytes.byteLength,
    renderMs: Math.round(pdf.renderMs),
  };
  await db.pdfRender.upsert({ where: { cacheKey: pdf.key }, create: { cacheKey: pdf.key, ...data }, update: {} }).catch((error: unknown) => {
    // The other instance's insert won the race: its PDF is the same bytes.
    if ((error as { code?: string }).code !== 'P2002') throw error;
  });
}
