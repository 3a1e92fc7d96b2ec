'use client';

import { createContext, useActionState, useContext, useId, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';

/** What a form's server action answers: a result, with the typed values to put back. */
export type FormState = {
  ok: boolean;
  error?: string;
  fields?: Record<string, string[]>;
  message?: string;
  values?: Record<string, string>;
} | null;

const FormContext = createContext<FormState>(null);

type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  submitLabel: string;
  children: ReactNode;
  className?: string;
};

/**
 * A form posted to a server action: works without JavaScript, shows the pending state, the
 * errors in the user's language (announced to screen readers) and keeps what was typed.
 */
export function ActionForm({ action, submitLabel, children, className }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const t = useTranslations();
  return (
    <FormContext.Provider value={state}>
      <form action={formAction} className={className ?? 'space-y-4'} noValidate>
        <div aria-live="polite" role="status">
          {state && !state.ok && state.error && (
            <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
              {t(state.error)}
            </p>
          )}
          {state?.ok && state.message && (
            <p className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">{state.message}</p>
          )}
        </div>
        {children}
        <button
          type="submit"
          disabled={pending}
          aria-disabled={pending}
          className="rounded bg-un-blue px-4 py-2 font-medium text-white hover:bg-un-blue-dark disabled:opacity-60"
        >
          {pending ? t('form.saving') : submitLabel}
        </button>
      </form>
    </FormContext.Provider>
  );
}

type FieldProps = {
  name: string;
  label: string;
  type?: string;
  autoComplete?: string;
  hint?: string;
  defaultValue?: string;
  required?: boolean;
  inputMode?: 'numeric' | 'email' | 'text';
};

export function Field({ name, label, type = 'text', autoComplete, hint, defaultValue, required, inputMode }: FieldProps) {
  const state = useContext(FormContext);
  const t = useTranslations();
  const id = useId();
  const errors = state?.fields?.[name] ?? [];
  const describedBy = [hint ? `${id}-hint` : null, errors.length ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const kept = type === 'password' ? undefined : (state?.values?.[name] ?? defaultValue);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        defaultValue={kept}
        key={kept}
        required={required}
        inputMode={inputMode}
        aria-invalid={errors.length > 0}
        aria-describedby={describedBy}
        className="rounded border border-slate-300 bg-white px-3 py-2 aria-[invalid=true]:border-red-500"
      />
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      {errors.length > 0 && (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {errors.map((e) => t(e)).join(' ')}
        </p>
      )}
    </div>
  );
}
