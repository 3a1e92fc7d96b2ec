import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import '@fontsource-variable/inter';
import '../globals.css';
import { isLocale, LOCALES } from '@/lib/i18n/routing';
import { ClientMessages } from '@/components/shell/client-messages';
import { SiteHeader } from '@/components/shell/site-header';
import { SiteFooter } from '@/components/shell/site-footer';
import { FocusKeeper, RouteFocus } from '@/components/shell/route-focus';
import { currentUser } from '@/lib/auth/server';
import { can, isAdmin } from '@/lib/auth/can';
import { signOutAction } from './account/actions';

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: isLocale(locale) ? locale : 'fr', namespace: 'app' });
  return { title: { default: `${t('name')} · ${t('tagline')}`, template: `%s · ${t('name')}` }, description: t('description') };
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('nav');
  const user = await currentUser();
  const countries = user ? [...new Set(user.memberships.map((m) => m.countryId))] : [];
  const links = {
    people: !!user && countries.some((countryId) => can(user, 'user.invite', { countryId })),
    audit: !!user && countries.some((countryId) => can(user, 'audit.view', { countryId })),
    outbox: isAdmin(user),
    installations: isAdmin(user),
    countries: isAdmin(user),
  };
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-slate-50 font-sans antialiased">
        <ClientMessages namespaces={[]}>
          <a
            href="#main"
            className="on-dark sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2"
          >
            {t('skip')}
          </a>
          <SiteHeader user={user} links={links} signOut={signOutAction.bind(null, locale)} />
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6">
            {children}
          </main>
          <SiteFooter />
          <RouteFocus />
          <FocusKeeper />
        </ClientMessages>
      </body>
    </html>
  );
}
