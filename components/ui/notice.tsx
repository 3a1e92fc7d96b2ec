import type { ReactNode } from 'react';

export type NoticeTone = 'info' | 'success' | 'warning' | 'error';

const TONE: Record<NoticeTone, string> = {
  info: 'border-blue-300 bg-blue-50 text-blue-950',
  success: 'border-green-300 bg-green-50 text-green-900',
  warning: 'border-amber-300 bg-amber-50 text-amber-950',
  error: 'border-red-300 bg-red-50 text-red-900',
};

/**
 * A message in a box, its colour repeating what its words say. By default an error is an
 * alert (read out at once) and anything else a status (read out politely); `role="note"` for
 * a standing remark that is part of the page, `role="none"` inside a live region that already
 * announces it.
 */
export function Notice({ tone = 'info', role, large = false, className = '', children }: {
  tone?: NoticeTone;
  /** Body-size text, for a notice that is the page's main message. */
  large?: boolean;
  role?: 'alert' | 'status' | 'note' | 'none';
  className?: string;
  children: ReactNode;
}) {
  const r = role ?? (tone === 'error' ? 'alert' : 'status');
  return <div role={r === 'none' ? undefined : r} className={`rounded border ${large ? 'px-4 py-3' : 'px-3 py-2 text-sm'} ${TONE[tone]} ${className}`}>{children}</div>;
}
