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
 * Entities answer while answers are collected, and may still correct them while the
 * coordinator consolidates (late answers are common); set-up and a closed assessment are
 * read-only.
 */
export function answersOpen(status: string) {
  return status === 'COLLECTION' || status === 'CONSOLIDATION';
}

/** The coordinator may write findings as soon as answers arrive, until the assessment closes. */
export function findingsOpen(status: string) {
  return status === 'COLLECTION' || status === 'CONSOLIDATION';
}

/** The participants, assignments and consultation facts are fixed once it is closed. */
export function setupOpen(status: string) {
  return status !== 'CLOSED';
}
