import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { can } from '@/lib/auth/can';
import { loadPage } from '@/lib/page/load-page';
import { Link } from '@/lib/i18n/navigation';
import { compareVersions } from '@/lib/roadmap/compare-versions';
import type { FieldChange, ItemChange } from '@/lib/roadmap/diff-versions';

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ from?: string; to?: string }> };

function Words({ change }: { change: FieldChange }) {
  if (!change.words) {
    return (
      <>
        <td className="px-3 py-2 align-top"><del className="bg-red-50 text-red-900">{change.before || '—'}</del></td>
        <td className="px-3 py-2 align-top"><ins className="bg-green-50 text-green-900 no-underline">{change.after || '—'}</ins></td>
      </>
    );
  }
  return (
    <td colSpan={2} className="px-3 py-2 align-top whitespace-pre-line">
      {change.words.map((w, i) =>
        w.added ? <ins key={i} className="bg-green-100 text-green-900">{w.text}</ins>
        : w.removed ? <del key={i} className="bg-red-100 text-red-900">{w.text}</del>
        : <span key={i}>{w.text}</span>,
      )}
    </td>
  );
}

export default async function ComparePage({ params, searchParams }: Props) {
  const { params: { slug }, user, db, t } = await loadPage(params, { path: (p) => `/roadmaps/${p.slug}/compare`, namespace: 'roadmap' });
  const { from, to } = await searchParams;
  const result = await compareVersions(db, slug, Number(from), Number(to));
  if (!result || !can(user, 'roadmap.view', { countryId: result.countryId })) notFound();
  const tf = await getTranslations('diffField');
  const { diff } = result;
  const empty = !diff.header.length && !diff.objectives.length && !diff.recommendations.length && !diff.actions.length;
  const section = (title: string, items: ItemChange[]) =>
    items.length > 0 && (
      <section className="space-y-3">
        <h2 className="text-xl font-semibold">{title}</h2>
        {items.map((item) => (
          <article key={item.id} className="rounded border border-slate-200 bg-white p-4 shadow-sm" data-testid={`change-${item.kind}`}>
            <h3 className="font-semibold">
              <span className={`mr-2 rounded px-2 py-0.5 text-xs ${item.kind === 'added' ? 'bg-green-100' : item.kind === 'removed' ? 'bg-red-100' : 'bg-amber-100'}`}>{t(item.kind)}</span>
              {item.code && <span className="mr-2 text-slate-600">{item.code}</span>}{item.title}
            </h3>
            {item.fields.length > 0 && (
              <table className="mt-2 w-full text-left text-sm">
                <thead><tr><th scope="col" className="px-3 py-1">{t('field')}</th><th scope="col" className="px-3 py-1">{t('before')}</th><th scope="col" className="px-3 py-1">{t('after')}</th></tr></thead>
                <tbody>
                  {item.fields.map((c) => (
                    <tr key={c.field} className="border-t border-slate-100">
                      <th scope="row" className="px-3 py-2 align-top font-medium">{tf(c.field)}</th>
                      <Words change={c} />
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </article>
        ))}
      </section>
    );
  return (
    <div className="space-y-8">
      <p><Link href={`/roadmaps/${slug}`} className="text-un-blue underline">← {result.title}</Link></p>
      <h1 className="text-2xl font-semibold text-un-blue-dark">{t('compareHeading', { from: result.from, to: result.to })}</h1>
      {empty && <p>{t('noDifference')}</p>}
      {section(t('header'), diff.header.length ? [{ id: 'header', code: '', title: result.title, kind: 'changed', fields: diff.header }] : [])}
      {section(t('objectives'), diff.objectives)}
      {section(t('recommendations'), diff.recommendations)}
      {section(t('actions'), diff.actions)}
    </div>
  );
}
