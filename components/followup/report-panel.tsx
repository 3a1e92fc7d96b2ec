import { getLocale, getTranslations } from 'next-intl/server';
import { PdfDownload } from '@/components/pdf/pdf-download';

/** The period's progress report (prepare, preview, download) and its updates as CSV or Excel. */
export async function ReportPanel({ slug, period }: { slug: string; period: string }) {
  const t = await getTranslations('followupPage.report');
  const locale = await getLocale();
  const api = `/api/roadmaps/${encodeURIComponent(slug)}/follow-up`;
  return (
    <section aria-labelledby="report-title" className="space-y-3 print:hidden">
      <h2 id="report-title" className="text-xl font-semibold">{t('title')}</h2>
      <PdfDownload pdfUrl={`${api}/pdf`} title={t('pdf')} query={`&period=${period}`} />
      <p className="flex flex-wrap gap-4 text-sm">
        <a href={`${api}/export?period=${period}&format=csv&locale=${locale}`} download className="font-semibold text-un-blue-dark underline">{t('csv')}</a>
        <a href={`${api}/export?period=${period}&format=xlsx&locale=${locale}`} download className="font-semibold text-un-blue-dark underline">{t('xlsx')}</a>
      </p>
    </section>
  );
}
