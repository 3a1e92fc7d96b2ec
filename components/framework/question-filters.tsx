import { getLocale, getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import type { ExplorerFilters } from '@/lib/framework/explorer-filters';
import { LENSES, type InstrumentContent } from '@/lib/framework/schema';
import { paragraphKey } from '@/lib/framework/schema';
import { Link } from '@/lib/i18n/navigation';
import { paragraphLabel } from './paragraph-label';

type Props = { instruments: InstrumentContent[]; filters: ExplorerFilters; path: string };

/**
 * A plain GET form: the filters live in the address, so a filtered list can be shared, and
 * it works without JavaScript and with the keyboard alone.
 */
export async function QuestionFilters({ instruments, filters, path }: Props) {
  const t = await getTranslations('framework');
  const locale = (await getLocale()) as Locale;
  const select = 'rounded border border-slate-300 bg-white px-3 py-2 text-sm';
  return (
    <form method="get" role="search" aria-labelledby="filters-title" className="rounded border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="filters-title" className="text-base font-semibold">{t('filters.title')}</h2>
      <div className="mt-3 grid gap-3 md:grid-cols-[1fr_2fr_1fr_auto] md:items-end">
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t('filters.instrument')}
          <select name="instrument" defaultValue={filters.instrument ?? ''} className={select}>
            <option value="">{t('filters.anyInstrument')}</option>
            {instruments.map((i) => (
              <option key={i.code} value={i.code}>{i.symbol}</option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t('filters.paragraph')}
          <select name="paragraph" defaultValue={filters.paragraph ?? ''} className={select}>
            <option value="">{t('filters.anyParagraph')}</option>
            {instruments.map((i) => (
              <optgroup key={i.code} label={i.symbol}>
                {i.paragraphs.map((p) => (
                  <option key={p.ref} value={paragraphKey(i.code, p.ref)}>
                    {`${i.symbol}, ${paragraphLabel(locale, i.code, p)} (${t(`paragraphKind.${p.kind}`)})`}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t('filters.lens')}
          <select name="lens" defaultValue={filters.lens ?? ''} className={select}>
            <option value="">{t('filters.anyLens')}</option>
            {LENSES.map((l) => (
              <option key={l} value={l}>{t(`lens.${l}`)}</option>
            ))}
          </select>
        </label>
        <div className="flex items-center gap-3">
          <button type="submit" className="rounded bg-un-blue px-4 py-2 text-sm font-medium text-white hover:bg-un-blue-dark">
            {t('filters.apply')}
          </button>
          {(filters.instrument || filters.paragraph || filters.lens) && (
            <Link href={path} className="text-sm font-medium text-un-blue underline-offset-2 hover:underline">
              {t('filters.reset')}
            </Link>
          )}
        </div>
      </div>
    </form>
  );
}
