'use client';

import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A <details> disclosure (it opens and closes without script) that also closes, as a menu
 * button does, on Escape (focus goes back to its summary), when focus moves outside it, and
 * on a click outside it.
 */
export function DisclosureMenu({ summary, summaryClassName, className, children }: { summary: ReactNode; summaryClassName?: string; className?: string; children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const onPointerDown = (e: PointerEvent) => {
      if (ref.current?.open && !ref.current.contains(e.target as Node)) ref.current.open = false;
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, []);
  return (
    <details
      ref={ref}
      className={className}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !ref.current?.open) return;
        e.preventDefault();
        ref.current.open = false;
        ref.current.querySelector('summary')?.focus();
      }}
      onBlur={(e) => {
        // Only a focus that lands elsewhere closes it: a click on the menu's own text or on a
        // button a browser does not focus (Safari) gives no relatedTarget and keeps it open.
        const next = e.relatedTarget as Node | null;
        if (ref.current && next && !ref.current.contains(next)) ref.current.open = false;
      }}
    >
      <summary className={summaryClassName}>{summary}</summary>
      {children}
    </details>
  );
}
