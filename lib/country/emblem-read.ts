// Reading the country's emblem: its facts for the page, its hash for the PDF's cache key, its
// pixels for the cover and the preview route. No image library here (emblem-image.ts draws).
import type { Db } from '../db/client';
import type { EmblemSourceType } from './emblem-bytes';

export type EmblemInfo = { sha256: string; width: number; height: number; sourceType: EmblemSourceType; updatedAt: string };

export const infoSelect = { sha256: true, width: true, height: true, sourceType: true, updatedAt: true } as const;
export const infoOf = (e: { sha256: string; width: number; height: number; sourceType: EmblemSourceType; updatedAt: Date }): EmblemInfo => ({ ...e, updatedAt: e.updatedAt.toISOString() });

/** The emblem's facts (not its pixels), or null when the country has none. */
export async function getEmblemInfo(db: Db, countryId: string): Promise<EmblemInfo | null> {
  const e = await db.countryEmblem.findUnique({ where: { countryId }, select: infoSelect });
  return e ? infoOf(e) : null;
}

/** Only the emblem's SHA-256: what the PDF's cache key needs, without reading its pixels. */
export async function getEmblemHash(db: Db, countryId: string): Promise<string | null> {
  return (await db.countryEmblem.findUnique({ where: { countryId }, select: { sha256: true } }))?.sha256 ?? null;
}

export type EmblemImage = { png: Uint8Array; width: number; height: number; sha256: string };

/** The stored PNG, or null. */
export async function getEmblemImage(db: Db, countryId: string): Promise<EmblemImage | null> {
  const e = await db.countryEmblem.findUnique({ where: { countryId }, select: { png: true, width: true, height: true, sha256: true } });
  return e ? { png: new Uint8Array(e.png), width: e.width, height: e.height, sha256: e.sha256 } : null;
}
