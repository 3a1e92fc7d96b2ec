'use client';

import { useId } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import type { Item } from '@/lib/assessment/autosave-store';
import type { QuestionnaireQuestion } from '@/lib/assessment/get-questionnaire';
import { LEVELS, PRIORITIES, type AnswerField, type AnswerValues } from '@/lib/assessment/schemas';
import { AttachmentList } from './attachment-list';
import { ConflictPanel } from './conflict-panel';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { FormState } from '@/components/forms/action-form';
import { CarriedNotice } from '@/components/programme/carried-notice';
import { scaleKey, type Priority } from '@/lib/i18n/enum-keys';

const TEXTS = [
  { field: 'achievements', label: 'achievements', help: 'achievementsHelp' },
  { field: 'gaps', label: 'gaps', help: 'gapsHelp' },
  { field: 'needs', label: 'needs', help: 'needsHelp' },
  { field: 'assistanceNeeded', label: 'assistance', help: 'assistanceHelp' },
] as const;

const BADGE: Record<Item<AnswerValues>['state'], BadgeTone> = {
  saved: 'success', pending: 'neutral', saving: 'neutral', offline: 'warning', signedOut: 'warning', conflict: 'danger', error: 'danger',
};

type Props = {
  assessmentId: string;
  entityId: string;
  question: QuestionnaireQuestion;
  item: Item<AnswerValues>;
  editable: boolean;
  onEdit: <K extends AnswerField>(field: K, value: AnswerValues[K]) => void;
  onResolve: (field: AnswerField, value: unknown) => void;
  confirmCarried?: (questionId: string) => Promise<FormState>;
};

/** One question: its guidance, the five level descriptors as a radio group, the texts. */
export function QuestionCard({ assessmentId, entityId, question: q, item, editable, onEdit, onResolve, confirmCarried }: Props) {
  const t = useTranslations('questionnaire');
  const ta = useTranslations('assessment');
  const format = useFormatter();
  const id = useId();
  const v = item.local;
  const label = (f: AnswerField) => t(f === 'assistanceNeeded' ? 'assistance' : f === 'level' ? 'level' : f);
  const show = (f: AnswerField) => (x: unknown) =>
    x === null || x === undefined || x === '' ? '' : f === 'level' ? ta(scaleKey(x)) : f === 'priority' ? ta(`priority.${x as Priority}`) : String(x);
  const conflict = (f: AnswerField) => {
    const c = item.conflicts[f];
    return c ? <ConflictPanel field={label(f)} show={show(f)} theirs={c.theirs} yours={c.yours} by={item.confirmed.updatedBy} text={f !== 'level' && f !== 'priority'} onResolve={(x) => onResolve(f, x)} /> : null;
  };
  const badgeState = item.state === 'signedOut' || item.state === 'error' ? 'offline' : item.state;
  return (
    <article id={`question-${q.code}`} aria-labelledby={`${id}-text`} className="scroll-mt-24 rounded border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <span className="rounded bg-slate-100 px-2 py-0.5 font-mono text-xs text-slate-700">{q.code}</span>
        <Badge tone={BADGE[item.state]} data-question-state={item.state}>{t(`questionState.${badgeState}`)}</Badge>
      </div>
      <h3 id={`${id}-text`} className="mt-2 text-lg font-semibold leading-snug">{q.text}</h3>
      {/* Carried until its entity confirms it or changes it (a save clears the mark on the server). */}
      {q.carried && item.confirmed.version === q.answer.version && (
        <CarriedNotice confirm={editable && confirmCarried ? () => confirmCarried(q.id) : undefined} />
      )}
      {(q.guidance || q.references.length > 0) && (
        <details className="mt-2 text-sm text-slate-700">
          <summary className="cursor-pointer font-medium text-un-blue">{t('guidance')}</summary>
          {q.guidance && <p className="mt-2 whitespace-pre-line">{q.guidance}</p>}
          {q.references.length > 0 && <p className="mt-2 text-xs text-slate-600">{t('references')} : {q.references.join(' · ')}</p>}
        </details>
      )}

      <fieldset className="mt-4" disabled={!editable}>
        <legend className="font-medium">{t('level')}</legend>
        <p className="text-sm text-slate-600">{t('levelHelp')}</p>
        {conflict('level')}
        <div className="mt-2 grid gap-2">
          {LEVELS.map((l) => {
            const descriptor = l === 'NA' ? t('notApplicableHelp') : l === 'DK' ? t('dontKnowHelp') : q.levels[Number(l)] ?? '';
            return (
              <label key={l} className="flex cursor-pointer items-start gap-3 rounded border border-slate-200 px-3 py-2 has-[:checked]:border-un-blue has-[:checked]:bg-blue-50">
                <input
                  type="radio"
                  name={`${id}-level`}
                  value={l}
                  checked={v.level === l}
                  onChange={() => onEdit('level', l)}
                  className="mt-1 h-4 w-4 shrink-0 accent-un-blue"
                />
                <span className="text-sm">
                  <span className="font-medium">{ta(`scale.${l}`)}</span>
                  {descriptor && <span className="block text-slate-700">{descriptor}</span>}
                </span>
              </label>
            );
          })}
        </div>
      </fieldset>

      <div className="mt-4 grid gap-4 lg:grid-cols-2">
        {TEXTS.map(({ field, label: l, help }) => (
          <div key={field} className="flex flex-col gap-1">
            <label htmlFor={`${id}-${field}`} className="font-medium">{t(l)}</label>
            <p id={`${id}-${field}-help`} className="text-xs text-slate-600">{t(help)}</p>
            {item.conflicts[field] ? conflict(field) : (
              <textarea
                id={`${id}-${field}`}
                value={v[field]}
                onChange={(e) => onEdit(field, e.target.value)}
                readOnly={!editable}
                rows={4}
                maxLength={10_000}
                aria-describedby={`${id}-${field}-help`}
                className="min-h-24 resize-y rounded border border-slate-300 bg-white px-3 py-2 text-sm read-only:bg-slate-50"
              />
            )}
          </div>
        ))}
      </div>

      <div className="mt-4 grid gap-4 lg:grid-cols-2">
        <fieldset disabled={!editable}>
          <legend className="font-medium">{t('priority')}</legend>
          {conflict('priority')}
          <div className="mt-2 flex flex-wrap gap-2">
            {[...PRIORITIES, null].map((p) => (
              <label key={p ?? 'none'} className="flex cursor-pointer items-center gap-2 rounded border border-slate-200 px-3 py-1.5 text-sm has-[:checked]:border-un-blue has-[:checked]:bg-blue-50">
                <input type="radio" name={`${id}-priority`} value={p ?? ''} checked={v.priority === p} onChange={() => onEdit('priority', p)} className="h-4 w-4 accent-un-blue" />
                {p ? ta(`priority.${p}`) : t('noPriority')}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-evidence`} className="font-medium">{t('evidence')}</label>
          <p id={`${id}-evidence-help`} className="text-xs text-slate-600">{t('evidenceHelp')}</p>
          {item.conflicts.evidence ? conflict('evidence') : (
            <textarea
              id={`${id}-evidence`}
              value={v.evidence}
              onChange={(e) => onEdit('evidence', e.target.value)}
              readOnly={!editable}
              rows={3}
              maxLength={10_000}
              aria-describedby={`${id}-evidence-help`}
              className="resize-y rounded border border-slate-300 bg-white px-3 py-2 text-sm read-only:bg-slate-50"
            />
          )}
          <AttachmentList base={`/api/assessments/${assessmentId}/attachments`} fields={{ entityId, questionId: q.id }} initial={q.attachments} editable={editable} />
        </div>
      </div>
      {item.confirmed.updatedBy && item.confirmed.updatedAt && (
        <p className="mt-3 text-xs text-slate-600">
          {t('lastSaved', { name: item.confirmed.updatedBy, date: format.dateTime(new Date(item.confirmed.updatedAt), { dateStyle: 'medium', timeStyle: 'short' }) })}
        </p>
      )}
    </article>
  );
}
