import { getTranslations } from 'next-intl/server';
import type { RequestFilter } from '@/lib/programme/needs';

type Option = { value: string; label: string };

/** The requests' filters: a GET form, so that a filtered list has its own address and works without JavaScript. */
export async function RequestFilters({ filter, countries, areas, partners }: { filter: RequestFilter; countries: Option[]; areas: Option[]; partners: Option[] }) {
  const t = await getTranslations('programme.filter');
  const ta = await getTranslations('assessment');
  const tr = await getTranslations('roadmap');
  const select = (name: keyof RequestFilter, label: string, options: Option[]) => (
    <div className="flex flex-col gap-1">
      <label htmlFor={`filter-${name}`} className="text-sm font-medium">{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={filter[name] ?? ''} className="rounded border border-slate-300 bg-white px-3 py-2">
        <option value="">{t('all')}</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </div>
  );
  return (
    <form method="get" action="#requests" className="rounded border border-slate-200 bg-slate-50 p-3">
      <fieldset className="flex flex-wrap items-end gap-3">
        <legend className="mb-2 text-sm font-semibold">{t('legend')}</legend>
        {select('country', t('country'), countries)}
        {select('area', t('area'), areas)}
        {select('priority', t('priority'), (['HIGH', 'MEDIUM', 'LOW'] as const).map((v) => ({ value: v, label: ta(`priority.${v}`) })))}
        {select('status', t('status'), (['PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED'] as const).map((v) => ({ value: v, label: tr(`actionStatus.${v}`) })))}
        {select('partner', t('partner'), partners)}
        <button type="submit" className="rounded bg-un-blue px-4 py-2 font-medium text-white hover:bg-un-blue-dark">{t('apply')}</button>
        <a href="?#requests" className="px-2 py-2 text-sm text-un-blue underline">{t('reset')}</a>
      </fieldset>
    </form>
  );
}
