'use client';

import { useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import type { FormState } from '@/components/forms/action-form';
import { Notice } from '@/components/ui/notice';

/** "Carried from the previous cycle", with the button that confirms the answer as it stands. */
export function CarriedNotice({ confirm }: { confirm?: () => Promise<FormState> }) {
  const t = useTranslations('programme.carried');
  const tAll = useTranslations();
  const [state, setState] = useState<FormState>(null);
  const [pending, start] = useTransition();
  return (
    <div className="mt-2" data-carried>
      <Notice tone="warning" role="note">
        <p className="font-medium">{t('badge')}</p>
        <p>{t('help')}</p>
        {confirm && (
          <button
            type="button" aria-disabled={pending}
            onClick={() => !pending && start(async () => setState(await confirm()))}
            className="mt-2 rounded border border-amber-700 bg-white px-3 py-1 text-sm font-medium text-amber-950 hover:bg-amber-100 aria-disabled:opacity-60"
          >
            {t('confirm')}
          </button>
        )}
      </Notice>
      <div role="status" aria-live="polite">
        {state && !state.ok && state.error && <Notice tone="error" role="none" className="mt-1">{tAll(state.error)}</Notice>}
      </div>
    </div>
  );
}
