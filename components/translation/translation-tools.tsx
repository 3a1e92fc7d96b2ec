'use client';

import { useId, useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import type { TranslationView } from '@/lib/translation/get-translation-view';
import { FileButton } from '@/components/ui/file-button';
import type { Language } from '@/lib/translation/languages';
import type { MessageKey, Result } from '@/lib/result';

type Props = {
  roadmap: TranslationView['roadmap']; language: Language; latest: TranslationView['latest']; locale: string;
  canTranslate: boolean; canDecide: boolean; canEdit: boolean;
  /** the page's server actions, bound to its language and roadmap */
  actions: { setLanguages: (input: unknown) => Promise<Result<unknown>>; approve: (input: unknown) => Promise<Result<unknown>> };
};
type Outcome = { ok: boolean; text: string; details?: string[] } | null;

/** Publication languages, XLIFF for a translation service, and the approval in the language. */
export function TranslationTools({ roadmap, language, latest, locale, canTranslate, canDecide, canEdit, actions }: Props) {
  const t = useTranslations('translation');
  const tr = useTranslations();
  const router = useRouter();
  const id = useId();
  const [pending, start] = useTransition();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const published = roadmap.languages.includes(language);
  const fail = (r: { error: MessageKey; fields?: Record<string, MessageKey[]> }): Outcome => ({
    ok: false, text: tr(r.error),
    details: Object.entries(r.fields ?? {}).map(([k, keys]) => `${k.replace(/^unit:/, '')} – ${keys.map((x) => tr(x)).join(' ')}`),
  });

  const importFile = (file: File) =>
    start(async () => {
      const res = await fetch(`/api/roadmaps/${roadmap.id}/versions/${latest!.number}/xliff?locale=${locale}`, { method: 'POST', body: await file.text(), headers: { 'content-type': 'application/xliff+xml' } });
      const r = (await res.json().catch(() => ({ ok: false, error: 'errors.unexpected' as const }))) as { ok: boolean; data?: { units: number; updated: number }; error?: MessageKey; fields?: Record<string, MessageKey[]> };
      setOutcome(r.ok && r.data ? { ok: true, text: t('tools.imported', { units: r.data.units, updated: r.data.updated }) } : fail({ error: r.error ?? 'errors.unexpected', fields: r.fields }));
      if (r.ok) router.refresh();
    });

  return (
    <section aria-labelledby={`${id}-tools`} className="space-y-3 rounded border border-slate-200 bg-white p-4">
      <h2 id={`${id}-tools`} className="text-lg font-semibold">{t('tools.title')}</h2>
      <p className="text-sm">
        {published ? t('tools.published', { language }) : t('tools.notPublished', { language })}{' '}
        {canEdit && (
          <button type="button" disabled={pending} className="text-un-blue underline disabled:opacity-60"
            onClick={() => start(async () => {
              const r = await actions.setLanguages({ roadmapId: roadmap.id, languages: published ? [roadmap.original] : [roadmap.original, language] });
              setOutcome(r.ok ? null : fail(r));
            })}>
            {published ? t('tools.unpublish', { language }) : t('tools.publish', { language })}
          </button>
        )}
      </p>
      {latest ? (
        <>
          <p className="text-sm">
            {t('tools.latest', { number: latest.number, reviewed: latest.counts.reviewed, total: latest.counts.missing + latest.counts.draft + latest.counts.reviewed + latest.counts.outdated })}
            {latest.approved && <span className="ml-2 rounded border border-green-300 bg-green-50 px-2 py-0.5 text-xs text-green-900">{t('tools.approved', { language })}</span>}
          </p>
          <div className="flex flex-wrap items-center gap-4">
            {canTranslate && (
              <>
                <a href={`/api/roadmaps/${roadmap.slug}/versions/${latest.number}/xliff?lang=${language}&locale=${locale}`} download className="rounded border border-slate-300 bg-white px-4 py-2 hover:bg-slate-50">
                  {t('tools.export', { number: latest.number })}
                </a>
                <FileButton button={t('tools.import')} accept=".xlf,.xliff,application/xliff+xml,text/xml" disabled={pending} data-testid="xliff-import"
                  onFile={(f, input) => { if (f) importFile(f); input.value = ''; }} />
              </>
            )}
            {canDecide && !latest.approved && published && (
              <button type="button" disabled={pending} className="rounded bg-un-blue px-4 py-2 font-medium text-white hover:bg-un-blue-dark disabled:opacity-60"
                onClick={() => start(async () => {
                  const r = await actions.approve({ roadmapId: roadmap.id, number: latest.number, language });
                  setOutcome(r.ok ? { ok: true, text: t('tools.approvedNow', { number: latest.number, language }) } : { ok: false, text: r.error === 'translation.incomplete' ? t('tools.incomplete', { count: Object.keys(r.fields ?? {}).length }) : tr(r.error) });
                })}>
                {t('tools.approve', { number: latest.number, language })}
              </button>
            )}
          </div>
        </>
      ) : (
        <p className="text-sm text-slate-600">{t('tools.noVersion')}</p>
      )}
      <div role="status" aria-live="polite" className={`text-sm ${outcome?.ok ? 'text-green-800' : 'text-red-700'}`}>
        {outcome?.text}
        {outcome?.details && outcome.details.length > 0 && (
          <ul className="mt-1 list-disc pl-5">{outcome.details.slice(0, 50).map((d) => <li key={d}>{d}</li>)}</ul>
        )}
      </div>
    </section>
  );
}
