'use client';

import { createContext, useActionState, useContext, useId, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import type { MessageKey } from '@/lib/result';
import { toDayMonthYear } from '@/lib/validation/date';
import { useFocusResult } from './use-focus-result';
import { Notice } from '@/components/ui/notice';

/** What a form's server action answers: a result, with the typed values to put back. */
export type FormState = {
  ok: boolean;
  error?: MessageKey;
  fields?: Record<string, MessageKey[]>;
  message?: string;
  values?: Record<string, string | string[]>;
} | null;

const FormContext = createContext<FormState>(null);

type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  /** Omitted when the form's children hold their own submit buttons (decisions with a confirmation). */
  submitLabel?: string;
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
  const result = useFocusResult(state, !!(state?.error || state?.message));
  return (
    <FormContext.Provider value={state}>
      {/* The button is not disabled while saving (the focus would drop): a second submit waits. */}
      <form action={formAction} onSubmit={(e) => pending && e.preventDefault()} className={className ?? 'space-y-4'} noValidate>
        <div ref={result} tabIndex={-1} aria-live="polite" role="status">
          {state && !state.ok && state.error && (
            <Notice tone="error">{t(state.error)}</Notice>
          )}
          {state?.ok && state.message && (
            <Notice tone="success" role="none">{state.message}</Notice>
          )}
        </div>
        {children}
        {submitLabel !== undefined && (
          <button
            type="submit"
            aria-disabled={pending}
            className="rounded bg-un-blue px-4 py-2 font-medium text-white hover:bg-un-blue-dark aria-disabled:opacity-60"
          >
            {pending ? t('form.saving') : submitLabel}
          </button>
        )}
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
  const value = state?.values?.[name];
  const kept = type === 'password' ? undefined : typeof value === 'string' ? value : defaultValue;
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

function useFieldState(name: string) {
  const state = useContext(FormContext);
  const id = useId();
  const errors = state?.fields?.[name] ?? [];
  return { state, id, errors, errorId: errors.length ? `${id}-error` : undefined };
}

function FieldErrors({ id, errors }: { id?: string; errors: MessageKey[] }) {
  const t = useTranslations();
  if (!errors.length) return null;
  return (
    <p id={id} className="text-sm text-red-700">
      {errors.map((e) => t(e)).join(' ')}
    </p>
  );
}

type TextAreaProps = { name: string; label: string; hint?: string; defaultValue?: string; rows?: number };

export function TextArea({ name, label, hint, defaultValue, rows = 4 }: TextAreaProps) {
  const { state, id, errors, errorId } = useFieldState(name);
  const value = state?.values?.[name];
  const kept = typeof value === 'string' ? value : defaultValue;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">{label}</label>
      <textarea
        id={id} name={name} rows={rows} defaultValue={kept} key={kept}
        aria-invalid={errors.length > 0}
        aria-describedby={[hint ? `${id}-hint` : '', errorId ?? ''].join(' ').trim() || undefined}
        className="rounded border border-slate-300 bg-white px-3 py-2 aria-[invalid=true]:border-red-500"
      />
      {hint && <p id={`${id}-hint`} className="text-xs text-slate-600">{hint}</p>}
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}

type SelectProps = {
  name: string; label: string; options: { value: string; label: string }[]; defaultValue?: string | string[];
  multiple?: boolean; empty?: string; hint?: string;
};

/** A native select: keyboard and screen-reader support come with it. */
export function Select({ name, label, options, defaultValue, multiple, empty, hint }: SelectProps) {
  const { state, id, errors, errorId } = useFieldState(name);
  // A multiple select whose options were all cleared sends nothing: keep [] then.
  const sent = state?.values?.[name];
  const kept = state && !state.ok ? (sent ?? (multiple ? [] : defaultValue)) : defaultValue;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">{label}</label>
      <select
        id={id} name={name} multiple={multiple} defaultValue={kept} key={String(kept)} size={multiple ? Math.min(8, options.length) : undefined}
        aria-invalid={errors.length > 0}
        aria-describedby={[hint ? `${id}-hint` : '', errorId ?? ''].join(' ').trim() || undefined}
        className="rounded border border-slate-300 bg-white px-3 py-2 aria-[invalid=true]:border-red-500"
      >
        {empty !== undefined && <option value="">{empty}</option>}
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
      {hint && <p id={`${id}-hint`} className="text-xs text-slate-600">{hint}</p>}
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}

/**
 * Options most people leave alone, folded away; open by itself when one of its fields came
 * back with an error, so the message is never hidden.
 */
export function Advanced({ summary, fields, children }: { summary: string; fields: string[]; children: ReactNode }) {
  const state = useContext(FormContext);
  const failed = fields.some((f) => (state?.fields?.[f] ?? []).length > 0);
  return (
    <details open={failed || undefined} className="rounded border border-slate-200 px-3 py-2">
      <summary className="cursor-pointer text-sm font-medium text-un-blue">{summary}</summary>
      <div className="mt-3 space-y-3">{children}</div>
    </details>
  );
}

type CheckboxGroupProps = { name: string; legend: string; options: { value: string; label: string; lang?: string }[]; defaultValue?: string[]; hint?: string };

/** Several choices from a list, as native checkboxes in a fieldset (what was ticked is kept after an error). */
export function CheckboxGroup({ name, legend, options, defaultValue = [], hint }: CheckboxGroupProps) {
  const { state, id, errors, errorId } = useFieldState(name);
  const sent = state?.values?.[name];
  const kept = state && !state.ok ? (Array.isArray(sent) ? sent : sent ? [sent] : []) : defaultValue;
  return (
    <fieldset aria-describedby={[hint ? `${id}-hint` : '', errorId ?? ''].join(' ').trim() || undefined} className="flex flex-col gap-1">
      <legend className="text-sm font-medium">{legend}</legend>
      {hint && <p id={`${id}-hint`} className="text-xs text-slate-600">{hint}</p>}
      <div className="mt-1 grid gap-1 sm:grid-cols-2" key={kept.join(' ')}>
        {options.map((o) => (
          <label key={o.value} className="flex items-start gap-2 rounded px-1 py-0.5 text-sm">
            <input type="checkbox" name={name} value={o.value} defaultChecked={kept.includes(o.value)} className="mt-1 h-4 w-4 shrink-0 accent-un-blue" />
            <span lang={o.lang}>{o.label}</span>
          </label>
        ))}
      </div>
      <FieldErrors id={errorId} errors={errors} />
    </fieldset>
  );
}

/**
 * A calendar date typed day/month/year, in both languages: the browser's own date picker
 * follows the browser's language (mm/dd/yyyy on a French page read in an English browser).
 * The server reads day/month/year or ISO (lib/validation/date.ts).
 */
export function DateField({ name, label, defaultValue }: { name: string; label: string; defaultValue?: string | null }) {
  const t = useTranslations('form');
  return <Field name={name} label={label} inputMode="numeric" autoComplete="off" hint={t('dateHint')} defaultValue={toDayMonthYear(defaultValue)} />;
}
