'use client';

import { useActionState, useId, useRef, useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import type { RegisterImport } from '@/lib/country/import-register';
import type { RegisterProblem } from '@/lib/country/register-file';
import { useFocusResult } from '@/components/forms/use-focus-result';
import { FileButton } from '@/components/ui/file-button';
import { Notice } from '@/components/ui/notice';
import { Cell, RowHeader, Table } from '@/components/ui/table';
import type { MessageKey } from '@/lib/result';

export type CreateCountryState = { error: MessageKey; fields?: Record<string, MessageKey[]> } | null;

type CreateProps = {
  /** the ISO 3166 countries not yet registered, named in the page's language */
  choices: { code: string; name: string }[];
  action: (state: CreateCountryState, fd: FormData) => Promise<CreateCountryState>;
};

/** An administrator picks a country from the ISO list and gives the currency of its costs. */
export function CreateCountryForm({ choices, action }: CreateProps) {
  const [state, formAction, pending] = useActionState(action, null);
  const t = useTranslations('country.admin');
  const tr = useTranslations();
  const id = useId();
  const result = useFocusResult(state, !!state);
  const fieldError = (f: string) => state?.fields?.[f]?.map((k) => tr(k)).join(' ');
  return (
    <form action={formAction} className="max-w-xl space-y-4 rounded border border-slate-200 bg-white p-4 shadow-sm" noValidate>
      <div ref={result} tabIndex={-1} aria-live="polite">
        {state && <Notice tone="error">{tr(state.error)}</Notice>}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-code`} className="text-sm font-medium">{t('create.country')}</label>
        <select id={`${id}-code`} name="code" required defaultValue="" aria-invalid={!!fieldError('code')} aria-describedby={fieldError('code') ? `${id}-code-error` : undefined}
          className="rounded border border-slate-300 bg-white px-3 py-2">
          <option value="" disabled>{t('create.choose')}</option>
          {choices.map((c) => <option key={c.code} value={c.code}>{c.name} ({c.code})</option>)}
        </select>
        {fieldError('code') && <p id={`${id}-code-error`} className="text-sm text-red-800">{fieldError('code')}</p>}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-currency`} className="text-sm font-medium">{t('create.currency')}</label>
        <input id={`${id}-currency`} name="currency" defaultValue="XOF" maxLength={3} autoCapitalize="characters" aria-invalid={!!fieldError('currency')}
          aria-describedby={`${id}-currency-hint${fieldError('currency') ? ` ${id}-currency-error` : ''}`}
          className="w-32 rounded border border-slate-300 bg-white px-3 py-2 uppercase" />
        <p id={`${id}-currency-hint`} className="text-xs text-slate-600">{t('create.currencyHint')}</p>
        {fieldError('currency') && <p id={`${id}-currency-error`} className="text-sm text-red-800">{fieldError('currency')}</p>}
      </div>
      <button type="submit" aria-disabled={pending} className="rounded bg-un-blue px-4 py-2 font-medium text-white hover:bg-un-blue-dark aria-disabled:opacity-60">
        {pending ? tr('form.saving') : t('create.submit')}
      </button>
    </form>
  );
}

export type RegisterImportState =
  | ({ ok: true } & RegisterImport)
  | { ok: false; error: MessageKey; problems: RegisterProblem[]; fields?: Record<string, MessageKey[]> }
  | null;

type ImportProps = {
  locale: string;
  action: (fd: FormData) => Promise<RegisterImportState>;
};

/**
 * The register's import in two steps: the file is checked and shown (new, changed and
 * unchanged rows, or every problem by line and column), then imported on confirmation, the
 * same file sent again and checked again by the server.
 */
export function RegisterImportForm({ locale, action }: ImportProps) {
  const t = useTranslations('country.import');
  const tk = useTranslations('entityKind');
  const tr = useTranslations();
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<RegisterImportState>(null);
  const [pending, start] = useTransition();
  const input = useRef<HTMLInputElement>(null);
  const result = useFocusResult(state, !!state);
  const send = (confirm: boolean) => {
    if (pending) return;
    if (!file) {
      setState({ ok: false, error: 'country.import.emptyFile', problems: [] });
      return;
    }
    const fd = new FormData();
    fd.set('file', file);
    fd.set('confirm', confirm ? '1' : '0');
    start(async () => setState(await action(fd)));
  };
  const number = (n: number) => n.toLocaleString(locale);
  const preview = state?.ok && !state.applied ? state : null;
  const toImport = preview ? preview.counts.create + preview.counts.update : 0;
  return (
    <div className="space-y-4">
      <form
        className="max-w-xl space-y-4 rounded border border-slate-200 bg-white p-4 shadow-sm"
        onSubmit={(e) => {
          e.preventDefault();
          send(false);
        }}
      >
        <FileButton ref={input} label={t('file')} name="file" accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onFile={(f) => { setFile(f); setState(null); }} />
        <button type="submit" aria-disabled={pending} className="rounded bg-un-blue px-4 py-2 font-medium text-white hover:bg-un-blue-dark aria-disabled:opacity-60">
          {pending ? tr('form.saving') : t('preview')}
        </button>
      </form>

      <div ref={result} tabIndex={-1} aria-live="polite" className="space-y-3" data-register-result={state ? (state.ok ? (state.applied ? 'applied' : 'preview') : 'refused') : undefined}>
        {state && !state.ok && (
          <>
            <Notice large tone="error" className="max-w-3xl">
              {tr(state.error)}
              {Object.values(state.fields ?? {}).flat().map((k) => ` ${tr(k)}`)}
            </Notice>
            {state.problems.length > 0 && (
              <Table captionVisible caption={t('problemsTitle', { count: state.problems.length })} columns={[t('line'), t('column'), t('problem')]}>
                {state.problems.map((p, i) => (
                  <tr key={i}>
                    <RowHeader className="whitespace-nowrap">{p.line > 0 ? number(p.line) : t('wholeFile')}</RowHeader>
                    <Cell className="font-mono text-xs">{p.column ? t(`columnName.${p.column}`) : '—'}</Cell>
                    <Cell>{tr(p.key, p.params)}</Cell>
                  </tr>
                ))}
              </Table>
            )}
          </>
        )}
        {state?.ok && state.applied && (
          <Notice large tone="success" className="max-w-3xl">{t('applied', state.counts)}</Notice>
        )}
        {preview && (
          <>
            <Notice large tone="info" className="max-w-3xl">
              <p className="font-semibold">{t('previewTitle')}</p>
              <p>{t('summary', preview.counts)}</p>
              {toImport === 0 && <p>{t('nothingToDo')}</p>}
            </Notice>
            <Table caption={t('previewTitle')} columns={[t('line'), tr('country.columns.acronym'), tr('country.columns.code'), tr('country.columns.name'), tr('country.columns.kind'), tr('country.columns.parent'), t('changeColumn')]}>
              {preview.rows.map((r) => (
                <tr key={r.code} data-change={r.change}>
                  <Cell>{number(r.line)}</Cell>
                  <Cell>{r.acronym ?? '—'}</Cell>
                  <Cell className="font-mono text-xs">{r.code}</Cell>
                  <RowHeader>{locale === 'en' ? r.nameEn : r.nameFr}</RowHeader>
                  <Cell>{tk(r.kind)}</Cell>
                  <Cell className="font-mono text-xs">{r.parentCode ?? '—'}</Cell>
                  <Cell className={r.change === 'unchanged' ? 'text-slate-600' : 'font-medium'}>{t(`change.${r.change}`)}</Cell>
                </tr>
              ))}
            </Table>
            {toImport > 0 && (
              <button type="button" aria-disabled={pending} onClick={() => send(true)} className="rounded bg-un-blue px-4 py-2 font-medium text-white hover:bg-un-blue-dark aria-disabled:opacity-60">
                {t('confirm', { count: toImport })}
              </button>
            )}
          </>
        )}
      </div>
    </div>
  );
}
