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

/**
 * The same fall, inside a page: the control that had the focus is removed by the re-render
 * that follows its action (« Soumettre » once the roadmap is in review, a stage's buttons, a
 * row rebuilt). When the focus has dropped to the body and the element it was on is gone,
 * put it on the nearest part of the page that is still there, inside the main content (the
 * section or form that held the control), so the next Tab goes on from there.
 */
export function FocusKeeper() {
  useEffect(() => {
    let chain: Element[] = [];
    const onFocusIn = (e: FocusEvent) => {
      chain = [];
      for (let el = e.target instanceof Element ? e.target : null; el && el.id !== 'main' && el !== document.body; el = el.parentElement) chain.push(el);
    };
    const restore = () => {
      if (chain.length === 0 || chain[0].isConnected) return;
      const active = document.activeElement;
      if (active && active !== document.body) return;
      const keep = chain.slice(1).find((el) => el.isConnected && el.closest('#main'));
      chain = [];
      if (!keep || !(keep instanceof HTMLElement)) return;
      const target = keep.closest<HTMLElement>('section, form, [role="region"], li, tr') ?? keep;
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: true });
    };
    const observer = new MutationObserver(restore);
    document.addEventListener('focusin', onFocusIn);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      observer.disconnect();
    };
  }, []);
  return null;
}
