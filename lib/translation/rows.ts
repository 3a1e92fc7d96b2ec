import type { Db } from '../db/client';
import type { Language } from './languages';
import { rowKey, type TranslationRow } from './state';
import type { TextUnit } from './texts';

/** The translation rows in `language` of these units, by unit key. */
export async function loadTranslationRows(db: Db, units: TextUnit[], language: Language): Promise<Map<string, TranslationRow>> {
  const ids = [...new Set(units.map((u) => u.targetId))];
  const wanted = new Set(units.map((u) => u.key));
  const out = new Map<string, TranslationRow>();
  // Chunks keep the IN list within every driver's parameter limit.
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db.textTranslation.findMany({
      where: { language, targetId: { in: ids.slice(i, i + 500) } },
      select: { targetType: true, targetId: true, field: true, language: true, text: true, sourceText: true, state: true, version: true },
    });
    for (const r of rows) if (wanted.has(rowKey(r))) out.set(rowKey(r), r);
  }
  return out;
}
