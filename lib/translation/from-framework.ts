import type { Db } from '../db/client';
import { otherLanguage, asLanguage } from './languages';
import type { TargetType } from './texts';

/**
 * Texts drafted from the framework, which exists in both languages, take its other language
 * as a draft translation (docs/decisions/011): a reviewer still confirms it for this roadmap.
 */
export async function addFrameworkTranslations(
  db: Db, target: { countryId: string; originalLanguage: string; targetType: TargetType; targetId: string },
  texts: { field: string; original: string; fr: string; en: string }[],
): Promise<void> {
  const language = otherLanguage(asLanguage(target.originalLanguage));
  const data = texts
    .filter((x) => x.original.trim() && x[language].trim())
    .map((x) => ({
      countryId: target.countryId, targetType: target.targetType, targetId: target.targetId, field: x.field,
      language, text: x[language], sourceText: x.original, state: 'DRAFT' as const,
    }));
  if (data.length) await db.textTranslation.createMany({ data });
}
