import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { setRequestLocale } from 'next-intl/server';
import { cache } from 'react';
import { db } from '@/lib/db';
import { getFrameworkVersion } from '@/lib/framework/get-framework-version';
import { isLocale } from '@/lib/i18n/routing';

/** One read per request, shared by the page and its metadata. */
export const loadVersion = cache((slug: string, version: string) => getFrameworkVersion(db, slug, version));

/**
 * What the explorer, coverage and traceability pages start with: the locale, the stored
 * version (404 when it does not exist) and the pages' base path.
 */
export async function loadVersionPage(params: Promise<{ locale: string; slug: string; version: string }>) {
  const { locale, slug, version } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  await connection();
  const stored = await loadVersion(slug, version);
  if (!stored) notFound();
  return { locale, stored, path: `/framework/${encodeURIComponent(slug)}/${encodeURIComponent(version)}` };
}
