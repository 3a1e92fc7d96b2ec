// The PDF's own view model: everything the document prints, already resolved to one
// language. The roadmap domain maps a version's snapshot to it (lib/pdf/load.ts); the
// sections never see the database or the snapshot, only this.
import type { Translate } from '@/lib/i18n/translate';

export type { Translate };

export type PdfLocale = 'fr' | 'en';
export type DocStatus = 'draft' | 'approved';
export type Sensitivity = 'public' | 'restricted' | 'confidential';
export type Priority = 'high' | 'medium' | 'low';
/** ISO 4217: XOF for Benin, EUR or USD when a partner pledges in its currency. */
export type Currency = 'XOF' | 'EUR' | 'USD' | (string & {});
export type FundingSource = 'national_budget' | 'partner' | 'to_be_mobilised';
export type ActionStatus = 'planned' | 'in_progress' | 'done' | 'cancelled';

export type Consultation = {
  place: string | null;
  startsOn: string | null; // ISO date
  endsOn: string | null; // ISO date
  officialsCount: number | null;
  entitiesCount: number | null;
  organisers: string[]; // e.g. ["UNOCT", "CTED"]
  coordinatingEntity: string; // full name
};

/** The consolidated finding of one thematic area. */
export type AreaFinding = {
  areaCode: string; // e.g. "GOV"
  areaTitle: string;
  maturity: number | null; // 0-4, null when not assessed
  achievements: string[];
  gaps: string[];
  needs: string[];
  priority: Priority | null;
};

export type NationalPriority = { rank: number; title: string; rationale: string };

export type Objective = { id: string; code: string; title: string; description: string; areaCode: string | null };

export type Recommendation = { id: string; code: string; objectiveId: string | null; text: string; priority: Priority };

export type Indicator = { label: string; baseline: string; target: string };

export type ActionItem = {
  id: string;
  code: string; // e.g. "1.2.1"
  objectiveId: string | null;
  recommendationId: string | null;
  areaCode: string | null;
  title: string;
  description: string;
  leadEntity: string; // acronym or short name
  supportingEntities: string[];
  partners: string[]; // international partners
  start: string | null; // "2025-T1", "2025-Q1" or "2025-03"
  end: string | null;
  priority: Priority;
  indicators: Indicator[];
  cost: { amount: number; currency: Currency } | null;
  fundingSource: FundingSource | null;
  status: ActionStatus;
  questionCodes: string[]; // framework questions the action answers
  paragraphRefs: string[]; // "2341:OP2", "2396:OP27"
};

/** label: the summary; name: how the paragraph is named; number: the narrow-column form. */
export type InstrumentParagraph = { ref: string; label: string; name: string; number: string };

/** A resolution (2341, 2396) or principle set, with the paragraphs the annex traces. */
export type InstrumentRef = { code: string; symbol: string; title: string; paragraphs: InstrumentParagraph[] };

export type ParticipatingEntity = { acronym: string | null; name: string; kind: string | null };

export type GlossaryEntry = { term: string; definition: string };

export type CoverEmblem = { png: Uint8Array; width: number; height: number; sha256: string };

export type RoadmapDocument = {
  locale: PdfLocale;
  country: string;
  title: string;
  subtitle: string | null;
  period: string | null; // e.g. "2025–2027"
  status: DocStatus;
  versionNumber: number;
  date: string; // ISO date of the version
  supportedBy: string[]; // organisations that supported the work
  sensitivity: Sensitivity;
  illustrative: boolean; // demo data: the cover says so
  /** The country's emblem for the cover (lib/country/emblem.ts): a PNG already redrawn and bounded; none, no emblem. */
  emblem?: CoverEmblem | null;
  executiveSummary: string[]; // paragraphs
  context: string[];
  methodology: string[];
  consultation: Consultation | null;
  findings: AreaFinding[];
  priorities: NationalPriority[];
  objectives: Objective[];
  recommendations: Recommendation[];
  actions: ActionItem[];
  instruments: InstrumentRef[];
  entities: ParticipatingEntity[];
  glossary: GlossaryEntry[];
  /**
   * In a language other than the roadmap's original: whether its translation is approved,
   * and, while it is a draft, the texts still printed in the original (docs/decisions/011).
   */
  translation?: DocumentTranslation;
  /** What changed since the country's previous assessment cycle, when there was one (annex D). */
  previousCycle?: CycleComparisonAnnex;
};

export type CycleLevel = number | null;
export type CycleComparisonAnnex = {
  previousTitle: string;
  previousDate: string | null; // ISO date the previous consultation started
  framework: { before: string; after: string };
  areas: { code: string; title: string; before: CycleLevel; after: CycleLevel }[];
  questions: {
    code: string; areaCode: string; question: string; previousCodes: string[]; before: CycleLevel; after: CycleLevel;
    texts: { field: 'achievements' | 'gaps' | 'needs'; before: string; after: string }[];
  }[];
  retired: { code: string; text: string }[];
};

export type DocumentTranslation = { status: 'approved' | 'draft'; original: PdfLocale; untranslated: string[]; unreviewed: number };

/** Keys of instrument paragraphs as actions cite them: `${instrument.code}:${paragraph.ref}`. */
export function paragraphKey(instrumentCode: string, ref: string) {
  return `${instrumentCode}:${ref}`;
}
