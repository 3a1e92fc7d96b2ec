'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import type { MessageKey } from '@/lib/result';
import { FileButton } from '@/components/ui/file-button';

/** Reads the chosen file in the browser and posts it to the import route. */
export function ImportRoadmapForm({ locale }: { locale: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <form
      className="mt-3 space-y-3"
      onSubmit={async (e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        const file = form.get('file');
        const slug = String(form.get('slug') ?? '');
        if (!(file instanceof File) || file.size === 0) return setMessage({ ok: false, text: t('form.required') });
        setPending(true);
        try {
          let parsed: unknown;
          try {
            parsed = JSON.parse(await file.text());
          } catch {
            return setMessage({ ok: false, text: t('roadmap.badFile') });
          }
          const res = await fetch(`/api/roadmaps/import?locale=${locale}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ slug, file: parsed }) });
          const r = (await res.json()) as { ok: boolean; error?: MessageKey; data?: { slug: string }; fields?: Record<string, MessageKey[]> };
          if (r.ok && r.data) {
            setMessage({ ok: true, text: t('roadmap.imported', { slug: r.data.slug }) });
            router.push(`/roadmaps/${r.data.slug}`);
          } else setMessage({ ok: false, text: [t(r.error ?? 'errors.unexpected'), ...Object.values(r.fields ?? {}).flat().map((k) => t(k))].join(' ') });
        } catch {
          setMessage({ ok: false, text: t('errors.unexpected') });
        } finally {
          setPending(false);
        }
      }}
    >
      <div aria-live="polite">{message && <p role={message.ok ? 'status' : 'alert'} className={`rounded px-3 py-2 text-sm ${message.ok ? 'bg-green-50 text-green-900' : 'bg-red-50 text-red-900'}`}>{message.text}</p>}</div>
      <FileButton label={t('roadmap.importFile')} name="file" accept="application/json,.json" />
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t('roadmap.slug')}
        <input name="slug" className="rounded border border-slate-300 bg-white px-3 py-2" />
        <span className="text-xs font-normal text-slate-600">{t('roadmap.slugHint')}</span>
      </label>
      <button type="submit" disabled={pending} className="rounded bg-un-blue px-4 py-2 font-medium text-white disabled:opacity-60">{pending ? t('form.saving') : t('roadmap.import')}</button>
    </form>
  );
}
