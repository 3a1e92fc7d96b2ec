'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';

type Props = {
  field: string;
  /** how to show a value (a level or a priority shows its label) */
  show: (v: unknown) => string;
  theirs: unknown;
  yours: unknown;
  by: string | null;
  /** text fields get a box to merge both texts; choices only "mine" or "theirs" */
  text: boolean;
  onResolve: (value: unknown) => void;
};

/**
 * Someone else saved this field while this person was writing: both versions side by
 * side, nothing lost, and the person decides. Focus lands here so that keyboard and
 * screen-reader users meet it at once.
 */
export function ConflictPanel({ field, show, theirs, yours, by, text, onResolve }: Props) {
  const t = useTranslations('questionnaire.conflict');
  const id = useId();
  const [merged, setMerged] = useState(() => [theirs, yours].filter((v) => typeof v === 'string' && v.trim() !== '').join('\n\n'));
  const who = by ?? t('someone');
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const button = 'rounded border px-3 py-1.5 text-sm font-medium';
  return (
    <section
      role="group"
      aria-labelledby={`${id}-title`}
      tabIndex={-1}
      ref={ref}
      className="rounded border-2 border-red-400 bg-red-50 p-3"
    >
      <h4 id={`${id}-title`} className="font-semibold text-red-900">{t('title', { field })}</h4>
      <p className="mt-1 text-sm text-red-900">{t('help', { name: who })}</p>
      <div className="mt-3 grid gap-3 md:grid-cols-2">
        <div>
          <p className="text-xs font-semibold uppercase tracking-wide text-slate-700">{t('theirs', { name: who })}</p>
          <p className="mt-1 whitespace-pre-wrap rounded border border-slate-300 bg-white p-2 text-sm">{show(theirs) || t('none')}</p>
        </div>
        <div>
          <p className="text-xs font-semibold uppercase tracking-wide text-slate-700">{t('yours')}</p>
          <p className="mt-1 whitespace-pre-wrap rounded border border-slate-300 bg-white p-2 text-sm">{show(yours) || t('none')}</p>
        </div>
      </div>
      {text && (
        <div className="mt-3 flex flex-col gap-1">
          <label htmlFor={`${id}-merged`} className="text-sm font-medium">{t('merged')}</label>
          <textarea id={`${id}-merged`} value={merged} onChange={(e) => setMerged(e.target.value)} rows={5} className="rounded border border-slate-400 bg-white px-3 py-2 text-sm" />
        </div>
      )}
      <div className="mt-3 flex flex-wrap gap-2">
        {text && <button type="button" onClick={() => onResolve(merged)} className={`${button} border-un-blue bg-un-blue text-white hover:bg-un-blue-dark`}>{t('useMerged')}</button>}
        <button type="button" onClick={() => onResolve(yours)} className={`${button} border-slate-400 bg-white hover:bg-slate-100`}>{t('keepMine')}</button>
        <button type="button" onClick={() => onResolve(theirs)} className={`${button} border-slate-400 bg-white hover:bg-slate-100`}>{t('keepTheirs')}</button>
      </div>
    </section>
  );
}
