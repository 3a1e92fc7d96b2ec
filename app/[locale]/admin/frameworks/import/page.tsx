import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { can } from '@/lib/auth/can';
import { Link } from '@/lib/i18n/navigation';
import { loadPage } from '@/lib/page/load-page';
import { isLocale } from '@/lib/i18n/routing';
import { ImportFrameworkForm } from '@/components/framework/import-framework-form';
import { importFrameworkFormAction } from './actions';
import { ClientMessages } from '@/components/shell/client-messages';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'framework' });
  return { title: t('importPage.title') };
}

/** Administrators import a framework file; the action checks the right again. */
export default async function ImportFrameworkPage({ params }: Props) {
  const { locale, user, t } = await loadPage(params, { path: '/admin/frameworks/import', namespace: 'framework' });
  if (!can(user, 'framework.import', { countryId: null })) notFound();
  return (
    <ClientMessages namespaces={['framework']}>
      <div className="space-y-6">
        <p className="text-sm">
          <Link href="/framework" className="font-medium text-un-blue underline-offset-2 hover:underline">{t('nav.allVersions')}</Link>
        </p>
        <div className="max-w-3xl space-y-3">
          <h1 className="text-3xl font-semibold tracking-tight text-un-blue-dark">{t('importPage.title')}</h1>
          <p className="text-slate-700">{t('importPage.intro')}</p>
          <p className="text-slate-700">{t('importPage.rules')}</p>
        </div>
        <ImportFrameworkForm action={importFrameworkFormAction.bind(null, locale)} />
      </div>
    </ClientMessages>
  );
}
