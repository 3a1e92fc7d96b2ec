'use client';

import { useId, useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { useFocusResult } from '@/components/forms/use-focus-result';
import { FileButton } from '@/components/ui/file-button';
import { Notice } from '@/components/ui/notice';
import { EMBLEM_ACCEPT, MAX_EMBLEM_BYTES } from '@/lib/country/emblem-bytes';
import type { EmblemInfo } from '@/lib/country/emblem-read';
import type { MessageKey } from '@/lib/result';

export type EmblemState = { ok: true; done: 'saved' | 'removed' } | { ok: false; error: MessageKey } | null;

type Props = {
  /** The country's name in the page's language, for the image's alternative text. */
  country: string;
  emblem: EmblemInfo | null;
  /** The preview's address (a route that checks access); it changes with the emblem's hash. */
  previewUrl: string | null;
  /** Whether this user may set or remove it (the coordinator of the country, administrators). */
  canEdit: boolean;
  setAction: (fd: FormData) => Promise<EmblemState>;
  removeAction: () => Promise<EmblemState>;
};

/**
 * The country's emblem as the cover prints it, and for its coordinator the form that sets,
 * replaces or removes it. The file goes to the server as it is: the server decides what it
 * is from its bytes and redraws it; the size checked here only spares a useless upload.
 */
export function EmblemForm({ country, emblem, previewUrl, canEdit, setAction, removeAction }: Props) {
  const t = useTranslations('country.emblem');
  const tr = useTranslations();
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<EmblemState>(null);
  const [pending, start] = useTransition();
  // A new file button once a file is saved: it no longer names the file sent.
  const [sent, setSent] = useState(0);
  const hint = `${useId()}-hint`;
  const result = useFocusResult(state, !!state);
  const send = () => {
    if (pending) return;
    if (!file || file.size === 0) return setState({ ok: false, error: 'country.emblem.errors.empty' });
    if (file.size > MAX_EMBLEM_BYTES) return setState({ ok: false, error: 'country.emblem.errors.tooLarge' });
    const fd = new FormData();
    fd.set('file', file);
    start(async () => {
      const r = await setAction(fd);
      setState(r);
      if (r?.ok) {
        setFile(null);
        setSent((n) => n + 1);
      }
    });
  };
  const remove = () => {
    if (!pending) start(async () => setState(await removeAction()));
  };
  return (
    <div className="mt-2 space-y-3" data-emblem={emblem ? emblem.sourceType.toLowerCase() : 'none'}>
      <p className="text-slate-700">{t('intro')}</p>
      {emblem && previewUrl ? (
        <figure className="flex items-center gap-4">
          {/* The cover's dark blue behind it, as the PDF shows it. */}
          <div className="flex h-28 w-40 items-center justify-center rounded bg-[#0B2D4F] p-3">
            {/* eslint-disable-next-line @next/next/no-img-element -- a small private PNG served by our route; no optimisation wanted */}
            <img src={previewUrl} alt={t('alt', { country })} width={emblem.width} height={emblem.height} className="max-h-full max-w-full object-contain" />
          </div>
          <figcaption className="text-sm text-slate-700">
            <span className="block font-medium text-slate-900">{t('current')}</span>
            {t('facts', { width: emblem.width, height: emblem.height, sourceType: emblem.sourceType })}
          </figcaption>
        </figure>
      ) : (
        <p className="text-sm text-slate-600">{t('none')}</p>
      )}
      {canEdit && (
        <form
          className="max-w-xl space-y-3 rounded border border-slate-200 bg-white p-4 shadow-sm"
          onSubmit={(e) => {
            e.preventDefault();
            send();
          }}
        >
          <FileButton key={sent} label={t('file')} name="file" accept={EMBLEM_ACCEPT} aria-describedby={hint}
            onFile={(f) => { setFile(f); setState(null); }} />
          <p id={hint} className="text-xs text-slate-600">{t('hint')}</p>
          <div className="flex flex-wrap gap-2">
            <button type="submit" aria-disabled={pending} className="rounded bg-un-blue px-4 py-2 font-medium text-white hover:bg-un-blue-dark aria-disabled:opacity-60">
              {pending ? tr('form.saving') : emblem ? t('replace') : t('submit')}
            </button>
            {emblem && (
              <button type="button" onClick={remove} aria-disabled={pending} className="rounded border border-red-700 bg-white px-4 py-2 font-medium text-red-800 hover:bg-red-50 aria-disabled:opacity-60">
                {t('remove')}
              </button>
            )}
          </div>
        </form>
      )}
      <div ref={result} tabIndex={-1} aria-live="polite" className="max-w-xl" data-emblem-result={state ? (state.ok ? state.done : 'refused') : undefined}>
        {state && !state.ok && <Notice tone="error">{tr(state.error)}</Notice>}
        {state?.ok && <Notice tone="success">{t(state.done)}</Notice>}
      </div>
    </div>
  );
}
