import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import type { FrameworkHeader } from '@/lib/framework/schema';
import { Cell, RowHeader, Table } from '@/components/ui/table';

/** The generic maturity scale, folded by default: it is the same for every question. */
export async function ScaleTable({ scale, locale }: { scale: FrameworkHeader['scale']; locale: Locale }) {
  const t = await getTranslations('framework.scale');
  return (
    <details className="rounded border border-slate-200 bg-white p-4 shadow-sm">
      <summary className="cursor-pointer font-semibold text-un-blue-dark">{t('title')}</summary>
      <p className="mt-2 text-sm text-slate-700">{t('intro')}</p>
      <Table className="mt-3" framed={false} caption={t('title')} columns={[t('level'), t('label'), t('meaning')]}>
            {scale.map((s) => (
              <tr key={s.level}>
                <Cell className="font-semibold tabular-nums">{s.level}</Cell>
                <RowHeader className="font-medium">{s.label[locale]}</RowHeader>
                <Cell className="text-slate-700">{s.meaning[locale]}</Cell>
              </tr>
            ))}
      </Table>
    </details>
  );
}
