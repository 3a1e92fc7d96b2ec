'use client';

import { Fragment, useEffect, useRef, useState, useTransition } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import type { ActionView } from '@/lib/roadmap/get-roadmap-view';
import type { Result } from '@/lib/result';
import { Notice } from '@/components/ui/notice';
import { parentCode, renumberActions } from '@/lib/roadmap/numbering';
import { itemTarget, type CommentTargetRef } from '@/lib/roadmap/comment-threads';
import { CommentButton, CommentPanel, QuotableText, useThreadsOpen } from './comments';

/** The row under an action that holds its threads once opened. */
function ThreadsRow({ target, columns }: { target: CommentTargetRef; columns: number }) {
  const open = useThreadsOpen(target);
  return (
    <tr className={open ? 'bg-amber-50/40' : 'h-0'}>
      <td colSpan={columns} className={open ? 'px-2 pb-3' : 'p-0'}>
        {/* The matrix scrolls sideways on a phone; the thread stays within the screen. */}
        <div className="sticky left-2 max-w-[calc(100vw-3rem)]">
          <CommentPanel target={target} />
        </div>
      </td>
    </tr>
  );
}

type Props = {
  slug: string;
  actions: ActionView[];
  editable: boolean;
  reorder: (ids: string[]) => Promise<Result<{ count: number }>>;
  remove: (id: string) => Promise<Result<{ id: string }>>;
};

/**
 * The action matrix, in the PDF's order and with its codes ("1.2.1"). Reordering works by
 * dragging a row or with the Move up / Move down buttons (keyboard), among the actions of
 * the same recommendation (the code's parent), and the new position is announced to screen
 * readers.
 */
export function ActionMatrix({ slug, actions, editable, reorder, remove }: Props) {
  const t = useTranslations('roadmap');
  const te = useTranslations();
  const format = useFormatter();
  const [rows, setRows] = useState(actions);
  const [dragged, setDragged] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  // New rows from the server (after a save elsewhere) replace the local order.
  const [source, setSource] = useState(actions);
  if (source !== actions) {
    setSource(actions);
    setRows(actions);
  }

  // After a move the row re-renders elsewhere: keep the focus on the button that moved it
  // (or its twin once the row reaches an end), so the next Tab goes on from the row. Once
  // only: the server's rows arriving later must not pull the focus back from wherever the
  // user has gone since (a save button, whose Enter would then move the row again).
  const table = useRef<HTMLTableElement>(null);
  const focusAfterMove = useRef<{ id: string; by: number } | null>(null);
  useEffect(() => {
    const moved = focusAfterMove.current;
    if (!moved || !table.current) return;
    focusAfterMove.current = null;
    const button = (by: number) => table.current!.querySelector<HTMLButtonElement>(`button[data-move="${by}"][data-row="${moved.id}"]`);
    const target = button(moved.by);
    (target && !target.disabled ? target : button(-moved.by))?.focus();
  }, [rows]);

  const sameParent = (a: ActionView | undefined, b: ActionView | undefined) => !!a && !!b && parentCode(a.code) === parentCode(b.code);
  const commit = (moved: ActionView[], movedId: string) => {
    const previous = rows;
    const next = renumberActions(moved);
    setRows(next);
    setAnnounce(t('action.moved', { code: next.find((a) => a.id === movedId)!.code }));
    start(async () => {
      const r = await reorder(next.map((a) => a.id));
      if (!r.ok) {
        setRows(previous);
        setError(te(r.error));
      } else setError(null);
    });
  };
  const move = (id: string, by: number) => {
    const i = rows.findIndex((a) => a.id === id);
    const j = i + by;
    if (!sameParent(rows[i], rows[j])) return;
    const next = [...rows];
    [next[i], next[j]] = [next[j], next[i]];
    focusAfterMove.current = { id, by };
    commit(next, id);
  };
  const dropOn = (targetId: string) => {
    if (!dragged || dragged === targetId || !sameParent(rows.find((a) => a.id === dragged), rows.find((a) => a.id === targetId))) return;
    const next = rows.filter((a) => a.id !== dragged);
    next.splice(next.findIndex((a) => a.id === targetId), 0, rows.find((a) => a.id === dragged)!);
    commit(next, dragged);
    setDragged(null);
  };

  const cost = (a: ActionView) => (a.costAmount === null ? '—' : `${format.number(a.costAmount, { maximumFractionDigits: a.currency === 'XOF' ? 0 : 2 })} ${a.currency ?? ''}`);
  return (
    <div>
      {editable && <p className="mb-2 text-sm text-slate-600">{t('action.reorderHint')}</p>}
      <p aria-live="polite" className="sr-only">{announce}</p>
      {error && <Notice tone="error" className="mb-2">{error}</Notice>}
      <div className="overflow-x-auto rounded border border-slate-200 bg-white">
        <table ref={table} className="w-full text-left text-sm" aria-busy={pending}>
          <thead className="bg-slate-100 text-slate-700">
            <tr>
              <th scope="col" className="px-2 py-2">{t('columns.no')}</th>
              <th scope="col" className="px-2 py-2">{t('columns.title')}</th>
              <th scope="col" className="px-2 py-2">{t('columns.lead')}</th>
              <th scope="col" className="px-2 py-2">{t('columns.period')}</th>
              <th scope="col" className="px-2 py-2">{t('columns.priority')}</th>
              <th scope="col" className="px-2 py-2">{t('columns.cost')}</th>
              <th scope="col" className="px-2 py-2">{t('columns.refs')}</th>
              {editable && <th scope="col" className="px-2 py-2">{t('columns.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((a, i) => (
              <Fragment key={a.id}>
              <tr
                id={`action-${a.id}`}
                draggable={editable}
                onDragStart={() => setDragged(a.id)}
                onDragOver={(e) => editable && e.preventDefault()}
                onDrop={() => dropOn(a.id)}
                className={`border-t border-slate-100 align-top ${dragged === a.id ? 'opacity-50' : ''} ${editable ? 'cursor-move' : ''}`}
              >
                <td className="whitespace-nowrap px-2 py-2 font-medium text-slate-600">{a.code}</td>
                <th scope="row" className="px-2 py-2 font-medium">
                  <QuotableText target={itemTarget('ACTION', a)} field="title" text={a.title} />
                  {a.description && <span className="mt-1 block text-xs font-normal text-slate-600"><QuotableText target={itemTarget('ACTION', a)} field="description" text={a.description} limit={160} /></span>}
                  <CommentButton target={itemTarget('ACTION', a)} className="mt-1" />
                </th>
                <td className="px-2 py-2">{a.lead ?? <span className="text-red-700">{te('roadmap.leadRequired')}</span>}</td>
                <td className="whitespace-nowrap px-2 py-2">{a.startPeriod || a.endPeriod ? `${a.startPeriod ?? '…'} → ${a.endPeriod ?? '…'}` : '—'}</td>
                <td className="px-2 py-2">{t(`priority.${a.priority}`)}</td>
                <td className="whitespace-nowrap px-2 py-2">{cost(a)}</td>
                <td className="px-2 py-2 text-xs">{[...a.questionCodes, ...a.paragraphRefs].join(', ') || '—'}</td>
                {editable && (
                  <td className="px-2 py-2">
                    <div className="flex flex-wrap gap-1">
                      <Link href={`/roadmaps/${slug}/actions/${a.id}`} className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-50">
                        {t('editAction')}<span className="sr-only"> — {a.title}</span>
                      </Link>
                      {/* Not disabled while the order is saved: a disabled button would drop the focus. */}
                      <button type="button" data-row={a.id} data-move={-1} disabled={!sameParent(rows[i - 1], a)} aria-disabled={pending || undefined} onClick={() => !pending && move(a.id, -1)} className="rounded border border-slate-300 px-2 py-1 disabled:opacity-40" aria-label={`${t('action.moveUp')} — ${a.title}`}>↑</button>
                      <button type="button" data-row={a.id} data-move={1} disabled={!sameParent(rows[i + 1], a)} aria-disabled={pending || undefined} onClick={() => !pending && move(a.id, 1)} className="rounded border border-slate-300 px-2 py-1 disabled:opacity-40" aria-label={`${t('action.moveDown')} — ${a.title}`}>↓</button>
                      <button
                        type="button"
                        disabled={pending}
                        onClick={() => {
                          if (!window.confirm(t('action.confirmDelete'))) return;
                          start(async () => {
                            const r = await remove(a.id);
                            if (!r.ok) setError(te(r.error));
                          });
                        }}
                        className="rounded border border-red-300 px-2 py-1 text-red-800"
                      >
                        {t('action.delete')}<span className="sr-only"> — {a.title}</span>
                      </button>
                    </div>
                  </td>
                )}
              </tr>
              <ThreadsRow target={itemTarget('ACTION', a)} columns={editable ? 8 : 7} />
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
