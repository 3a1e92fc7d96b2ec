import type { AssessmentStatus } from './schemas';

const ORDER: readonly AssessmentStatus[] = ['PREPARATION', 'COLLECTION', 'CONSOLIDATION', 'CLOSED'];

/** The workflow moves one step forward, or one step back to reopen; staying put is a no-op. */
export function canMove(from: AssessmentStatus, to: AssessmentStatus) {
  return Math.abs(ORDER.indexOf(from) - ORDER.indexOf(to)) <= 1;
}

export function nextStatuses(from: AssessmentStatus): AssessmentStatus[] {
  return ORDER.filter((s) => s !== from && canMove(from, s));
}

/**
 * Which policy entry lets someone change an entity's answers (texts and evidence files) at
 * this step, or null when nobody may. Entities answer while answers are collected; once the
 * coordinator consolidates, contributors only read (the answers being compared must hold
 * still), and the coordination may still correct one, e.g. a late answer sent by mail
 * ('response.correct'). Set-up and a closed assessment are read-only.
 */
export function answerWriteAction(status: string): 'response.edit' | 'response.correct' | null {
  return status === 'COLLECTION' ? 'response.edit' : status === 'CONSOLIDATION' ? 'response.correct' : null;
}

/** The message that explains why an answer cannot be changed at this step. */
export function answersClosedKey(status: string) {
  return status === 'CONSOLIDATION' ? 'questionnaire.collectionOver' : 'questionnaire.closed';
}

/** Answers are being collected: reminders make sense. */
export function collecting(status: string) {
  return status === 'COLLECTION';
}

/** The coordinator may write findings as soon as answers arrive, until the assessment closes. */
export function findingsOpen(status: string) {
  return status === 'COLLECTION' || status === 'CONSOLIDATION';
}

/** The participants, assignments and consultation facts are fixed once it is closed. */
export function setupOpen(status: string) {
  return status !== 'CLOSED';
}
