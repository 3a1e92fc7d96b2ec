'use client';

import { useTranslations } from 'next-intl';
import type { ItemState } from '@/lib/assessment/autosave-store';
import type { MessageKey } from '@/lib/result';

const STYLE: Record<ItemState, string> = {
  saved: 'border-green-300 bg-green-50 text-green-900',
  pending: 'border-slate-300 bg-white text-slate-800',
  saving: 'border-slate-300 bg-white text-slate-800',
  offline: 'border-amber-400 bg-amber-50 text-amber-900',
  signedOut: 'border-amber-400 bg-amber-50 text-amber-900',
  conflict: 'border-red-400 bg-red-50 text-red-900',
  error: 'border-red-400 bg-red-50 text-red-900',
};

const ICON: Record<ItemState, string> = { saved: '✓', pending: '…', saving: '…', offline: '⚠', signedOut: '⚠', conflict: '⚠', error: '⚠' };

/**
 * The save state of the whole page, always in view and announced to screen readers
 * (polite: it never interrupts typing). "Pending" and "saving" read the same, so that a
 * screen reader is not told twice per pause.
 */
export function SaveStatus({ state, conflicts, error }: { state: ItemState; conflicts: number; error: MessageKey | null }) {
  const t = useTranslations('questionnaire.state');
  const tr = useTranslations();
  const message =
    state === 'conflict' ? t('conflict', { count: conflicts })
    : state === 'error' ? t('error', { message: error ? tr(error) : '' })
    : state === 'pending' ? t('saving')
    : t(state);
  return (
    <p role="status" aria-live="polite" aria-atomic="true" data-state={state} className={`flex items-center gap-2 rounded border px-3 py-2 text-sm font-medium ${STYLE[state]}`}>
      <span aria-hidden="true">{ICON[state]}</span>
      <span>{message}</span>
    </p>
  );
}
