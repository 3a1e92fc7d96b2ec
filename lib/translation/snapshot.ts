// What a submitted version keeps of its translations, and which texts a document in a
// language uses (docs/decisions/011).
// lib/roadmap/snapshot.ts imports this file: only types may come back from it.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../db/client';
import type { RoadmapSnapshot } from '../roadmap/snapshot';
import { asLanguage, otherLanguage, publicationLanguages, type Language } from './languages';
import { loadTranslationRows } from './rows';
import { stateOf } from './state';
import { textsOf } from './texts';

const lang = z.enum(['fr', 'en']);
const entry = z.object({ text: z.string(), state: z.enum(['DRAFT', 'REVIEWED']) });
export const translationsSnapshotSchema = z.object({
  original: lang,
  publishedIn: z.array(lang),
  language: lang,
  /** the translations that matched their original at submission, by text key */
  texts: z.record(z.string(), entry),
});
export type TranslationsSnapshot = z.infer<typeof translationsSnapshotSchema>;
export type TranslatedText = z.infer<typeof entry>;

export async function readTranslationsSnapshot(db: Db, s: RoadmapSnapshot, publishedIn: string): Promise<TranslationsSnapshot> {
  const original = asLanguage(s.roadmap.language);
  const language = otherLanguage(original);
  const units = textsOf(s);
  const rows = await loadTranslationRows(db, units, language);
  const texts: Record<string, TranslatedText> = {};
  for (const u of units) {
    const row = rows.get(u.key);
    const st = stateOf(u, row);
    if (st === 'draft' || st === 'reviewed') texts[u.key] = { text: row!.text, state: row!.state };
  }
  return { original, publishedIn: publicationLanguages(original, publishedIn), language, texts };
}

export type VersionTexts = {
  language: Language;
  /** the version's original language: its documents need no translation */
  original: boolean;
  /** approved in this language: its texts are frozen in RoadmapVersionLanguage */
  approved: boolean;
  texts: Map<string, TranslatedText>;
  /** names the texts used, for the PDF cache key */
  hash: string;
};

/**
 * The texts a document of version `versionId` in `language` prints: those approved for the
 * language if it was; otherwise the current translations made from this version's originals
 * (an original edited since in the draft does not outdate them for this version), then those
 * the version carried at submission.
 */
export async function versionTexts(db: Db, versionId: string, s: RoadmapSnapshot, language: Language): Promise<VersionTexts> {
  if (asLanguage(s.roadmap.language) === language) return { language, original: true, approved: true, texts: new Map(), hash: 'original' };
  const approvedRow = await db.roadmapVersionLanguage.findUnique({ where: { roadmapVersionId_language: { roadmapVersionId: versionId, language } } });
  if (approvedRow) {
    const texts = new Map(Object.entries(approvedRow.texts as Record<string, string>).map(([k, text]) => [k, { text, state: 'REVIEWED' as const }]));
    return { language, original: false, approved: true, texts, hash: `approved:${approvedRow.textsHash}` };
  }
  const units = textsOf(s);
  const rows = await loadTranslationRows(db, units, language);
  const carried = s.translations?.language === language ? s.translations.texts : {};
  const texts = new Map<string, TranslatedText>();
  for (const u of units) {
    const row = rows.get(u.key);
    const st = stateOf(u, row);
    if (st === 'draft' || st === 'reviewed') texts.set(u.key, { text: row!.text, state: row!.state });
    else if (carried[u.key]) texts.set(u.key, carried[u.key]);
  }
  return { language, original: false, approved: false, texts, hash: `draft:${hashTexts(texts)}` };
}

/** VersionTexts.hash of a stored version, for the PDF cache key. */
export async function versionTextsKey(db: Db, versionId: string, language: Language): Promise<string> {
  const row = await db.roadmapVersion.findUnique({ where: { id: versionId }, select: { snapshot: true } });
  const s = row?.snapshot as RoadmapSnapshot | undefined;
  if (!s?.roadmap) return 'original';
  return (await versionTexts(db, versionId, s, language)).hash;
}

/** The same texts always give the same hash, whatever the order they were read in. */
export function hashTexts(texts: Map<string, TranslatedText> | Record<string, string>): string {
  const entries = texts instanceof Map ? [...texts].map(([k, v]) => [k, v.text, v.state]) : Object.entries(texts);
  entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return createHash('sha256').update(JSON.stringify(entries)).digest('hex');
}
