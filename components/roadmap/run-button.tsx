'use client';

import { useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import type { Result } from '@/lib/result';
import { useFocusResult } from '@/components/forms/use-focus-result';
import { ConfirmButton, type Confirmation } from '@/components/ui/confirm-dialog';

type Props<T> = {
  run: () => Promise<Result<T>>;
  label: string;
  /** the message to show on success, from the result */
  success?: (data: T) => string;
  confirm?: string;
  /** A decision: a dialog says what will happen, who is notified and what freezes, first. */
  confirmation?: Confirmation;
  variant?: 'primary' | 'secondary' | 'danger';
};

/** A button that runs a server action, shows it is working, and announces the outcome. */
export function RunButton<T>({ run, label, success, confirm, confirmation, variant = 'primary' }: Props<T>) {
  const t = useTranslations();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const result = useFocusResult(message, !!message?.text);
  const styles = {
    primary: 'bg-un-blue text-white hover:bg-un-blue-dark',
    secondary: 'border border-slate-300 bg-white hover:bg-slate-50',
    danger: 'border border-red-300 bg-white text-red-800 hover:bg-red-50',
  }[variant];
  const go = () =>
    start(async () => {
      const r = await run();
      setMessage(r.ok ? (success ? { ok: true, text: success(r.data) } : null) : { ok: false, text: t(r.error) });
    });
  const className = `rounded px-4 py-2 font-medium aria-disabled:opacity-60 ${styles}`;
  return (
    <span className="inline-flex flex-col gap-1">
      {confirmation ? (
        <ConfirmButton label={pending ? t('form.saving') : label} className={className} pending={pending} confirmation={confirmation} onConfirm={go} />
      ) : (
        <button
          type="button"
          aria-disabled={pending}
          className={className}
          onClick={() => {
            if (pending || (confirm && !window.confirm(confirm))) return;
            go();
          }}
        >
          {pending ? t('form.saving') : label}
        </button>
      )}
      <span ref={result} tabIndex={-1} aria-live="polite" className={`text-sm ${message?.ok ? 'text-green-800' : 'text-red-700'}`}>
        {message?.text}
      </span>
    </span>
  );
}
