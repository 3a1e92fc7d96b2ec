import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import type { FrameworkHeader } from '@/lib/framework/schema';

/** The generic maturity scale, folded by default: it is the same for every question. */
export async function ScaleTable({ scale, locale }: { scale: FrameworkHeader['scale']; locale: Locale }) {
  const t = await getTranslations('framework.scale');
  return (
    <details className="rounded border border-slate-200 bg-white p-4 shadow-sm">
      <summary className="cursor-pointer font-semibold text-un-blue-dark">{t('title')}</summary>
      <p className="mt-2 text-sm text-slate-700">{t('intro')}</p>
      <div className="mt-3 overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t('title')}</caption>
          <thead className="bg-slate-100 text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2">{t('level')}</th>
              <th scope="col" className="px-3 py-2">{t('label')}</th>
              <th scope="col" className="px-3 py-2">{t('meaning')}</th>
            </tr>
          </thead>
          <tbody>
            {scale.map((s) => (
              <tr key={s.level} className="border-t border-slate-100 align-top">
                <td className="px-3 py-2 font-semibold tabular-nums">{s.level}</td>
                <th scope="row" className="px-3 py-2 font-medium">{s.label[locale]}</th>
                <td className="px-3 py-2 text-slate-700">{s.meaning[locale]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
