'use client';

import { useId, useRef, type ButtonHTMLAttributes } from 'react';
import { useTranslations } from 'next-intl';

/** What a decision does, said before it is taken: what happens, who is told, what freezes. */
export type Confirmation = { title: string; happens: string; notified: string; readOnly: string; confirm: string };

type Props = {
  /** The button that opens the dialog. */
  label: string;
  className?: string;
  /** While the decision is being saved: the button stays focusable (aria-disabled) and ignores clicks. */
  pending?: boolean;
  confirmation: Confirmation;
  /**
   * Inside a form: the confirm button submits it, with these attributes (name, value), so
   * the form's own fields (a note, a choice) go with it. Otherwise `onConfirm` runs.
   */
  submit?: Pick<ButtonHTMLAttributes<HTMLButtonElement>, 'name' | 'value' | 'form'>;
  onConfirm?: () => void;
  tone?: 'primary' | 'danger';
};

/**
 * A confirmation in a native modal <dialog>: the page behind is inert (focus stays in the
 * dialog), Escape or Cancel closes it, it is named by its title and described by its text,
 * and focus goes back to the button that opened it.
 */
export function ConfirmButton({ label, className, pending, confirmation: c, submit, onConfirm, tone = 'primary' }: Props) {
  const t = useTranslations('confirm');
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const id = useId();
  const close = () => dialog.current?.close();
  const confirmClass = tone === 'danger' ? 'bg-red-700 text-white hover:bg-red-800' : 'bg-un-blue text-white hover:bg-un-blue-dark';
  return (
    <>
      <button ref={opener} type="button" aria-disabled={pending || undefined} onClick={() => !pending && dialog.current?.showModal()} className={className}>
        {label}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        onClose={() => opener.current?.focus()}
        className="m-auto w-full max-w-lg rounded border border-slate-300 bg-white p-0 text-ink shadow-xl backdrop:bg-slate-900/50"
      >
        <div className="space-y-4 p-5">
          <h2 id={`${id}-title`} className="text-lg font-semibold text-un-blue-dark">{c.title}</h2>
          <dl id={`${id}-body`} className="space-y-3 text-sm">
            {([['happens', c.happens], ['notified', c.notified], ['readOnly', c.readOnly]] as const).map(([k, text]) => (
              <div key={k}>
                <dt className="font-semibold">{t(k)}</dt>
                <dd className="text-slate-800">{text}</dd>
              </div>
            ))}
          </dl>
          <div className="flex flex-wrap justify-end gap-2 pt-2">
            <button type="button" autoFocus onClick={close} className="rounded border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-50">
              {t('cancel')}
            </button>
            {submit ? (
              <button type="submit" {...submit} onClick={close} className={`rounded px-4 py-2 font-medium ${confirmClass}`}>{c.confirm}</button>
            ) : (
              <button type="button" onClick={() => { close(); onConfirm?.(); }} className={`rounded px-4 py-2 font-medium ${confirmClass}`}>{c.confirm}</button>
            )}
          </div>
        </div>
      </dialog>
    </>
  );
}
