import { cache } from 'react';
import { db } from '@/lib/db';
import { getFrameworkVersion } from '@/lib/framework/get-framework-version';

/** One read per request, shared by the page and its metadata. */
export const loadVersion = cache((slug: string, version: string) => getFrameworkVersion(db, slug, version));
