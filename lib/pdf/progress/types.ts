// The progress report's view model: what the PDF prints for one period of a roadmap's
// follow-up, already resolved to one language except the enums the sections translate.
// lib/followup/progress-document.ts builds it; the sections never see the database.
import type { PdfLocale, Sensitivity } from '../types';

export type ProgressStatusKey = 'NOT_STARTED' | 'ON_TRACK' | 'DELAYED' | 'BLOCKED' | 'COMPLETED' | 'CANCELLED';
export type ReviewKey = 'DRAFT' | 'SUBMITTED' | 'ACCEPTED' | 'RETURNED';

export type ProgressRow = {
  code: string; // "1.2": objective and action order
  title: string;
  lead: string;
  status: ProgressStatusKey | null; // null: not reported
  review: ReviewKey | null;
  late: boolean;
  percent: number | null;
  spent: string | null; // formatted with its currency
  planned: string | null;
  indicators: { label: string; baseline: string; target: string; value: string }[];
  done: string;
  blockers: string;
  nextSteps: string;
};

export type ProgressObjective = { title: string; rate: number; rows: ProgressRow[] };

export type ProgressDocument = {
  locale: PdfLocale;
  country: string;
  roadmapTitle: string;
  sensitivity: Sensitivity;
  versionNumber: number;
  period: string; // "3e trimestre 2025"
  periodKey: string; // "2025-T3"
  dueOn: string; // ISO date
  asOf: string; // ISO date the figures were read
  figures: { rate: number; actions: number; completed: number; expected: number; submitted: number; accepted: number; returned: number; late: number; blocked: number; notReported: number };
  byObjective: { label: string; rate: number }[];
  byLead: { label: string; rate: number; actions: number }[];
  spending: { label: string; planned: number; spent: number; currency: string }[];
  funding: { source: string; planned: number; spent: number; currency: string }[];
  objectives: ProgressObjective[];
  alerts: ProgressRow[]; // late or blocked
  /** label: the paragraph as the roadmap names it (lib/framework/paragraph-check.ts), never an unverified number as if checked */
  coverage: { instrument: string; ref: string; label: string; planned: number; completed: number }[];
};
