// What the translation page shows: one section's texts side by side, the original and its
// translation with its state, and for an outdated one the word diff of what changed in the
// original since it was translated; with the counts per section and the latest version's
// standing in the language.
import { diffWords } from 'diff';
import type { Db } from '../db/client';
import type { WordPart } from '../roadmap/diff-versions';
import { asLanguage, otherLanguage, publicationLanguages, type Language } from './languages';
import { countStates, type StateCounts, type TextState } from './state';
import { SECTIONS, type Section } from './texts';
import { loadDraftTexts, loadVersionTexts } from './version-texts';

export type TranslationText = {
  key: string; section: Section; position: number; field: string; max: number;
  /** the item the text belongs to, in the original language: "Action 3" reads better with its title */
  itemTitle: string;
  original: string;
  state: TextState;
  confirmed: { version: number; values: { text: string }; updatedAt: string | null; updatedBy: string | null };
  /** outdated: how the original changed since the translation was made */
  changes: WordPart[] | null;
};

export type TranslationView = {
  roadmap: { id: string; slug: string; title: string; status: string; countryId: string; original: Language; languages: Language[] };
  language: Language;
  section: Section;
  counts: Record<Section, StateCounts>;
  texts: TranslationText[];
  latest: { number: number; status: string; approved: boolean; counts: StateCounts } | null;
};

export async function getTranslationView(db: Db, slug: string, section: Section): Promise<TranslationView | null> {
  const r = await db.roadmap.findUnique({ where: { slug }, select: { id: true, slug: true, title: true, status: true, countryId: true, language: true, publishedIn: true } });
  if (!r) return null;
  const original = asLanguage(r.language);
  const language = otherLanguage(original);
  const texts = (await loadDraftTexts(db, r.id, language)) ?? [];
  const titles = new Map<string, string>();
  for (const x of texts) if (x.field === 'title' || x.field === 'text') titles.set(x.targetId, x.original);
  const counts = Object.fromEntries(SECTIONS.map((s) => [s, countStates(texts.filter((x) => x.section === s).map((x) => x.state))])) as Record<Section, StateCounts>;

  const last = await db.roadmapVersion.findFirst({ where: { roadmapId: r.id }, orderBy: { number: 'desc' }, select: { number: true, status: true, languages: { where: { language }, select: { id: true } } } });
  let latest: TranslationView['latest'] = null;
  if (last) {
    const v = await loadVersionTexts(db, r.id, last.number, language);
    latest = { number: last.number, status: last.status, approved: last.languages.length > 0, counts: countStates(v.ok ? v.data.texts.map((x) => x.state) : []) };
  }
  return {
    roadmap: { id: r.id, slug: r.slug, title: r.title, status: r.status, countryId: r.countryId, original, languages: publicationLanguages(r.language, r.publishedIn) },
    language, section, counts, latest,
    texts: texts.filter((x) => x.section === section).map((x) => ({
      key: x.key, section: x.section, position: x.position, field: x.field, max: x.max,
      itemTitle: titles.get(x.targetId) ?? '', original: x.original, state: x.state,
      confirmed: { version: x.row?.version ?? 0, values: { text: x.row?.text ?? "" }, updatedAt: null, updatedBy: null },
      changes: x.state === 'outdated' ? diffWords(x.row!.sourceText, x.original).map((p) => ({ text: p.value, added: p.added || undefined, removed: p.removed || undefined })) : null,
    })),
  };
}
