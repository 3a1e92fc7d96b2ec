import type { ReactNode } from 'react';

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger' | 'accent';

const TONE: Record<BadgeTone, string> = {
  neutral: 'bg-slate-100 text-slate-800',
  info: 'bg-blue-100 text-blue-900',
  success: 'bg-green-100 text-green-900',
  warning: 'bg-amber-100 text-amber-950',
  danger: 'bg-red-100 text-red-900',
  accent: 'bg-violet-100 text-violet-900',
};

/** A short state label beside a title or in a table cell; its text says the state, the colour only repeats it. */
export function Badge({ tone = 'neutral', className = '', children, ...data }: { tone?: BadgeTone; className?: string; children: ReactNode } & { [k: `data-${string}`]: string | undefined }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${TONE[tone]} ${className}`} {...data}>{children}</span>;
}
