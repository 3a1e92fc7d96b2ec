'use client';

import { useId, useRef, useState } from 'react';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import {
  ACCEPTED_EXTENSIONS, extensionOf, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_ANSWER,
} from '@/lib/assessment/attachment-rules';
import type { AttachmentView } from '@/lib/assessment/attachment-view';
import type { MessageKey } from '@/lib/result';
import { FileButton } from '@/components/ui/file-button';

type Props = {
  /** the files' route: POST uploads, GET and DELETE `${base}/<id>` */
  base: string;
  /** the fields an upload names its record by (entity, question) */
  fields: Record<string, string>;
  /** appended to a delete's address (the entity a progress update's file is removed for) */
  deleteQuery?: string;
  initial: AttachmentView[];
  editable: boolean;
};

type Upload = { name: string; percent: number };
type Notice = { kind: 'error' | 'info'; text: string } | null;

/**
 * Evidence files (an answer's, a progress update's): list with download links, and (while
 * editable) upload and delete, under the same rules for both (lib/assessment/attachment-rules.ts).
 */
export function AttachmentList({ base, fields, deleteQuery = '', initial, editable }: Props) {
  const t = useTranslations('attachment');
  const tr = useTranslations();
  const locale = useLocale();
  const format = useFormatter();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState(initial);
  const [upload, setUpload] = useState<Upload | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice>(null);

  const size = (n: number) =>
    n < 1024 ? t('sizeBytes', { size: format.number(n) })
    : n < 1024 * 1024 ? t('sizeKb', { size: format.number(n / 1024, { maximumFractionDigits: 1 }) })
    : t('sizeMb', { size: format.number(n / 1024 / 1024, { maximumFractionDigits: 1 }) });
  const explain = (error: MessageKey) => (error.startsWith('attachment.') || error.startsWith('questionnaire.') || error.startsWith('followup.') || error.startsWith('auth.') ? tr(error) : t('failed', { message: tr(error) }));

  function send(file: File) {
    setNotice(null);
    // The server decides; these checks only spare a useless upload on a slow line.
    if (file.size > MAX_ATTACHMENT_BYTES) return setNotice({ kind: 'error', text: t('tooLarge') });
    if (file.size === 0) return setNotice({ kind: 'error', text: t('empty') });
    if (!ACCEPTED_EXTENSIONS.includes(`.${extensionOf(file.name)}`)) return setNotice({ kind: 'error', text: t('typeNotAllowed') });
    if (typeof navigator !== 'undefined' && navigator.onLine === false) return setNotice({ kind: 'error', text: t('offline') });
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    form.set('file', file);
    // XMLHttpRequest, not fetch: only it reports upload progress.
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${base}?locale=${locale}`);
    xhr.responseType = 'json';
    xhr.timeout = 10 * 60_000;
    setUpload({ name: file.name, percent: 0 });
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) setUpload({ name: file.name, percent: Math.min(99, Math.round((e.loaded / e.total) * 100)) });
    };
    const done = () => {
      setUpload(null);
      if (input.current) input.current.value = '';
    };
    xhr.onerror = xhr.ontimeout = () => {
      done();
      setNotice({ kind: 'error', text: t('offline') });
    };
    xhr.onload = () => {
      done();
      const body = xhr.response as { ok?: boolean; data?: AttachmentView; error?: MessageKey } | null;
      if (xhr.status === 201 && body?.ok && body.data) {
        const added = body.data;
        setFiles((list) => [...list, added]);
        setNotice({ kind: 'info', text: t('uploaded', { name: added.filename }) });
      } else if (xhr.status === 413) {
        setNotice({ kind: 'error', text: t('tooLarge') });
      } else {
        setNotice({ kind: 'error', text: explain(body?.error ?? (xhr.status >= 500 ? 'errors.unexpected' : 'form.invalid')) });
      }
    };
    xhr.send(form);
  }

  async function remove(file: AttachmentView) {
    setConfirming(null);
    setNotice(null);
    let res: Response;
    try {
      res = await fetch(`${base}/${file.id}?locale=${locale}${deleteQuery}`, { method: 'DELETE', credentials: 'same-origin', cache: 'no-store' });
    } catch {
      return setNotice({ kind: 'error', text: t('offline') });
    }
    const body = (await res.json().catch(() => null)) as { ok?: boolean; error?: MessageKey } | null;
    if (res.ok && body?.ok) {
      setFiles((list) => list.filter((f) => f.id !== file.id));
      setNotice({ kind: 'info', text: t('deleted', { name: file.filename }) });
      input.current?.focus();
    } else {
      setNotice({ kind: 'error', text: explain(body?.error ?? 'errors.unexpected') });
    }
  }

  const full = files.length >= MAX_ATTACHMENTS_PER_ANSWER;
  return (
    <div className="mt-3 rounded border border-slate-200 bg-slate-50 p-3" data-attachments>
      <p className="text-sm font-medium" id={`${id}-title`}>{t('title')}</p>
      {files.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600">{t('none')}</p>
      ) : (
        <ul className="mt-2 space-y-2" aria-labelledby={`${id}-title`}>
          {files.map((f) => (
            <li key={f.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
              <a href={`${base}/${f.id}`} download={f.filename} aria-label={t('download', { name: f.filename })} className="break-all font-medium text-un-blue underline">
                {f.filename}
              </a>
              <span className="text-xs text-slate-600">{size(f.size)}{f.uploadedBy ? ` · ${t('by', { name: f.uploadedBy })}` : ''}</span>
              {editable && confirming !== f.id && (
                <button type="button" onClick={() => setConfirming(f.id)} aria-label={t('deleteLabel', { name: f.filename })} className="rounded border border-slate-300 bg-white px-2 py-0.5 text-xs hover:bg-red-50">
                  {t('delete')}
                </button>
              )}
              {editable && confirming === f.id && (
                <span role="group" aria-label={t('confirmDelete', { name: f.filename })} className="flex flex-wrap items-center gap-2 rounded border border-red-300 bg-red-50 px-2 py-1 text-xs text-red-900">
                  <span>{t('confirmDelete', { name: f.filename })}</span>
                  {/* Focus lands on the safe choice. */}
                  <button type="button" autoFocus onClick={() => setConfirming(null)} className="rounded border border-slate-300 bg-white px-2 py-0.5">{t('cancel')}</button>
                  <button type="button" onClick={() => remove(f)} className="rounded bg-red-700 px-2 py-0.5 font-semibold text-white">{t('confirm')}</button>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable ? (
        <div className="mt-3">
          <FileButton
            ref={input}
            id={`${id}-file`}
            button={t('choose')}
            accept={ACCEPTED_EXTENSIONS.join(',')}
            disabled={!!upload || full}
            aria-describedby={`${id}-help`}
            showName={false}
            onFile={(file) => {
              if (file) send(file);
            }}
          />
          <p id={`${id}-help`} className="mt-1 text-xs text-slate-600">{t('help', { max: MAX_ATTACHMENTS_PER_ANSWER })}</p>
          {full && <p className="mt-1 text-xs text-slate-600">{t('tooMany')}</p>}
        </div>
      ) : null}
      {upload && (
        <div className="mt-2">
          <progress max={100} value={upload.percent} aria-label={t('uploading', { name: upload.name, percent: upload.percent })} className="h-2 w-full" />
          <p className="text-xs text-slate-700">{t('uploading', { name: upload.name, percent: upload.percent })}</p>
        </div>
      )}
      <div aria-live="polite" className="empty:hidden">
        {notice && (
          <p role={notice.kind === 'error' ? 'alert' : undefined} data-attachment-notice={notice.kind} className={`mt-2 rounded px-2 py-1 text-sm ${notice.kind === 'error' ? 'border border-red-300 bg-red-50 text-red-900' : 'text-green-900'}`}>
            {notice.text}
          </p>
        )}
      </div>
    </div>
  );
}
