'use client';

import { useEffect, useRef } from 'react';

/**
 * After an action answers, the button that ran it may be gone or re-rendered (a stage change
 * shows other buttons, a redirect replaces the form): focus would fall to the page's body and
 * the next Tab start again in the header. Move it to the region that shows the outcome
 * instead (give it tabIndex={-1}); screen readers read it there.
 */
export function useFocusResult<T>(result: T | null | undefined, shown: boolean) {
  const ref = useRef<HTMLDivElement & HTMLSpanElement>(null);
  useEffect(() => {
    if (result && shown) ref.current?.focus();
  }, [result, shown]);
  return ref;
}
