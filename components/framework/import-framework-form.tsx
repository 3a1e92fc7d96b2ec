'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import type { ImportStatus } from '@/lib/framework/import-framework';
import type { Problem } from '@/lib/framework/problems';
import { Link } from '@/lib/i18n/navigation';
import { FileButton } from '@/components/ui/file-button';
import { Notice } from '@/components/ui/notice';
import { Cell, RowHeader, Table } from '@/components/ui/table';
import type { MessageKey } from '@/lib/result';

export type ImportFormState =
  | { ok: true; summary: { slug: string; version: string; status: ImportStatus; questions: number } }
  | { ok: false; error: MessageKey; problems: Problem[] }
  | null;

type Props = { action: (state: ImportFormState, fd: FormData) => Promise<ImportFormState> };

/**
 * The upload of a framework document. A server action: it works without JavaScript; the
 * problems come back as codes and are shown in the reader's language.
 */
export function ImportFrameworkForm({ action }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const t = useTranslations('framework');
  const tr = useTranslations();
  return (
    <div className="space-y-6">
      <form action={formAction} className="max-w-xl space-y-4 rounded border border-slate-200 bg-white p-4 shadow-sm">
        <FileButton
          label={t('importPage.file')}
          name="file"
          required
          accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml"
        />
        <button
          type="submit"
          disabled={pending}
          aria-disabled={pending}
          className="rounded bg-un-blue px-4 py-2 font-medium text-white hover:bg-un-blue-dark disabled:opacity-60"
        >
          {pending ? tr('form.saving') : t('importPage.submit')}
        </button>
      </form>

      <div aria-live="polite">
        {state?.ok && (
          <Notice large tone="success" className="max-w-3xl">
            <p>{t(`importPage.${state.summary.status}`, state.summary)}</p>
            <Link
              href={`/framework/${encodeURIComponent(state.summary.slug)}/${encodeURIComponent(state.summary.version)}`}
              className="mt-1 inline-block font-medium underline"
            >
              {t('importPage.view')}
            </Link>
          </Notice>
        )}
        {state && !state.ok && (
          <div className="space-y-3">
            <Notice large tone="error" className="max-w-3xl">{tr(state.error)}</Notice>
            {state.problems.length > 0 && (
              <Table captionVisible caption={t('importPage.problemsTitle', { count: state.problems.length })} columns={[t('importPage.location'), t('importPage.problem')]}>
                    {state.problems.map((p, i) => (
                      <tr key={i}>
                        <RowHeader className="font-mono text-xs break-all">{p.path || t('importPage.root')}</RowHeader>
                        <Cell>{t(`problem.${p.code}`, p.params)}</Cell>
                      </tr>
                    ))}
              </Table>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
