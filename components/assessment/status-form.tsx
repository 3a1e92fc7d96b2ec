'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import type { FormState } from '@/components/forms/action-form';
import type { AssessmentStatus } from '@/lib/assessment/schemas';
import { useFocusResult } from '@/components/forms/use-focus-result';
import { Notice } from '@/components/ui/notice';
import { ConfirmButton, type Confirmation } from '@/components/ui/confirm-dialog';

/** The workflow's next and previous stages, one button each. */
// A stage moves forward to the next one or back to the one before: the catalog has a confirmation for each.
type Forward = 'COLLECTION' | 'CONSOLIDATION' | 'CLOSED';
type Back = 'PREPARATION' | 'COLLECTION' | 'CONSOLIDATION';

export function StatusForm({ status, moves, action }: { status: AssessmentStatus; moves: AssessmentStatus[]; action: (s: FormState, fd: FormData) => Promise<FormState> }) {
  const t = useTranslations('assessment');
  const tr = useTranslations();
  const [state, formAction, pending] = useActionState(action, null);
  const order = ['PREPARATION', 'COLLECTION', 'CONSOLIDATION', 'CLOSED'];
  // The stage's buttons change with the stage: the focus goes to the outcome.
  const result = useFocusResult(state, !!(state?.error || state?.message));
  return (
    <form action={formAction} onSubmit={(e) => pending && e.preventDefault()} className="space-y-3">
      <div ref={result} tabIndex={-1} role="status" aria-live="polite">
        {state && !state.ok && state.error && <Notice tone="error">{tr(state.error)}</Notice>}
        {state?.ok && state.message && <Notice tone="success" role="none">{state.message}</Notice>}
      </div>
      <p className="text-sm text-slate-700">{t(`statusHelp.${status}`)}</p>
      <div className="flex flex-wrap gap-2">
        {moves.map((m) => {
          const forward = order.indexOf(m) > order.indexOf(status);
          return (
            <ConfirmButton
              key={m}
              label={forward ? t('moveTo', { status: t(`status.${m}`) }) : t('backTo', { status: t(`status.${m}`) })}
              submit={{ name: 'status', value: m }}
              pending={pending}
              confirmation={(['title', 'happens', 'notified', 'readOnly', 'confirm'] as const).reduce(
                (c, k) => ({ ...c, [k]: forward ? t(`confirmMove.forward.${m as Forward}.${k}`) : t(`confirmMove.back.${m as Back}.${k}`) }),
                {} as Confirmation,
              )}
              className={forward ? 'rounded bg-un-blue px-4 py-2 text-sm font-medium text-white hover:bg-un-blue-dark aria-disabled:opacity-60' : 'rounded border border-slate-400 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-100 aria-disabled:opacity-60'}
            />
          );
        })}
      </div>
    </form>
  );
}
