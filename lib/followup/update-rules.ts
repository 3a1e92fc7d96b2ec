// What every write to an update checks first: the action is still tracked, the writer's
// entity leads it, the period exists, has started and is not closed, and the update is not
// waiting for review or accepted. Each refusal is a message key the form shows.
import type { MessageKey } from '../result';
import type { Prisma } from '../db/client';
import { checkIndicatorValue, type TrackedIndicator } from './indicators';
import { monthOfDate, parsePeriod, type Rhythm } from './periods';
import { INDICATOR_SLOTS, indicatorField, type UpdateValues } from './schemas';

type Tx = Prisma.TransactionClient;

/** What the writer checks of the tracked action, as the action's scope read it (lib/followup/scope.ts). */
type WrittenAction = { id: string; countryId: string; followUpId: string; leadEntityId: string | null; removedAt: Date | null };

export async function writableTarget<A extends WrittenAction>(tx: Tx, o: { action: A; entityId: string; period: string; now: Date }) {
  const { action } = o;
  if (action.removedAt) return { error: 'followup.actionRemoved' } as const;
  if (action.leadEntityId !== o.entityId) return { error: 'followup.notLeadEntity' } as const;
  const period = await tx.followUpPeriod.findUnique({ where: { followUpId_key: { followUpId: action.followUpId, key: o.period } } });
  if (!period) {
    // Only a refusal needs the rhythm: to say whether the period comes before the first one.
    const followUp = await tx.followUp.findUnique({ where: { id: action.followUpId }, select: { rhythm: true, firstPeriod: true } });
    const asked = followUp && parsePeriod(followUp.rhythm as Rhythm, o.period);
    const first = followUp && parsePeriod(followUp.rhythm as Rhythm, followUp.firstPeriod);
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
