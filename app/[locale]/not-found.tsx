import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

export default async function NotFound() {
  const t = await getTranslations('errors');
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-semibold">{t('notFoundTitle')}</h1>
      <p className="mt-2 text-slate-700">{t('notFound')}</p>
      <Link href="/" className="mt-4 inline-block font-medium text-un-blue underline">
        {t('backHome')}
      </Link>
    </div>
  );
}
