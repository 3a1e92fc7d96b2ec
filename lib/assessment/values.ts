// How the questionnaire's fields map to the stored rows: the one "level" choice is the
// pair (state, maturity) of a Response; a Finding's maturity is a number.
import { EMPTY_ANSWER, EMPTY_FINDING, type AnswerValues, type FindingValues, type Level, type Priority } from './schemas';

type ResponseRow = {
  state: string | null; maturity: number | null; achievements: string; gaps: string; needs: string;
  assistanceNeeded: string; priority: string | null; evidence: string;
};

export function levelOf(state: string | null, maturity: number | null): Level | null {
  if (state === 'NOT_APPLICABLE') return 'NA';
  if (state === 'DONT_KNOW') return 'DK';
  if (state === 'ANSWERED' && maturity !== null && maturity >= 0 && maturity <= 4) return String(maturity) as Level;
  return null;
}

export function answerOf(row: ResponseRow | null | undefined): AnswerValues {
  if (!row) return { ...EMPTY_ANSWER };
  return {
    level: levelOf(row.state, row.maturity),
    achievements: row.achievements,
    gaps: row.gaps,
    needs: row.needs,
    assistanceNeeded: row.assistanceNeeded,
    priority: (row.priority as Priority | null) ?? null,
    evidence: row.evidence,
  };
}

/** The columns to write for some answer fields. */
export function responseData(values: Partial<AnswerValues>) {
  const { level, ...rest } = values;
  const out: Record<string, unknown> = { ...rest };
  if (level !== undefined) {
    out.state = level === null ? null : level === 'NA' ? 'NOT_APPLICABLE' : level === 'DK' ? 'DONT_KNOW' : 'ANSWERED';
    out.maturity = level === null || level === 'NA' || level === 'DK' ? null : Number(level);
  }
  return out as {
    state?: 'ANSWERED' | 'NOT_APPLICABLE' | 'DONT_KNOW' | null; maturity?: number | null; achievements?: string; gaps?: string;
    needs?: string; assistanceNeeded?: string; priority?: Priority | null; evidence?: string;
  };
}

type FindingRow = { maturity: number | null; achievements: string; gaps: string; needs: string; priority: string | null };

export function findingOf(row: FindingRow | null | undefined): FindingValues {
  if (!row) return { ...EMPTY_FINDING };
  return {
    maturity: row.maturity === null ? null : (String(row.maturity) as FindingValues['maturity']),
    achievements: row.achievements,
    gaps: row.gaps,
    needs: row.needs,
    priority: (row.priority as Priority | null) ?? null,
  };
}

export function findingData(values: Partial<FindingValues>) {
  const { maturity, ...rest } = values;
  return { ...rest, ...(maturity !== undefined ? { maturity: maturity === null ? null : Number(maturity) } : {}) };
}

/** An answer counts as given once a level (or "not applicable" / "don't know") is chosen. */
export function isAnswered(state: string | null, maturity: number | null) {
  return levelOf(state, maturity) !== null;
}

/** Anything typed or chosen: the entity has started on this question. */
export function isStarted(row: ResponseRow) {
  return row.state !== null || row.priority !== null || [row.achievements, row.gaps, row.needs, row.assistanceNeeded, row.evidence].some((s) => s.trim() !== '');
}
