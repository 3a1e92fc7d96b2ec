import type { MessageKey } from '../result';
import { can, type Principal, type Scope } from '../auth/can';
import { answersClosedKey, answerWriteAction } from './status';

/**
 * Why this person may not change this answer (texts or evidence files) at the assessment's
 * current step, as a message key; null when they may. The step decides which policy entry
 * applies (lib/assessment/status.ts), the policy table who holds it.
 */
export function answerWriteRefusal(user: Principal, status: string, scope: Scope): MessageKey | null {
  const action = answerWriteAction(status);
  return action && can(user, action, scope) ? null : answersClosedKey(status);
}
