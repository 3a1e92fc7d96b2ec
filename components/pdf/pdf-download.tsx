'use client';

import { useId, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import type { MessageKey } from '@/lib/result';

type State = { kind: 'idle' } | { kind: 'preparing' } | { kind: 'ready'; pages: number | null; size: number } | { kind: 'failed'; error: MessageKey };

type Props = {
  /** the PDF route, without its query: it answers ?prepare=1, &lang= and &disposition= */
  pdfUrl: string;
  /** the Word route of the same document, if it has one */
  docxUrl?: string;
  /** the section's title (the roadmap's PDF when absent) */
  title?: string;
  /** more query parameters of both routes (a period) */
  query?: string;
};

/**
 * Prepares a PDF (a roadmap version's, a progress report's), rendering it when it is not
 * cached yet, tells screen readers how it goes, then offers a preview in a new tab and a download.
 */
export function PdfDownload({ pdfUrl, docxUrl, title, query = '' }: Props) {
  const t = useTranslations();
  const locale = useLocale();
  const [lang, setLang] = useState<'fr' | 'en'>(locale === 'en' ? 'en' : 'fr');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const selectId = useId();
  const base = `${pdfUrl}?lang=${lang}${query}`;

  async function prepare() {
    setState({ kind: 'preparing' });
    try {
      const res = await fetch(`${base}&prepare=1`, { cache: 'no-store' });
      const body = (await res.json()) as { ready?: boolean; pages?: number | null; size?: number; error?: MessageKey };
      if (!res.ok || !body.ready) setState({ kind: 'failed', error: body.error ?? 'pdf.ui.failed' });
      else setState({ kind: 'ready', pages: body.pages ?? null, size: body.size ?? 0 });
    } catch {
      setState({ kind: 'failed', error: 'pdf.ui.failed' });
    }
  }

  return (
    <section aria-labelledby={`${selectId}-title`} className="rounded border border-slate-200 p-4">
      <h2 id={`${selectId}-title`} className="text-lg font-semibold">{title ?? t('pdf.ui.title')}</h2>
      <div className="mt-3 flex flex-wrap items-end gap-3">
        <label htmlFor={selectId} className="flex flex-col text-sm">
          {t('pdf.ui.language')}
          <select
            id={selectId}
            value={lang}
            onChange={(e) => {
              setLang(e.target.value === 'en' ? 'en' : 'fr');
              setState({ kind: 'idle' });
            }}
            className="mt-1 rounded border border-slate-300 px-2 py-1"
          >
            <option value="fr" lang="fr">{t('pdf.languageName.fr')}</option>
            <option value="en" lang="en">{t('pdf.languageName.en')}</option>
          </select>
        </label>
        <button
          type="button"
          onClick={prepare}
          disabled={state.kind === 'preparing'}
          aria-busy={state.kind === 'preparing'}
          className="rounded bg-un-blue px-4 py-2 font-semibold text-white disabled:opacity-60"
        >
          {t('pdf.ui.prepare')}
        </button>
      </div>
      <div role="status" aria-live="polite" className="mt-3 min-h-6 text-sm">
        {state.kind === 'preparing' ? (
          <span className="inline-flex items-center gap-2">
            <span aria-hidden="true" className="inline-block h-4 w-4 animate-spin rounded-full border-2 border-slate-300 border-t-un-blue" />
            {t('pdf.ui.preparing')}
          </span>
        ) : null}
        {state.kind === 'ready' ? <span>{t('pdf.ui.ready', { pages: state.pages ?? 0, size: Math.round(state.size / 1024) })}</span> : null}
        {state.kind === 'failed' ? <span className="text-red-700">{t(state.error)}</span> : null}
      </div>
      {state.kind === 'ready' ? (
        <div className="mt-2 flex gap-4">
          <a href={`${base}&disposition=inline`} target="_blank" rel="noopener" className="font-semibold text-un-blue-dark underline">
            {t('pdf.ui.preview')} <span className="sr-only">{t('pdf.ui.opensInNewTab')}</span>
          </a>
          <a href={`${base}&disposition=attachment`} download className="font-semibold text-un-blue-dark underline">{t('pdf.ui.download')}</a>
        </div>
      ) : null}
      {/* Word: rendered on request, no preparing step (lib/docx). */}
      {docxUrl && (
        <p className="mt-3 text-sm">
          <a href={`${docxUrl}?lang=${lang}${query}`} download className="font-semibold text-un-blue-dark underline">
            {t('pdf.ui.word')}
          </a>
        </p>
      )}
    </section>
  );
}
