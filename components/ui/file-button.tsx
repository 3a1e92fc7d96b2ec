'use client';

import { useId, useState, type InputHTMLAttributes, type Ref } from 'react';
import { useTranslations } from 'next-intl';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'className' | 'children' | 'onChange'> & {
  /** The field's own label ("Fichier du référentiel"), shown above the button; none when the button says it all. */
  label?: string;
  /** The button's text; « Choisir un fichier » / "Choose a file" by default. */
  button?: string;
  /** Called with the chosen file (the first one), or null when the choice is cleared. */
  onFile?: (file: File | null, input: HTMLInputElement) => void;
  /** False when the caller says what happens to the file itself (an upload that starts at once). */
  showName?: boolean;
  className?: string;
  ref?: Ref<HTMLInputElement>;
};

/**
 * A file field in the page's language. The browser draws its own button and "No file chosen"
 * in the browser's language, whatever the page's: the native input stays (it is the one
 * that opens the system's picker, takes the keyboard's Space and Enter and is submitted with
 * its form) but is hidden visually and drawn by its <label>, and the chosen file's name is
 * written beside it, in a live region the input is described by, so it is heard too.
 */
export function FileButton({ label, button, onFile, showName = true, className, id: givenId, disabled, 'aria-describedby': describedBy, ref, ...input }: Props) {
  const t = useTranslations('form.file');
  const own = useId();
  const id = givenId ?? `${own}-file`;
  const [name, setName] = useState<string | null>(null);
  const status = `${id}-chosen`;
  return (
    <div className={`flex flex-col gap-1 ${className ?? ''}`}>
      {label && <label htmlFor={id} className="text-sm font-medium">{label}</label>}
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <input
          {...input}
          ref={ref}
          id={id}
          type="file"
          disabled={disabled}
          aria-describedby={[showName ? status : null, describedBy].filter(Boolean).join(' ') || undefined}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0] ?? null;
            setName(file?.name ?? null);
            onFile?.(file, e.currentTarget);
          }}
          className="peer sr-only"
        />
        <label
          htmlFor={id}
          data-file-button
          className="inline-flex cursor-pointer items-center gap-2 rounded border border-un-blue bg-white px-3 py-1.5 text-sm font-medium text-un-blue hover:bg-blue-50 peer-focus-visible:outline peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-un-blue peer-disabled:cursor-not-allowed peer-disabled:opacity-50"
        >
          <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 fill-current"><path d="M9 3.5a.75.75 0 0 1 1.5 0v7.69l2.22-2.22a.75.75 0 1 1 1.06 1.06l-3.5 3.5a.75.75 0 0 1-1.06 0l-3.5-3.5a.75.75 0 1 1 1.06-1.06L9 11.19zM3.75 15a.75.75 0 0 1 .75.75v.75h11v-.75a.75.75 0 0 1 1.5 0v1.5a.75.75 0 0 1-.75.75H3.75a.75.75 0 0 1-.75-.75v-1.5a.75.75 0 0 1 .75-.75" transform="rotate(180 10 10)" /></svg>
          {button ?? t('choose')}
        </label>
        {showName && (
          <span id={status} aria-live="polite" data-file-chosen={name ? '' : undefined} className={`break-all text-sm ${name ? 'text-slate-900' : 'text-slate-600'}`}>
            {name ? t('chosen', { name }) : t('none')}
          </span>
        )}
      </div>
    </div>
  );
}
