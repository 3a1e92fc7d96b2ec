'use client';

import { useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Field, Select } from '@/components/forms/action-form';
import { INDICATOR_TYPES } from '@/lib/roadmap/indicators';

const MAX = 10;

/**
 * The action's indicators, one fieldset each (label, type, baseline, target, unit), named
 * `indicators.<n>.<field>`: a label may hold any character. A row keeps its number when another
 * is removed, so errors stay beside the right row.
 */
export function IndicatorRows({ values }: { values: Record<string, string> }) {
  const t = useTranslations('roadmap');
  const initial = [...new Set(Object.keys(values).map((k) => /^indicators\.(\d+)\./.exec(k)?.[1]).filter((n): n is string => !!n).map(Number))].sort((a, b) => a - b);
  const [rows, setRows] = useState<number[]>(initial.length ? initial : [0]);
  const next = useRef(Math.max(-1, ...initial) + 1);
  const addRef = useRef<HTMLButtonElement>(null);
  const v = (n: number, k: string) => values[`indicators.${n}.${k}`] ?? '';
  return (
    <div className="space-y-3 md:col-span-2">
      <h2 className="text-sm font-medium">{t('action.indicators')}</h2>
      <p className="text-xs text-slate-600">{t('action.indicatorsHint')}</p>
      {rows.map((n, i) => (
        <fieldset key={n} className="grid gap-3 rounded border border-slate-200 p-3 md:grid-cols-6">
          <legend className="px-1 text-sm font-medium">{t('action.indicatorN', { n: i + 1 })}</legend>
          <div className="md:col-span-3"><Field name={`indicators.${n}.label`} label={t('action.indicatorLabel')} defaultValue={v(n, 'label')} /></div>
          <div className="md:col-span-3">
            <Select name={`indicators.${n}.type`} label={t('action.indicatorType')} defaultValue={v(n, 'type') || 'NUMBER'} options={INDICATOR_TYPES.map((x) => ({ value: x, label: t(`indicatorType.${x}`) }))} />
          </div>
          <div className="md:col-span-2"><Field name={`indicators.${n}.baseline`} label={t('action.baseline')} defaultValue={v(n, 'baseline')} /></div>
          <div className="md:col-span-2"><Field name={`indicators.${n}.target`} label={t('action.target')} defaultValue={v(n, 'target')} /></div>
          <div className="md:col-span-2"><Field name={`indicators.${n}.unit`} label={t('action.unit')} hint={t('action.unitHint')} defaultValue={v(n, 'unit')} /></div>
          <div className="md:col-span-6">
            <button
              type="button"
              className="text-sm text-red-800 underline focus-visible:outline-2 focus-visible:outline-un-blue"
              onClick={() => {
                setRows((r) => r.filter((x) => x !== n));
                addRef.current?.focus();
              }}
            >
              {t('action.removeIndicator', { n: i + 1 })}
            </button>
          </div>
        </fieldset>
      ))}
      {rows.length < MAX && (
        <button
          ref={addRef}
          type="button"
          className="rounded border border-un-blue px-3 py-1 text-sm text-un-blue hover:bg-blue-50 focus-visible:outline-2 focus-visible:outline-un-blue"
          onClick={() => setRows((r) => [...r, next.current++])}
        >
          {t('action.addIndicator')}
        </button>
      )}
    </div>
  );
}
