'use client';

import { useEffect, useId, useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { ConflictPanel } from '@/components/assessment/conflict-panel';
import { SaveStatus } from '@/components/assessment/save-status';
import { useAutosave } from '@/components/assessment/use-autosave';
import { Notice } from '@/components/ui/notice';
import type { IndicatorValue, TrackedIndicator } from '@/lib/followup/indicators';
import { checkIndicatorValue } from '@/lib/followup/indicators';
import { indicatorField, PROGRESS_STATUSES, updateValuesSchema, type UpdateValues } from '@/lib/followup/schemas';
import type { Result } from '@/lib/result';
import { schemaKey, type MessageKey } from '@/lib/result';
import type { ProgressStatus } from '@/lib/i18n/enum-keys';

type Confirmed = { version: number; values: UpdateValues; updatedAt: string | null; updatedBy: string | null };

type Props = {
  slug: string;
  trackedActionId: string;
  entityId: string;
  period: string;
  currency: string;
  indicators: TrackedIndicator[];
  confirmed: Confirmed;
  /** the update's id once it exists (the first save creates it) */
  updateId: string | null;
  /** submits the update at the version the form holds */
  submit: (updateId: string, version: number) => Promise<Result<unknown>>;
};

const TEXTS = ['done', 'blockers', 'nextSteps'] as const;
const input = 'rounded border border-slate-400 bg-white px-3 py-2 aria-[invalid=true]:border-red-600';

/**
 * A lead entity's update for one period, saved as the person types (the questionnaire's
 * autosave: state always shown, text kept on this device until the server confirms it, a
 * colleague's change of the same field shown beside one's own), then submitted.
 */
export function UpdateForm({ slug, trackedActionId, entityId, period, currency, indicators, confirmed, updateId, submit }: Props) {
  const t = useTranslations('followupPage.form');
  const tp = useTranslations('pdfProgress');
  const tr = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const id = useId();
  const store = useAutosave<UpdateValues>({
    url: `/api/roadmaps/${slug}/follow-up/updates?locale=${locale}`,
    storagePrefix: `jalon.progress.v1:${trackedActionId}:${period}:${entityId}`,
    body: () => ({ trackedActionId, entityId, period }),
    initial: [{ id: 'update', confirmed }],
  });
  const item = store.get('update')!;
  const v = item.local;
  const [pending, startTransition] = useTransition();
  const [notice, setNotice] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  // The first save created the update: the page learns its id (to submit it and add evidence).
  const exists = item.confirmed.version > 0;
  useEffect(() => {
    if (exists && !updateId) router.refresh();
  }, [exists, updateId, router]);

  const fieldError = (field: keyof UpdateValues & string, value: unknown): MessageKey | null => {
    if (field.startsWith('indicator')) {
      const i = indicators[Number(field.slice('indicator'.length))];
      return i ? checkIndicatorValue(i.type, value) : null;
    }
    const parsed = updateValuesSchema.shape[field as 'percent'].safeParse(value);
    return parsed.success ? null : schemaKey(parsed.error.issues[0]?.message ?? 'form.invalidValue');
  };
  const edit = <K extends keyof UpdateValues & string>(field: K, value: UpdateValues[K]) => store.edit('update', field, value);
  const conflict = (field: keyof UpdateValues & string, label: string, show: (x: unknown) => string, text: boolean) => {
    const c = item.conflicts[field];
    return c ? <ConflictPanel field={label} show={show} theirs={c.theirs} yours={c.yours} by={item.confirmed.updatedBy} text={text} onResolve={(x) => store.resolve('update', field, x as never)} /> : null;
  };
  const numberOf = (s: string) => (s.trim() === '' ? null : Number(s.replace(/\s/g, '').replace(',', '.')));
  const errorLine = (fid: string, field: keyof UpdateValues & string) => {
    const e = fieldError(field, v[field]);
    return e ? <p id={`${fid}-error`} className="text-sm text-red-700">{tr(e)}</p> : null;
  };
  const invalid = (Object.keys(v) as (keyof UpdateValues & string)[]).some((f) => fieldError(f, v[f]));
  const overall = store.overall();
  const canSubmit = !!updateId && overall.state === 'saved' && !invalid;

  const onSubmit = () => {
    if (!updateId) return;
    setNotice(null);
    startTransition(async () => {
      const r = await submit(updateId, item.confirmed.version);
      if (r.ok) {
        setNotice({ tone: 'success', text: t('submitted') });
        router.refresh();
      } else {
        const fields = r.fields ? Object.values(r.fields).flat().map((k) => tr(k)).join(' ') : '';
        setNotice({ tone: 'error', text: [tr(r.error), fields].filter(Boolean).join(' ') });
      }
    });
  };

  const statusLabel = (x: unknown) => (typeof x === 'string' && x ? tp(`status.${x as ProgressStatus}`) : '');
  const plain = (x: unknown) => (x === null || x === undefined ? '' : String(x));

  return (
    <div className="space-y-5">
      <div className="sticky top-0 z-10 -mx-1 bg-slate-50/95 px-1 py-2">
        <SaveStatus state={overall.state} conflicts={overall.conflicts} error={overall.error} />
      </div>
      {store.restored > 0 && <Notice tone="info">{t('restored')}</Notice>}

      <div className="grid gap-4 sm:grid-cols-3">
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-status`} className="text-sm font-medium">{t('status')}</label>
          {conflict('status', t('status'), statusLabel, false)}
          <select id={`${id}-status`} value={v.status} onChange={(e) => edit('status', e.target.value as UpdateValues['status'])} className={input}>
            {PROGRESS_STATUSES.map((s) => <option key={s} value={s}>{tp(`status.${s}`)}</option>)}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-percent`} className="text-sm font-medium">{t('percent')}</label>
          {conflict('percent', t('percent'), plain, false)}
          <input
            id={`${id}-percent`} type="number" min={0} max={100} step={1} inputMode="numeric" value={v.percent ?? ''}
            onChange={(e) => edit('percent', numberOf(e.target.value))}
            aria-invalid={!!fieldError('percent', v.percent)} aria-describedby={`${id}-percent-hint ${fieldError('percent', v.percent) ? `${id}-percent-error` : ''}`.trim()} className={input}
          />
          <p id={`${id}-percent-hint`} className="text-xs text-slate-600">{t('percentHint')}</p>
          {errorLine(`${id}-percent`, 'percent')}
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-spent`} className="text-sm font-medium">{t('spent', { currency })}</label>
          {conflict('spent', t('spent', { currency }), plain, false)}
          <input
            id={`${id}-spent`} type="number" min={0} step="any" inputMode="decimal" value={v.spent ?? ''}
            onChange={(e) => edit('spent', numberOf(e.target.value))}
            aria-invalid={!!fieldError('spent', v.spent)} aria-describedby={`${id}-spent-hint ${fieldError('spent', v.spent) ? `${id}-spent-error` : ''}`.trim()} className={input}
          />
          <p id={`${id}-spent-hint`} className="text-xs text-slate-600">{t('spentHint')}</p>
          {errorLine(`${id}-spent`, 'spent')}
        </div>
      </div>

      {indicators.length > 0 && (
        <fieldset className="space-y-3 rounded border border-slate-200 bg-white p-4">
          <legend className="px-1 font-medium">{t('indicators')}</legend>
          {indicators.map((ind, i) => {
            const field = indicatorField(i);
            const fid = `${id}-ind-${i}`;
            const value = v[field] as IndicatorValue;
            const error = fieldError(field, value);
            const hint = t('indicatorHint', { baseline: ind.baseline || '—', target: ind.target || '—' });
            const describedBy = `${fid}-hint${error ? ` ${fid}-error` : ''}`;
            const show = (x: unknown) => (typeof x === 'boolean' ? (x ? tp('yes') : tp('no')) : plain(x));
            return (
              <div key={i} className="flex flex-col gap-1" data-indicator={i}>
                {ind.type === 'boolean' ? (
                  <fieldset aria-describedby={describedBy}>
                    <legend className="text-sm font-medium">{ind.label}</legend>
                    {conflict(field, ind.label, show, false)}
                    <div className="mt-1 flex gap-4">
                      {[true, false].map((b) => (
                        <label key={String(b)} className="flex items-center gap-2 text-sm">
                          <input type="radio" name={fid} checked={value === b} onChange={() => edit(field, b)} className="h-4 w-4 accent-un-blue" />
                          {b ? tp('yes') : tp('no')}
                        </label>
                      ))}
                    </div>
                  </fieldset>
                ) : (
                  <>
                    <label htmlFor={fid} className="text-sm font-medium">{ind.type === 'percent' ? t('indicatorPercent', { label: ind.label }) : ind.unit ? t('indicatorUnit', { label: ind.label, unit: ind.unit }) : ind.label}</label>
                    {conflict(field, ind.label, show, false)}
                    <input
                      id={fid} type={ind.type === 'date' ? 'date' : 'number'} min={ind.type === 'date' ? undefined : 0} max={ind.type === 'percent' ? 100 : undefined} step="any"
                      value={value === null || value === undefined ? '' : String(value)}
                      onChange={(e) => edit(field, ind.type === 'date' ? (e.target.value || null) : numberOf(e.target.value))}
                      aria-invalid={!!error} aria-describedby={describedBy} className={`${input} max-w-xs`}
                    />
                  </>
                )}
                <p id={`${fid}-hint`} className="text-xs text-slate-600">{hint}</p>
                {error && <p id={`${fid}-error`} className="text-sm text-red-700">{tr(error)}</p>}
              </div>
            );
          })}
        </fieldset>
      )}

      {TEXTS.map((field) => (
        <div key={field} className="flex flex-col gap-1">
          <label htmlFor={`${id}-${field}`} className="text-sm font-medium">{t(field)}</label>
          {conflict(field, t(field), plain, true)}
          <textarea id={`${id}-${field}`} rows={4} value={v[field]} onChange={(e) => edit(field, e.target.value)} className={input} />
        </div>
      ))}

      <div className="space-y-2 border-t border-slate-200 pt-4">
        <p className="text-sm text-slate-700">{t('submitHelp')}</p>
        <button
          type="button" onClick={onSubmit} aria-disabled={!canSubmit || pending}
          className="rounded bg-un-blue px-4 py-2 font-medium text-white hover:bg-un-blue-dark aria-disabled:opacity-60"
        >
          {pending ? t('submitting') : t('submit')}
        </button>
        {!canSubmit && <p className="text-xs text-slate-600">{updateId ? t('waitSaved') : t('writeFirst')}</p>}
        <div aria-live="polite">{notice && <Notice tone={notice.tone} role="none">{notice.text}</Notice>}</div>
      </div>
    </div>
  );
}
