// What every write to an update checks first: the action is still tracked, the writer's
// entity leads it, the period exists, has started and is not closed, and the update is not
// waiting for review or accepted. Each refusal is a message key the form shows.
import type { MessageKey } from '../result';
import type { Prisma } from '../db/client';
import { checkIndicatorValue, type TrackedIndicator } from './indicators';
import { monthOfDate, parsePeriod, type Rhythm } from './periods';
import { INDICATOR_SLOTS, indicatorField, type UpdateValues } from './schemas';

type Tx = Prisma.TransactionClient;

export async function writableTarget(tx: Tx, o: { trackedActionId: string; entityId: string; period: string; now: Date }) {
  const action = await tx.trackedAction.findUnique({
    where: { id: o.trackedActionId },
    select: { id: true, countryId: true, followUpId: true, leadEntityId: true, removedAt: true, indicators: true, title: true, followUp: { select: { rhythm: true, firstPeriod: true } } },
  });
  if (!action) return { error: 'auth.forbidden' } as const;
  if (action.removedAt) return { error: 'followup.actionRemoved' } as const;
  if (action.leadEntityId !== o.entityId) return { error: 'followup.notLeadEntity' } as const;
  const period = await tx.followUpPeriod.findUnique({ where: { followUpId_key: { followUpId: action.followUpId, key: o.period } } });
  if (!period) {
    const asked = parsePeriod(action.followUp.rhythm as Rhythm, o.period);
    const first = parsePeriod(action.followUp.rhythm as Rhythm, action.followUp.firstPeriod);
    if (asked && first && asked.startMonth < first.startMonth) return { error: 'followup.periodBeforeStart' } as const;
    return { error: 'followup.unknownPeriod' } as const;
  }
  if (period.closedAt) return { error: 'followup.periodClosed' } as const;
  if (period.startMonth > monthOfDate(o.now)) return { error: 'followup.periodNotStarted' } as const;
  return { action, period } as const;
}

/** Field errors for indicator values of the wrong type, or naming an indicator the action lacks. */
export function indicatorErrors(indicators: TrackedIndicator[], changes: Partial<UpdateValues>): Record<string, MessageKey[]> | null {
  const out: Record<string, MessageKey[]> = {};
  for (let index = 0; index < INDICATOR_SLOTS; index++) {
    const field = indicatorField(index);
    if (!(field in changes) || changes[field] === null) continue;
    const i = indicators[index];
    const error = i ? checkIndicatorValue(i.type, changes[field]) : 'form.invalidReference';
    if (error) out[`changes.${field}`] = [error];
  }
  return Object.keys(out).length ? out : null;
}

export const EDITABLE_REVIEW = ['DRAFT', 'RETURNED'] as const;
export const isEditableReview = (r: string) => (EDITABLE_REVIEW as readonly string[]).includes(r);
