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
 * namespaces, or the parts of one they read ('pdf.ui'); tests/unit/client-messages.test.ts
 * checks that none is missing.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: ReactNode }) {
  const locale = await getLocale();
  const all = loadMessages(isLocale(locale) ? locale : 'fr');
  const messages: Messages = {};
  for (const name of new Set([...SHELL_NAMESPACES, ...namespaces])) {
    // 'pdf.ui' hands one part of a namespace: the page's client components read no other.
    const [ns, ...path] = name.split('.');
    let m: unknown = all[ns];
    for (const k of path) m = m && typeof m === 'object' ? (m as Record<string, unknown>)[k] : undefined;
    if (m === undefined) throw new Error(`no messages "${name}"`);
    if (!path.length) messages[ns] = m as Messages[string];
    else {
      let into = (messages[ns] ??= {}) as Record<string, unknown>;
      for (const k of path.slice(0, -1)) into = (into[k] ??= {}) as Record<string, unknown>;
      into[path.at(-1)!] = m;
    }
  }
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
