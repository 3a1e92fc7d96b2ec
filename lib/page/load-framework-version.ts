import 'server-only';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { db } from '../db';
import { getFrameworkVersion } from '../framework/get-framework-version';
import { loadPublicPage } from './load-page';

/** One read per request, shared by the page and its metadata (reference content: no country). */
export const loadVersion = cache((slug: string, version: string) => getFrameworkVersion(db, slug, version));

/**
 * What the explorer, coverage and traceability pages start with: the locale, the stored
 * version (404 when it does not exist) and the pages' base path. Open to visitors.
 */
export async function loadVersionPage(params: Promise<{ locale: string; slug: string; version: string }>) {
  const page = await loadPublicPage(params);
  const { slug, version } = page.params;
  const stored = await loadVersion(slug, version);
  if (!stored) notFound();
  return { ...page, stored, path: `/framework/${encodeURIComponent(slug)}/${encodeURIComponent(version)}` };
}
