import type { Db } from '../db/client';
import { fail, ok, type Result } from '../result';
import { buildSnapshot, snapshotSchema, type RoadmapSnapshot } from '../roadmap/snapshot';
import { asLanguage, type Language } from './languages';
import { loadTranslationRows } from './rows';
import { stateOf, type TextState, type TranslationRow } from './state';
import { textsOf, type TextUnit } from './texts';

export type VersionText = TextUnit & { state: TextState; row: TranslationRow | undefined };
export type LoadedVersionTexts = {
  roadmap: { id: string; slug: string; title: string; language: Language; countryId: string };
  version: { id: string; number: number; contentHash: string; status: string };
  snapshot: RoadmapSnapshot;
  texts: VersionText[];
};

/** A version's texts with the state of their translation in `language` against the version's originals. */
export async function loadVersionTexts(db: Db, roadmapId: string, number: number, language: Language): Promise<Result<LoadedVersionTexts>> {
  const roadmap = await db.roadmap.findUnique({ where: { id: roadmapId }, select: { id: true, slug: true, title: true, language: true, countryId: true } });
  if (!roadmap) return fail('auth.forbidden');
  const version = await db.roadmapVersion.findUnique({
    where: { roadmapId_number: { roadmapId, number } }, select: { id: true, number: true, contentHash: true, status: true, snapshot: true },
  });
  if (!version) return fail('pdf.errors.versionNotFound');
  const parsed = snapshotSchema.safeParse(version.snapshot);
  if (!parsed.success) return fail('pdf.errors.invalidSnapshot');
  const units = textsOf(parsed.data);
  const rows = await loadTranslationRows(db, units, language);
  return ok({
    roadmap: { ...roadmap, language: asLanguage(roadmap.language) },
    version: { id: version.id, number: version.number, contentHash: version.contentHash, status: version.status },
    snapshot: parsed.data,
    texts: units.map((u) => ({ ...u, state: stateOf(u, rows.get(u.key)), row: rows.get(u.key) })),
  });
}

/** The draft's texts (what the next version will carry) with the state of their translation. */
export async function loadDraftTexts(db: Db, roadmapId: string, language: Language): Promise<VersionText[] | null> {
  const s = await buildSnapshot(db, roadmapId);
  if (!s) return null;
  const units = textsOf(s);
  const rows = await loadTranslationRows(db, units, language);
  return units.map((u) => ({ ...u, state: stateOf(u, rows.get(u.key)), row: rows.get(u.key) }));
}
