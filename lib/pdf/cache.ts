// Rendered PDFs, kept in the database (PdfRender) so that every app instance behind a load
// balancer shares them; never only in one process's memory or disk. A version's snapshot is
// immutable, but its PDF also shows the version's number, its status (the DRAFT watermark
// until it is approved) and its date (of submission, then of approval): with the language and
// the template version, these name a PDF for good. A PDF rendered while the version was in
// review is therefore never served once it is approved.
import type { Db } from '@/lib/db';
import { TEMPLATE_VERSION } from './template';
import type { PdfLocale } from './types';

/** What a version's PDF shows besides its snapshot (load.ts, versionFacts). */
/** `translations`: which translated texts a PDF in a language other than the original prints (lib/translation/snapshot.ts). */
/** `emblem`: the SHA-256 of the country's emblem on the cover (lib/country/emblem.ts), null or absent without one. */
export type PdfVersionKey = { contentHash: string; number: number; approved: boolean; date: string; translations?: string; emblem?: string | null };

export function pdfCacheKey(version: PdfVersionKey, locale: PdfLocale, template = TEMPLATE_VERSION) {
  const base = `${version.contentHash}:${locale}:${template}:v${version.number}:${version.approved ? 'approved' : 'draft'}:${version.date}`;
  const translated = version.translations && version.translations !== 'original' ? `${base}:t:${version.translations}` : base;
  // Without an emblem the key is what it always was: the PDFs cached before emblems stay valid.
  return version.emblem ? `${translated}:e:${version.emblem}` : translated;
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
