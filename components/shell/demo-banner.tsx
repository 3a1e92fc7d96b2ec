import { getTranslations } from 'next-intl/server';

export async function DemoBanner() {
  const t = await getTranslations('demo');
  return (
    <p role="note" className="mb-6 rounded border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
      {t('banner')}
    </p>
  );
}
