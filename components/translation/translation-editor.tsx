'use client';

import { useId, useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { ConflictPanel } from '@/components/assessment/conflict-panel';
import { SaveStatus } from '@/components/assessment/save-status';
import { useAutosave } from '@/components/assessment/use-autosave';
import type { TranslationText } from '@/lib/translation/get-translation-view';
import type { Language } from '@/lib/translation/languages';
import type { TextState } from '@/lib/translation/state';
import type { MessageKey, Result } from '@/lib/result';
import type { CatalogMessages } from '@/i18n';

type Props = {
  roadmapId: string; language: Language; original: Language; texts: TranslationText[];
  canTranslate: boolean; canReview: boolean;
  /** the page's server action that marks texts reviewed, bound to its language and roadmap */
  review: (input: unknown) => Promise<Result<{ reviewed: number }>>;
};

const BADGE: Record<TextState, string> = {
  missing: 'border-amber-400 bg-amber-50 text-amber-900',
  outdated: 'border-red-300 bg-red-50 text-red-900',
  draft: 'border-slate-300 bg-slate-50 text-slate-800',
  reviewed: 'border-green-300 bg-green-50 text-green-900',
};

/**
 * One section's texts side by side: the original on the left, its translation on the right,
 * saved as the coordinator types (the questionnaire's autosave store and route), with what
 * changed in the original since an outdated translation; a reviewer ticks drafts and marks
 * them reviewed.
 */
export function TranslationEditor({ roadmapId, language, original, texts, canTranslate, canReview, review: reviewAction }: Props) {
  const t = useTranslations('translation');
  const tr = useTranslations();
  const id = useId();
  const store = useAutosave<{ text: string }>({
    url: `/api/roadmaps/${roadmapId}/translations`,
    storagePrefix: `jalon.translation.v1:${roadmapId}:${language}`,
    body: (key) => ({ key, language }),
    initial: texts.map((x) => ({ id: x.key, confirmed: x.confirmed })),
  });
  const overall = store.overall();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string; fields?: Record<string, MessageKey[]> } | null>(null);

  // A text typed here is a draft until a reviewer confirms it; an emptied one is missing.
  const stateOf = (x: TranslationText): TextState => {
    const item = store.get(x.key)!;
    if (item.local.text === x.confirmed.values.text) return x.state;
    return item.local.text.trim() ? 'draft' : 'missing';
  };
  const reviewable = texts.filter((x) => stateOf(x) === 'draft' && store.get(x.key)!.state === 'saved');
  const toggle = (key: string) => setSelected((s) => { const n = new Set(s); if (n.has(key)) n.delete(key); else n.add(key); return n; });
  const review = (keys: string[]) =>
    start(async () => {
      const r = await reviewAction({ roadmapId, language, keys });
      setMessage(r.ok ? { ok: true, text: t('editor.reviewed', { count: r.data.reviewed }) } : { ok: false, text: tr(r.error), fields: r.fields });
      if (r.ok) setSelected(new Set());
    });

  if (!texts.length) return <p>{t('editor.empty')}</p>;
  return (
    <div className="space-y-4">
      {canTranslate && <SaveStatus state={overall.state} conflicts={overall.conflicts} error={overall.error} />}
      {canReview && (
        <div className="flex flex-wrap items-center gap-3 rounded border border-slate-200 bg-white p-3">
          <button type="button" disabled={pending || selected.size === 0} onClick={() => review([...selected])}
            className="rounded bg-un-blue px-4 py-2 font-medium text-white hover:bg-un-blue-dark disabled:opacity-60">
            {t('editor.reviewSelected', { count: selected.size })}
          </button>
          <button type="button" disabled={pending || reviewable.length === 0} onClick={() => review(reviewable.map((x) => x.key))}
            className="rounded border border-slate-300 bg-white px-4 py-2 hover:bg-slate-50 disabled:opacity-60">
            {t('editor.reviewAll', { count: reviewable.length })}
          </button>
          <span role="status" className={`text-sm ${message?.ok ? 'text-green-800' : 'text-red-700'}`}>{message?.text}</span>
        </div>
      )}
      <ol className="space-y-4">
        {texts.map((x) => {
          const item = store.get(x.key)!;
          const state = stateOf(x);
          const field = `${id}-${x.key}`;
          const label = `${t(`section.${x.section}`)} ${x.position} – ${t(`field.${(x.field.startsWith('indicator.') ? 'indicator' : x.field) as keyof CatalogMessages['translation']['field']}`)}${x.field.startsWith('indicator.') ? ` (${t(`part.${x.field.split('.')[2] as keyof CatalogMessages['translation']['part']}`)})` : ''}`;
          const conflict = item.conflicts.text;
          return (
            <li key={x.key} className="rounded border border-slate-200 bg-white p-4 shadow-sm" data-testid={`text-${x.key}`} data-state={state}>
              <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
                <h3 className="font-semibold">
                  {label}
                  {x.itemTitle && x.field !== 'title' && x.field !== 'text' && <span className="ml-2 font-normal text-slate-600">{x.itemTitle}</span>}
                </h3>
                <span className={`rounded border px-2 py-0.5 text-xs ${BADGE[state]}`}>{t(`state.${state}`)}</span>
              </div>
              <div className="grid gap-4 md:grid-cols-2">
                <div>
                  <p className="mb-1 text-sm font-medium text-slate-600" id={`${field}-original`}>{t('editor.original', { language: original })}</p>
                  <p lang={original} className="whitespace-pre-line rounded bg-slate-50 px-3 py-2 text-sm">{x.original}</p>
                  {x.changes && state === 'outdated' && (
                    <div className="mt-2 rounded border border-red-200 bg-red-50 px-3 py-2 text-sm">
                      <p className="font-medium text-red-900">{t('editor.changed')}</p>
                      <p lang={original} className="whitespace-pre-line">
                        {x.changes.map((w, i) =>
                          w.added ? <ins key={i} className="bg-green-100 text-green-900">{w.text}</ins>
                          : w.removed ? <del key={i} className="bg-red-100 text-red-900">{w.text}</del>
                          : <span key={i}>{w.text}</span>)}
                      </p>
                    </div>
                  )}
                </div>
                <div>
                  <label htmlFor={field} className="mb-1 block text-sm font-medium text-slate-600">{t('editor.translation', { language })}</label>
                  {conflict ? (
                    <ConflictPanel field={label} show={(v) => String(v ?? '')} theirs={conflict.theirs} yours={conflict.yours} by={item.confirmed.updatedBy} text onResolve={(v) => store.resolve(x.key, 'text', String(v))} />
                  ) : (
                    <textarea id={field} lang={language} aria-describedby={`${field}-original`} value={item.local.text} readOnly={!canTranslate} maxLength={x.max}
                      rows={Math.min(12, Math.max(2, Math.ceil(x.original.length / 70)))} onChange={(e) => store.edit(x.key, 'text', e.target.value)}
                      className="w-full resize-y rounded border border-slate-300 bg-white px-3 py-2 text-sm read-only:bg-slate-50" />
                  )}
                  {message && !message.ok && message.fields?.[x.key] && <p className="text-sm text-red-700">{message.fields[x.key].map((k) => tr(k)).join(' ')}</p>}
                  {canReview && state === 'draft' && (
                    <label className="mt-2 flex items-center gap-2 text-sm">
                      <input type="checkbox" className="h-4 w-4 accent-un-blue" checked={selected.has(x.key)} onChange={() => toggle(x.key)} />
                      {t('editor.select')}
                    </label>
                  )}
                </div>
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
