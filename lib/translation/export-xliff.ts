import type { Db } from '../db/client';
import { translator } from '../i18n/translate';
import { fail, ok, type Result } from '../result';
import { otherLanguage, type Language } from './languages';
import { loadVersionTexts } from './version-texts';
import { buildXliff, xliffOriginal } from './xliff';

/** The XLIFF 2.0 file of version `number` for a translation into `language`. */
export async function exportXliff(db: Db, roadmapId: string, number: number, language: Language, uiLocale: Language): Promise<Result<{ filename: string; xml: string }>> {
  const loaded = await loadVersionTexts(db, roadmapId, number, language);
  if (!loaded.ok) return loaded;
  const { roadmap, version, texts } = loaded.data;
  if (roadmap.language === language) return fail('translation.originalLanguage');
  const t = translator(uiLocale, 'translation');
  const xml = buildXliff({
    srcLang: otherLanguage(language), trgLang: language, original: xliffOriginal(roadmap.id, version.number, version.contentHash),
    title: `${roadmap.title} – v${version.number}`,
    units: texts.map((u) => ({
      id: u.key, name: `${t(`section.${u.section}`)} ${u.position} – ${t(`field.${u.field.startsWith('indicator.') ? 'indicator' : u.field}`)}`,
      source: u.original, target: u.row?.text || null, state: u.state,
      note: u.state === 'outdated' ? t('xliff.outdatedNote') : undefined,
    })),
  });
  return ok({ filename: `${roadmap.slug}-v${version.number}-${language}.xlf`, xml });
}
