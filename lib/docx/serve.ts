// A roadmap version's Word document: read from its snapshot like the PDF (lib/pdf/load.ts),
// rendered on request (a fraction of the PDF's time, docs/pdf.md), not cached.
import type { Db } from '@/lib/db';
import { loadRoadmapDocument } from '@/lib/pdf/load';
import type { PdfLocale } from '@/lib/pdf/types';
import { ok, type Result } from '@/lib/result';
import { renderRoadmapDocx } from './roadmap';

export async function getRoadmapDocx(db: Db, roadmapIdOrSlug: string, versionNumber: number, locale: PdfLocale): Promise<Result<{ bytes: Uint8Array; filename: string }>> {
  const loaded = await loadRoadmapDocument(db, roadmapIdOrSlug, versionNumber, locale);
  if (!loaded.ok) return loaded;
  const bytes = await renderRoadmapDocx(loaded.data.document);
  return ok({ bytes, filename: `${loaded.data.roadmap.slug}-v${versionNumber}-${locale}.docx` });
}
