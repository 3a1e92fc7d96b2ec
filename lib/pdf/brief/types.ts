// The regional brief's view model: two pages over the countries of a programme view, already
// resolved to one language (lib/programme/brief-document.ts builds it from lib/programme).
import type { PdfLocale } from '../types';

export type BriefCountry = {
  name: string; stage: string; cycle: string; cycleDate: string | null;
  roadmap: string; rate: number | null; late: number | null;
};

export type BriefDocument = {
  locale: PdfLocale;
  asOf: string; // ISO date
  countries: BriefCountry[];
  /** the heat map's columns: the countries with a consolidated cycle */
  columns: string[];
  /** a row per area: the mean consolidated level per column (null: none) */
  areas: { code: string; title: string; levels: (number | null)[] }[];
  needs: { question: string; area: string; countries: string[] }[];
  requests: { country: string; area: string; need: string; priority: string; partners: string; status: string }[];
  /** requests left out to keep the brief to two pages */
  moreRequests: number;
  moreNeeds: number;
  demo: boolean;
};
