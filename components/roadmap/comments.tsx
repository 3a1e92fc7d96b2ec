'use client';

// Comments where the text is: each objective, recommendation, action and header section has
// a comment control (its open threads' count on it) that opens its threads under it; a
// selected span of a text can be commented on ("Commenter la sélection"); a panel lists the
// threads in the page's order with links that open and focus them. The page hands down the
// threads (lib/roadmap/comment-threads.ts) and the bound server actions.
import { createContext, useCallback, useContext, useEffect, useEffectEvent, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import type { Result } from '@/lib/result';
import { segments, type Mark } from '@/lib/roadmap/anchor';
import { filterThreads, openCounts, targetKey, type CommentTargetRef, type Thread, type ThreadFilter } from '@/lib/roadmap/comment-threads';
import { ActionForm, TextArea, type FormState } from '@/components/forms/action-form';
import { Badge } from '@/components/ui/badge';
import { RunButton } from './run-button';

type FormAction = (state: FormState, fd: FormData) => Promise<FormState>;
type Span = { key: string; target: CommentTargetRef; field: string; quote: string; start: number };

type Ctx = {
  threads: Thread[];
  counts: Record<string, number>;
  me: string;
  comment: FormAction | null;
  resolve: ((commentId: string) => Promise<Result<unknown>>) | null;
  openKeys: Set<string>;
  setOpen: (key: string, open: boolean, focus?: string | 'form') => void;
  /** Where the focus goes once a target's threads opened (its heading, a thread, the form), taken once. */
  takeFocus: (key: string) => { to?: string } | null;
  registerButton: (key: string, el: HTMLButtonElement | null) => void;
  selection: Span | null;
  setSelection: (s: Span | null) => void;
  draft: Span | null;
  setDraft: (s: Span | null) => void;
};
const CommentsContext = createContext<Ctx | null>(null);
const useComments = () => useContext(CommentsContext);

export const panelId = (key: string) => `comments-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
export const threadAnchor = (id: string) => `thread-${id}`;

/** How a target is named in a sentence (« l’action 1.2.1 ») and as a heading (« Action 1.2.1 »). */
export function useTargetName() {
  const t = useTranslations('roadmap.threads');
  return useCallback((x: { targetType: string; field: string | null; code: string | null }, heading = false) => {
    const kind = x.targetType === 'ROADMAP' ? (x.field ?? 'other') : x.code === null ? 'gone' : x.targetType;
    return t(heading ? 'heading' : 'target', { kind, code: x.code ?? '' });
  }, [t]);
}

/** Holds which threads are open and the selected span; opens the thread a link's #thread-<id> names. */
export function CommentsProvider({ threads, me, comment, resolve, children }: {
  threads: Thread[]; me: string; comment: FormAction | null; resolve: ((commentId: string) => Promise<Result<unknown>>) | null; children: ReactNode;
}) {
  const [openKeys, setOpenKeys] = useState<Set<string>>(new Set());
  const [selection, setSelection] = useState<Span | null>(null);
  const [draft, setDraft] = useState<Span | null>(null);
  const focusRequest = useRef<{ key: string; to?: string } | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const setOpen = useCallback((key: string, open: boolean, focus?: string) => {
    if (open) focusRequest.current = { key, to: focus };
    setOpenKeys((s) => {
      const next = new Set(s);
      if (open) next.add(key);
      else next.delete(key);
      return next;
    });
    if (!open) buttons.current.get(key)?.focus();
  }, []);

  // A link to #thread-<id> (the panel, the coordinator's summary, another page) opens its
  // thread: on arrival and when the address's hash changes, not each time the threads refresh.
  const follow = useEffectEvent(() => {
    const id = decodeURIComponent(location.hash.slice(1)).replace(/^thread-/, '');
    const thread = threads.find((x) => x.id === id);
    if (thread) setOpen(thread.key, true, threadAnchor(thread.id));
  });
  useEffect(() => {
    const arrival = requestAnimationFrame(() => follow());
    addEventListener('hashchange', follow);
    return () => {
      cancelAnimationFrame(arrival);
      removeEventListener('hashchange', follow);
    };
  }, []);

  // A span selected in a text that may be commented on (marked data-quote-key): read as the
  // selection changes and once the pointer or key that made it is released. A selection that
  // runs past the text's end is cut there.
  useEffect(() => {
    if (!comment) return;
    const read = () => {
      const sel = getSelection();
      if (!sel || sel.isCollapsed || sel.rangeCount === 0) return;
      const range = sel.getRangeAt(0).cloneRange();
      const start = range.startContainer;
      const box = (start instanceof Element ? start : start.parentElement)?.closest<HTMLElement>('[data-quote-key]');
      if (!box) return;
      if (!box.contains(range.endContainer)) range.setEnd(box, box.childNodes.length);
      const before = document.createRange();
      before.setStart(box, 0);
      before.setEnd(range.startContainer, range.startOffset);
      const raw = range.toString();
      const quote = raw.trim();
      if (!quote) return;
      const offset = before.toString().length + (raw.length - raw.trimStart().length);
      const target = JSON.parse(box.dataset.quoteTarget!) as CommentTargetRef;
      setSelection({ key: box.dataset.quoteKey!, target, field: box.dataset.quoteField!, quote, start: offset });
    };
    // Not while the pointer is still down: the button appearing mid-drag would disturb it.
    let dragging = false;
    const down = () => {
      dragging = true;
    };
    const up = () => {
      dragging = false;
      read();
    };
    const change = () => {
      if (!dragging) read();
    };
    document.addEventListener('selectionchange', change);
    document.addEventListener('pointerdown', down);
    document.addEventListener('pointerup', up);
    // A long press on a touch screen ends in a cancel, then the selection's handles move it.
    document.addEventListener('pointercancel', up);
    document.addEventListener('keyup', read);
    return () => {
      document.removeEventListener('selectionchange', change);
      document.removeEventListener('pointerdown', down);
      document.removeEventListener('pointerup', up);
      document.removeEventListener('pointercancel', up);
      document.removeEventListener('keyup', read);
    };
  }, [comment]);

  // Once the comment is posted its thread comes back from the server: the draft is done.
  const count = threads.length;
  const [seen, setSeen] = useState(count);
  if (seen !== count) {
    setSeen(count);
    setDraft(null);
  }

  const takeFocus = useCallback((key: string) => {
    const request = focusRequest.current;
    if (!request || request.key !== key) return null;
    focusRequest.current = null;
    return request;
  }, []);
  const registerButton = useCallback((key: string, el: HTMLButtonElement | null) => {
    if (el) buttons.current.set(key, el);
  }, []);
  const value = useMemo<Ctx>(() => ({
    threads, counts: openCounts(threads), me, comment, resolve, openKeys, setOpen, takeFocus, registerButton, selection, setSelection, draft, setDraft,
  }), [threads, me, comment, resolve, openKeys, setOpen, takeFocus, registerButton, selection, draft]);
  return <CommentsContext.Provider value={value}>{children}</CommentsContext.Provider>;
}

/** Whether a target's threads are open (a table row shows its panel's row then). */
export function useThreadsOpen(target: CommentTargetRef) {
  return !!useComments()?.openKeys.has(targetKey(target));
}

/** The control beside an item: « Commenter l’action 1.2.1 », with its open threads' count. */
export function CommentButton({ target, className = '' }: { target: CommentTargetRef; className?: string }) {
  const c = useComments();
  const t = useTranslations('roadmap.threads');
  const name = useTargetName();
  if (!c) return null;
  const key = targetKey(target);
  const open = c.openKeys.has(key);
  const count = c.counts[key] ?? 0;
  const all = c.threads.filter((x) => x.key === key).length;
  // Nothing to show and nothing to write: no control.
  if (!c.comment && all === 0) return null;
  return (
    <button
      type="button"
      ref={(el) => c.registerButton(key, el)}
      aria-expanded={open}
      aria-controls={panelId(key)}
      onClick={() => c.setOpen(key, !open)}
      data-comment-button={key}
      className={`inline-flex items-center gap-1 rounded border px-2 py-1 text-xs font-medium ${count ? 'border-amber-400 bg-amber-50 text-amber-950' : 'border-slate-300 bg-white text-un-blue'} hover:bg-slate-50 ${className}`}
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 fill-current"><path d="M3 4a2 2 0 0 1 2-2h10a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H9l-4 4v-4H5a2 2 0 0 1-2-2z" /></svg>
      {/* Named by its content (what is seen, then what is said): « Commenter l’action 1.2.1, 2 fils ouverts ». */}
      {c.comment ? t('button') : t('view')}
      <span className="sr-only"> {t(c.comment ? 'buttonRest' : 'viewRest', { target: name(target) })}</span>
      {count > 0 && <span className="rounded-full bg-amber-600 px-1.5 text-white" aria-hidden="true">{count}</span>}
      {all > 0 && <span className="sr-only">, {t('openCount', { count })}</span>}
    </button>
  );
}

/** The threads of one target and the form for a new one, under the item; Escape or « Fermer » closes it and gives the focus back. */
export function CommentPanel({ target }: { target: CommentTargetRef }) {
  const c = useComments();
  const t = useTranslations('roadmap');
  const name = useTargetName();
  const heading = useRef<HTMLHeadingElement>(null);
  const region = useRef<HTMLDivElement>(null);
  const key = targetKey(target);
  const open = !!c?.openKeys.has(key);
  useEffect(() => {
    const request = open ? c?.takeFocus(key) : null;
    if (!request) return;
    const el = request.to === 'form' ? region.current?.querySelector<HTMLTextAreaElement>('textarea[name="body"]') : request.to ? document.getElementById(request.to) : heading.current;
    (el ?? heading.current)?.focus();
    (el ?? heading.current)?.scrollIntoView({ block: 'nearest' });
  });
  if (!c || !open) return <div id={panelId(key)} hidden />;
  const threads = c.threads.filter((x) => x.key === key);
  const draft = c.draft?.key === key ? c.draft : null;
  return (
    <div
      id={panelId(key)}
      ref={region}
      role="region"
      aria-labelledby={`${panelId(key)}-title`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          c.setOpen(key, false);
        }
      }}
      className="mt-2 space-y-3 rounded border border-amber-300 bg-amber-50/60 p-3 text-sm"
    >
      <div className="flex items-start justify-between gap-2">
        <h3 id={`${panelId(key)}-title`} ref={heading} tabIndex={-1} className="font-semibold">{t('threads.panelTitle', { target: name(target) })}</h3>
        <button type="button" onClick={() => c.setOpen(key, false)} className="rounded border border-slate-300 bg-white px-2 py-1 text-xs">{t('threads.close')}</button>
      </div>
      {threads.length === 0 && <p className="text-slate-700">{t('threads.none')}</p>}
      <ol className="space-y-3">
        {threads.map((x) => <ThreadView key={x.id} thread={x} />)}
      </ol>
      {c.comment && (
        <div className="rounded border border-slate-200 bg-white p-3">
          <ActionForm action={c.comment} submitLabel={t('comment')} className="space-y-2" key={draft ? `${draft.field}:${draft.start}` : 'item'}>
            <input type="hidden" name="targetType" value={target.targetType} />
            <input type="hidden" name="targetId" value={target.targetId ?? ''} />
            <input type="hidden" name="field" value={draft?.field ?? target.field ?? ''} />
            {draft && (
              <>
                <input type="hidden" name="quote" value={draft.quote} />
                <input type="hidden" name="quoteStart" value={draft.start} />
                <blockquote className="border-l-4 border-amber-400 bg-amber-50 px-2 py-1 italic" data-testid="draft-quote">
                  <span className="sr-only">{t('threads.quoted')} </span>{t('threads.quote', { quote: draft.quote })}
                </blockquote>
                <button type="button" onClick={() => c.setDraft(null)} className="text-xs text-un-blue underline">{t('threads.wholeItem', { target: name(target) })}</button>
              </>
            )}
            <TextArea name="body" label={draft ? t('threads.newOnSelection') : t('threads.new', { target: name(target) })} hint={t('commentHint')} rows={3} />
          </ActionForm>
        </div>
      )}
    </div>
  );
}

/** One thread: the quoted span (or that it is outdated), the comment, its replies, reply and resolve. */
function ThreadView({ thread: x }: { thread: Thread }) {
  const c = useComments()!;
  const t = useTranslations('roadmap');
  const format = useFormatter();
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'long' });
  return (
    <li id={threadAnchor(x.id)} tabIndex={-1} className={`rounded border bg-white p-3 ${x.resolved ? 'border-slate-200 opacity-80' : 'border-amber-200'}`} data-thread={x.id}>
      <Quoted thread={x} />
      <p className="text-xs text-slate-600">
        <span className="font-medium text-slate-800">{x.author ?? '—'}</span> · {date(x.createdAt)}
        {x.resolved && <> · <Badge tone="success">{t('resolved')}</Badge></>}
      </p>
      <p className="mt-1 whitespace-pre-line">{x.body}</p>
      {x.replies.length > 0 && (
        <ul className="mt-2 space-y-2 border-l-2 border-slate-200 pl-3" aria-label={t('threads.replies', { count: x.replies.length })}>
          {x.replies.map((r) => (
            <li key={r.id}><span className="font-medium">{r.author ?? '—'}</span> · <span className="text-xs text-slate-600">{date(r.createdAt)}</span><p className="whitespace-pre-line">{r.body}</p></li>
          ))}
        </ul>
      )}
      {c.comment && (
        <div className="mt-2 flex flex-wrap items-start gap-3">
          <details className="min-w-0 flex-1">
            <summary className="cursor-pointer text-un-blue">{t('reply')}</summary>
            <ActionForm action={c.comment} submitLabel={t('reply')} className="mt-2 space-y-2">
              <input type="hidden" name="parentId" value={x.id} />
              <input type="hidden" name="targetType" value={x.targetType} />
              <input type="hidden" name="targetId" value={x.targetId ?? ''} />
              <TextArea name="body" label={t('threads.replyLabel')} rows={2} />
            </ActionForm>
          </details>
          {!x.resolved && c.resolve && <RunButton run={() => c.resolve!(x.id)} label={t('resolve')} variant="secondary" />}
        </div>
      )}
    </li>
  );
}

/** The span a thread quotes, and whether it still reads so. */
export function Quoted({ thread: x }: { thread: Pick<Thread, 'quote' | 'anchor'> }) {
  const t = useTranslations('roadmap.threads');
  if (!x.quote) return null;
  const outdated = x.anchor?.state === 'outdated';
  return (
    <p className="mb-1 text-sm">
      <span className="sr-only">{t('quoted')} </span>
      <span className={`italic ${outdated ? 'text-slate-600 line-through decoration-slate-400' : 'bg-amber-100'}`}>{t('quote', { quote: x.quote })}</span>
      {outdated && <Badge tone="warning" className="ml-2" data-testid="quote-outdated">{t('outdated')}</Badge>}
    </p>
  );
}

/**
 * A text whose spans can be commented on: the anchored quotes of open threads marked, and a
 * « Commenter la sélection » button under it once a span of it is selected.
 */
export function QuotableText({ target, field, text, limit, className = '' }: { target: CommentTargetRef; field: string; text: string; limit?: number; className?: string }) {
  const c = useComments();
  const t = useTranslations('roadmap.threads');
  const id = useId();
  const key = targetKey(target);
  const shown = limit && text.length > limit ? text.slice(0, limit) : text;
  const marks: Mark[] = (c?.threads ?? [])
    .filter((x) => x.key === key && x.field === field && !x.resolved && x.anchor?.state === 'anchored')
    .flatMap((x) => (x.anchor?.state === 'anchored' && x.anchor.start < shown.length ? [{ id: x.id, start: x.anchor.start, end: Math.min(shown.length, x.anchor.end) }] : []));
  const selected = c?.selection && c.selection.key === key && c.selection.field === field ? c.selection : null;
  return (
    <>
      <span
        className={`whitespace-pre-line ${className}`}
        data-quote-key={c?.comment ? key : undefined}
        data-quote-field={field}
        data-quote-target={JSON.stringify(target)}
        id={id}
      >
        {segments(shown, marks).map((s, i) => (s.ids.length ? <mark key={i} className="bg-amber-100 text-inherit" data-quoted-by={s.ids.join(' ')}>{s.text}</mark> : s.text))}
      </span>
      {limit && text.length > limit && '…'}
      {selected && c && (
        <span className="mt-1 flex flex-wrap items-center gap-2">
          <button
            type="button"
            className="rounded bg-un-blue px-2 py-1 text-xs font-medium text-white"
            onClick={() => {
              c.setDraft(selected);
              c.setSelection(null);
              c.setOpen(key, true, 'form');
            }}
          >
            {t('commentSelection')}<span className="sr-only"> {t('quote', { quote: selected.quote.slice(0, 80) })}</span>
          </button>
          <button type="button" className="text-xs text-un-blue underline" onClick={() => c.setSelection(null)}>{t('cancel')}</button>
        </span>
      )}
    </>
  );
}

/** Every thread, in the page's order, filtered open / resolved / all and « mine », each with a link that opens it. */
export function ThreadsOverview({ target }: { target: CommentTargetRef }) {
  const c = useComments();
  const t = useTranslations('roadmap');
  const name = useTargetName();
  const [filter, setFilter] = useState<ThreadFilter>({ status: 'open', mine: null });
  const legend = useId();
  if (!c) return null;
  const shown = filterThreads(c.threads, filter);
  const open = c.threads.filter((x) => !x.resolved).length;
  return (
    <section aria-labelledby="threads-title" className="space-y-3 rounded border border-slate-200 bg-white p-4 shadow-sm" data-testid="threads-overview">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="threads-title" className="text-xl font-semibold">{t('threads.overviewTitle', { count: open })}</h2>
        <CommentButton target={target} />
      </div>
      <CommentPanel target={target} />
      {c.threads.length > 0 && (
        <div role="group" aria-labelledby={legend} className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
          <span id={legend} className="font-medium">{t('threads.show')}</span>
          {(['open', 'resolved', 'all'] as const).map((s) => (
            <label key={s} className="inline-flex items-center gap-1">
              <input type="radio" name="thread-status" checked={filter.status === s} onChange={() => setFilter({ ...filter, status: s })} />
              {t(`threads.filter.${s}`)}
            </label>
          ))}
          <label className="inline-flex items-center gap-1">
            <input type="checkbox" checked={!!filter.mine} onChange={(e) => setFilter({ ...filter, mine: e.target.checked ? c.me : null })} />
            {t('threads.filter.mine')}
          </label>
        </div>
      )}
      <p className="sr-only" aria-live="polite">{t('threads.shown', { count: shown.length })}</p>
      {c.threads.length === 0 ? <p className="text-slate-600">{t('noComments')}</p> : shown.length === 0 ? <p className="text-slate-600">{t('threads.noneShown')}</p> : (
        <ol className="divide-y divide-slate-100">
          {shown.map((x) => (
            <li key={x.id} className="py-2 text-sm">
              <a
                href={`#${threadAnchor(x.id)}`}
                onClick={(e) => {
                  e.preventDefault();
                  history.replaceState(null, '', `#${threadAnchor(x.id)}`);
                  c.setOpen(x.key, true, threadAnchor(x.id));
                }}
                className="font-medium text-un-blue underline"
              >
                {name(x, true)}
              </a>
              {x.resolved && <Badge tone="success" className="ml-2">{t('resolved')}</Badge>}
              <Quoted thread={x} />
              <p className="line-clamp-2 text-slate-800"><span className="text-slate-600">{t('threads.said', { author: x.author ?? '—' })} </span>{x.body}</p>
              {x.replies.length > 0 && <p className="text-xs text-slate-600">{t('threads.replies', { count: x.replies.length })}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
