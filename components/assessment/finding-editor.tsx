'use client';

import { useId } from 'react';
import { useTranslations } from 'next-intl';
import type { Item } from '@/lib/assessment/autosave-store';
import { MATURITIES, PRIORITIES, type FindingField, type FindingValues } from '@/lib/assessment/schemas';
import { ConflictPanel } from './conflict-panel';
import { SaveStatus } from './save-status';
import { useAutosave } from './use-autosave';
import { scaleKey, type Priority } from '@/lib/i18n/enum-keys';

type Props = { assessmentId: string; questionId: string; finding: Item<FindingValues>['confirmed']; editable: boolean };

/** The consolidated finding for one question, saved as the coordinator types, like an answer. */
export function FindingEditor({ assessmentId, questionId, finding, editable }: Props) {
  const t = useTranslations('consolidation');
  const tq = useTranslations('questionnaire');
  const ta = useTranslations('assessment');
  const id = useId();
  const store = useAutosave<FindingValues>({
    url: `/api/assessments/${assessmentId}/findings`,
    storagePrefix: `jalon.finding.v1:${assessmentId}`,
    body: () => ({ questionId }),
    initial: [{ id: questionId, confirmed: finding }],
  });
  const item = store.get(questionId)!;
  const overall = store.overall();
  const v = item.local;
  const edit = <K extends FindingField>(f: K, value: FindingValues[K]) => store.edit(questionId, f, value);
  const label = (f: FindingField) => (f === 'maturity' ? t('maturity') : f === 'priority' ? tq('priority') : tq(f));
  const show = (f: FindingField) => (x: unknown) =>
    x === null || x === undefined || x === '' ? '' : f === 'maturity' ? ta(scaleKey(x)) : f === 'priority' ? ta(`priority.${x as Priority}`) : String(x);
  const conflict = (f: FindingField) => {
    const c = item.conflicts[f];
    return c ? <ConflictPanel field={label(f)} show={show(f)} theirs={c.theirs} yours={c.yours} by={item.confirmed.updatedBy} text={f !== 'maturity' && f !== 'priority'} onResolve={(x) => store.resolve(questionId, f, x as FindingValues[FindingField])} /> : null;
  };
  return (
    <div className="space-y-4">
      <SaveStatus state={overall.state} conflicts={overall.conflicts} error={overall.error} />
      <fieldset disabled={!editable}>
        <legend className="font-medium">{t('maturity')}</legend>
        {conflict('maturity')}
        <div className="mt-2 flex flex-wrap gap-2">
          {[...MATURITIES, null].map((m) => (
            <label key={m ?? 'none'} className="flex cursor-pointer items-center gap-2 rounded border border-slate-200 px-3 py-1.5 text-sm has-[:checked]:border-un-blue has-[:checked]:bg-blue-50">
              <input type="radio" name={`${id}-maturity`} checked={v.maturity === m} onChange={() => edit('maturity', m)} className="h-4 w-4 accent-un-blue" />
              {m === null ? t('noMaturity') : ta(`scale.${m}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {(['achievements', 'gaps', 'needs'] as const).map((f) => (
        <div key={f} className="flex flex-col gap-1">
          <label htmlFor={`${id}-${f}`} className="font-medium">{tq(f)}</label>
          {item.conflicts[f] ? conflict(f) : (
            <textarea id={`${id}-${f}`} value={v[f]} onChange={(e) => edit(f, e.target.value)} readOnly={!editable} rows={5} maxLength={10_000}
              className="resize-y rounded border border-slate-300 bg-white px-3 py-2 text-sm read-only:bg-slate-50" />
          )}
        </div>
      ))}
      <fieldset disabled={!editable}>
        <legend className="font-medium">{tq('priority')}</legend>
        {conflict('priority')}
        <div className="mt-2 flex flex-wrap gap-2">
          {[...PRIORITIES, null].map((p) => (
            <label key={p ?? 'none'} className="flex cursor-pointer items-center gap-2 rounded border border-slate-200 px-3 py-1.5 text-sm has-[:checked]:border-un-blue has-[:checked]:bg-blue-50">
              <input type="radio" name={`${id}-priority`} checked={v.priority === p} onChange={() => edit('priority', p)} className="h-4 w-4 accent-un-blue" />
              {p ? ta(`priority.${p}`) : tq('noPriority')}
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
