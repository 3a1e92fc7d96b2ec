// An entity's name as a sentence takes it. French names are used with their article (« du
// ministère de l’Intérieur », « de la Direction générale… », « de l’Agence… », « des Forces
// armées… », « au ministère… »): messages that name an entity receive `article` beside
// `entity` and choose the form through an ICU select, e.g.
//   {article, select, le {du {entity}} la {de la {entity}} l {de l’{entity}} les {des {entity}} elided {d’{entity}} other {de {entity}}}
// English messages use it for "the" (a bare proper name has none).
import type { Locale } from './routing';
import { inLocale } from './pick';

export type FrenchArticleForm = 'LE' | 'LA' | 'ELIDED' | 'LES';

/** le, la, l (l’), les; `none` for a bare name, `elided` for a bare name that starts with a vowel (« d’Interpol »). */
export type EntityArticle = 'le' | 'la' | 'l' | 'les' | 'none' | 'elided';

const FORMS: Record<FrenchArticleForm, EntityArticle> = { LE: 'le', LA: 'la', ELIDED: 'l', LES: 'les' };

export function entityArticle(articleFr: FrenchArticleForm | null | undefined, nameFr: string): EntityArticle {
  if (articleFr) return FORMS[articleFr];
  return /^[aeiouyàâäéèêëîïôöûüh]/i.test(nameFr.normalize('NFC')) ? 'elided' : 'none';
}

/** The `entity` and `article` arguments of a message that names an entity, in the reader's language. */
export function entityArgs(locale: Locale, e: { nameFr: string; nameEn: string; articleFr?: FrenchArticleForm | null }) {
  return { entity: inLocale(locale, e, 'name'), article: entityArticle(e.articleFr, e.nameFr) };
}

/**
 * The French article an entity's name most likely takes, from its first word, to fill a
 * register that was typed without one (the migration, a CSV import); a person can correct it.
 */
export function guessFrenchArticle(nameFr: string): FrenchArticleForm | null {
  const first = nameFr.trim().split(/[\s’']/)[0]?.toLowerCase() ?? '';
  if (!first) return null;
  if (/^[aeiouyàâäéèêëîïôöûü]/.test(first)) return first.endsWith('s') && PLURAL.has(first) ? 'LES' : 'ELIDED';
  if (PLURAL.has(first)) return 'LES';
  if (FEMININE.has(first)) return 'LA';
  if (MASCULINE.has(first)) return 'LE';
  return null;
}

// First words of the names of public bodies (those starting with a vowel take l’ anyway).
const FEMININE = new Set(['direction', 'agence', 'autorité', 'cellule', 'cour', 'commission', 'mairie', 'société', 'police', 'gendarmerie', 'garde', 'présidence', 'primature', 'délégation', 'brigade', 'haute', 'caisse', 'banque', 'chambre', 'préfecture', 'compagnie', 'coordination', 'division']);
const MASCULINE = new Set(['ministère', 'port', 'comité', 'groupement', 'conseil', 'centre', 'secrétariat', 'service', 'bureau', 'haut', 'tribunal', 'parquet', 'commandement', 'fonds', 'programme', 'cabinet']);
const PLURAL = new Set(['forces', 'services', 'archives', 'douanes', 'eaux', 'armées']);
