import { getTranslations } from 'next-intl/server';
import { Notice } from '@/components/ui/notice';

export async function DemoBanner() {
  const t = await getTranslations('demo');
  return (
    <Notice tone="warning" role="note" className="mb-6">{t('banner')}</Notice>
  );
}
