'use client';

import { useEffect, useRef } from 'react';
import { usePathname } from 'next/navigation';

/**
 * After a client-side navigation (a form that redirects: « Créer la feuille de route »,
 * « Enregistrer » an action), the element that had the focus is gone and the focus falls to
 * the page's body, so the next Tab starts again in the header. Put it on the target of the
 * address's #fragment, or else on the new page's main heading.
 */
export function RouteFocus() {
  const pathname = usePathname();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const id = requestAnimationFrame(() => {
      const active = document.activeElement;
      if (active && active !== document.body && document.contains(active)) return;
      const hash = decodeURIComponent(window.location.hash.slice(1));
      const target = (hash && document.getElementById(hash)) || document.querySelector<HTMLElement>('main h1') || document.getElementById('main');
      if (!target) return;
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: !hash });
    });
    return () => cancelAnimationFrame(id);
  }, [pathname]);
  return null;
}
