'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import type { FormState } from '@/components/forms/action-form';
import type { AssessmentStatus } from '@/lib/assessment/schemas';
import { useFocusResult } from '@/components/forms/use-focus-result';
import { Notice } from '@/components/ui/notice';

/** The workflow's next and previous stages, one button each. */
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
            <button
              key={m}
              type="submit"
              name="status"
              value={m}
              aria-disabled={pending}
              className={forward ? 'rounded bg-un-blue px-4 py-2 text-sm font-medium text-white hover:bg-un-blue-dark aria-disabled:opacity-60' : 'rounded border border-slate-400 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-100 aria-disabled:opacity-60'}
            >
              {forward ? t('moveTo', { status: t(`status.${m}`) }) : t('backTo', { status: t(`status.${m}`) })}
            </button>
          );
        })}
      </div>
    </form>
  );
}
