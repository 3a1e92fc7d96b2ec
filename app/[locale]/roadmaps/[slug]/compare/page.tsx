import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { can } from '@/lib/auth/can';
import { loadPage } from '@/lib/page/load-page';
import { Link } from '@/lib/i18n/navigation';
import { Cell, RowHeader, Table } from '@/components/ui/table';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { compareVersions, type ComparisonComment } from '@/lib/roadmap/compare-versions';
import { sides, type DocumentItem } from '@/lib/roadmap/compare-document';
import type { FieldChange } from '@/lib/roadmap/diff-versions';
import type { CatalogMessages } from '@/i18n';

/** The fields a comparison names (lib/roadmap/compare-versions.ts), each with its label. */
type DiffField = keyof CatalogMessages['diffField'];

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ from?: string; to?: string }> };

const STATE_TONE = { added: 'success', removed: 'danger', moved: 'accent', edited: 'warning', unchanged: 'neutral' } as const satisfies Record<string, BadgeTone>;

/** Before and after, each in its own column, for every field: removed words marked in the first, added in the second. */
function FieldRows({ changes, label }: { changes: FieldChange[]; label: (f: string) => string }) {
  return changes.map((c) => {
    const s = sides(c);
    return (
      <tr key={c.field}>
        <RowHeader className="w-32 font-medium">{label(c.field)}</RowHeader>
        <Cell className="whitespace-pre-line">{s.before.map((w, i) => (w.changed ? <del key={i} className="bg-red-100 text-red-900">{w.text}</del> : <span key={i}>{w.text}</span>))}</Cell>
        <Cell className="whitespace-pre-line">{s.after.map((w, i) => (w.changed ? <ins key={i} className="bg-green-100 text-green-900 no-underline">{w.text}</ins> : <span key={i}>{w.text}</span>))}</Cell>
      </tr>
    );
  });
}

export default async function ComparePage({ params, searchParams }: Props) {
  const { params: { slug }, locale, user, db, t } = await loadPage(params, { path: (p) => `/roadmaps/${p.slug}/compare`, namespace: 'roadmap' });
  const { from, to } = await searchParams;
  const result = await compareVersions(db, slug, Number(from), Number(to));
  if (!result || !can(user, 'roadmap.view', { countryId: result.countryId })) notFound();
  const tf = await getTranslations('diffField');
  const format = await getFormatter();
  const { document: doc, comments } = result;
  const changes = doc.items.filter((i) => i.state !== 'unchanged');
  const phrases = (['action', 'recommendation', 'objective'] as const).flatMap((kind) =>
    (['edited', 'added', 'moved', 'removed'] as const).filter((s) => doc.summary[kind][s] > 0).map((s) => t(`comparison.summary.${kind}.${s}`, { count: doc.summary[kind][s] })),
  );
  if (doc.header.length) phrases.unshift(t('comparison.summary.header', { count: doc.header.length }));
  const threadsOf = (type: string, id: string | null) => comments.filter((c) => c.targetType === type && c.targetId === id);
  const threadsAside = (threads: ComparisonComment[]) =>
    threads.length > 0 && (
      <aside aria-label={t('comparison.earlierComments')} className="space-y-2" data-testid="earlier-comments">
        {threads.map((c) => (
          <div key={c.id} className="rounded border border-amber-200 bg-amber-50 p-2 text-sm">
            {c.targetType === 'ROADMAP' && c.field && <p className="text-xs font-medium text-slate-700">{t('threads.heading', { kind: c.field, code: '' })}</p>}
            {c.quote && (
              <p data-testid="earlier-quote">
                <span className="sr-only">{t('threads.quoted')} </span>
                <span className={c.anchor?.state === 'outdated' ? 'italic text-slate-600 line-through' : 'bg-amber-100 italic'}>{t('threads.quote', { quote: c.quote })}</span>
                {c.anchor?.state === 'outdated' && <Badge tone="warning" className="ml-2" data-testid="quote-outdated">{t('threads.outdated')}</Badge>}
              </p>
            )}
            <p className="text-xs text-slate-600"><span className="font-medium">{c.author ?? '—'}</span> · {format.dateTime(new Date(c.createdAt), { dateStyle: 'medium' })}{c.resolved ? ` · ${t('resolved')}` : ''}</p>
            <p className="whitespace-pre-line">{c.body}</p>
            {c.replies.map((x) => <p key={x.id} className="mt-1 border-l-2 border-amber-300 pl-2 text-xs"><span className="font-medium">{t('threads.said', { author: x.author ?? '—' })}</span> {x.body}</p>)}
          </div>
        ))}
      </aside>
    );
  const kindLabel = (i: DocumentItem) => t(`comparison.kind.${i.kind}`);
  const code = (i: DocumentItem) => (i.before && i.after && i.before !== i.after ? `${i.before} → ${i.after}` : (i.after ?? i.before));

  return (
    <div className="space-y-8">
      <p><Link href={`/roadmaps/${slug}`} className="text-un-blue underline">← {result.title}</Link></p>
      <h1 className="text-2xl font-semibold text-un-blue-dark">{t('compareHeading', { from: result.from, to: result.to })}</h1>
      <form method="get" className="flex flex-wrap items-end gap-3">
        {(['from', 'to'] as const).map((k) => (
          <label key={k} className="flex flex-col gap-1 text-sm font-medium">
            {t(k)}
            <select name={k} defaultValue={result[k]} className="rounded border border-slate-300 bg-white px-3 py-2">
              {result.numbers.map((n) => <option key={n} value={n}>{t('version', { number: n })}</option>)}
            </select>
          </label>
        ))}
        <button type="submit" className="rounded border border-slate-300 bg-white px-4 py-2">{t('compare')}</button>
      </form>

      <section aria-labelledby="summary" className="rounded border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="summary" className="text-lg font-semibold">{t('comparison.summaryTitle')}</h2>
        <p className="mt-1" data-testid="comparison-summary">
          {phrases.length ? `${new Intl.ListFormat(locale, { type: 'conjunction' }).format(phrases)}.` : t('noDifference')}
          {comments.length > 0 && ` ${t('comparison.commentsCount', { count: comments.length, number: result.from })}`}
        </p>
      </section>

      <section aria-labelledby="doc-header" className="grid gap-4 lg:grid-cols-[2fr_1fr]">
        <div className="rounded border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id="doc-header" className="text-lg font-semibold">{t('header')}</h2>
          {doc.header.length === 0 ? <p className="text-sm text-slate-600">{t('comparison.unchanged')}</p> : (
            <div data-testid="change-header">
              <Table className="mt-2" framed={false} scroll={false} caption={t('header')} columns={[t('field'), t('before'), t('after')]}>
                <FieldRows changes={doc.header} label={(f) => tf(f as DiffField)} />
              </Table>
            </div>
          )}
        </div>
        {threadsAside(threadsOf('ROADMAP', null))}
      </section>

      <section aria-labelledby="doc-body" className="space-y-3">
        <h2 id="doc-body" className="text-xl font-semibold">{t('comparison.document')}</h2>
        <ol className="space-y-2">
          {doc.items.map((i) => (
            <li key={i.id} className={`grid gap-4 lg:grid-cols-[2fr_1fr] ${i.kind === 'objective' ? 'pt-3' : i.kind === 'recommendation' ? 'pl-4' : 'pl-8'}`}>
              <article className={i.state === 'unchanged' ? 'px-3 py-1 text-sm text-slate-600' : 'rounded border border-slate-200 bg-white p-3 shadow-sm'} data-testid={i.state === 'unchanged' ? undefined : `change-${i.state === 'edited' ? 'changed' : i.state}`}>
                <h3 className={i.kind === 'objective' ? 'font-semibold' : 'font-medium'}>
                  <Badge tone={STATE_TONE[i.state]} className="mr-2">{t(`comparison.state.${i.state}`)}</Badge>
                  <span className="sr-only">{kindLabel(i)} </span>
                  <span className="mr-2 text-slate-600">{code(i)}</span>
                  {i.state === 'removed' ? <del>{i.title}</del> : i.title}
                </h3>
                {i.fields.length > 0 && (
                  <Table className="mt-2" framed={false} scroll={false} caption={`${code(i)} ${i.title}`} columns={[t('field'), t('before'), t('after')]}>
                    <FieldRows changes={i.fields} label={(f) => tf(f as DiffField)} />
                  </Table>
                )}
              </article>
              {threadsAside(threadsOf(i.kind.toUpperCase(), i.id))}
            </li>
          ))}
        </ol>
        {changes.length === 0 && doc.header.length === 0 && <p>{t('noDifference')}</p>}
      </section>
    </div>
  );
}
