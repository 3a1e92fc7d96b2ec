import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale } from 'next-intl/server';
import { loadMessages, type Messages } from '@/lib/i18n/messages';
import { isLocale } from '@/lib/i18n/routing';

/**
 * What every page's client components may read: the language switcher, the error page, and
 * the forms, which translate the error keys their server actions return (form.*, errors.*,
 * and auth.* for the account forms found on many pages). A domain's own error keys
 * (roadmap.*, assessment.*...) come with that domain's namespace, which its pages hand down.
 */
export const SHELL_NAMESPACES = ['language', 'errors', 'form', 'auth'] as const;

/**
 * Gives the client components below it the message namespaces they read, and no others:
 * every message handed to the client travels in each page's payload (the whole catalog is
 * about 55 KB a language). A page wraps its client components in it, naming their
 * namespaces; tests/unit/client-messages.test.ts checks that none is missing.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: ReactNode }) {
  const locale = await getLocale();
  const all = loadMessages(isLocale(locale) ? locale : 'fr');
  const messages: Messages = {};
  for (const ns of new Set([...SHELL_NAMESPACES, ...namespaces])) {
    const m = all[ns];
    if (m === undefined) throw new Error(`no message namespace "${ns}"`);
    messages[ns] = m;
  }
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
