import 'server-only';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { setRequestLocale } from 'next-intl/server';
import { db } from '@/lib/db';
import { getAssessment } from '@/lib/assessment/get-assessment';
import { can, readableCountries } from '@/lib/auth/can';
import type { Action } from '@/lib/auth/policy';
import { scopedDb } from '@/lib/auth/scoped-db';
import { requireUser } from '@/lib/auth/server';
import { isLocale } from '@/lib/i18n/routing';

/**
 * What every page of an assessment starts with: the signed-in user, a client limited to
 * their countries, the assessment, and a 404 unless `action` is allowed on it (a missing
 * assessment and a forbidden one look the same).
 */
export async function loadAssessment(params: Promise<{ locale: string; assessmentId: string }>, path: string, action: Action, entityId?: string) {
  const { locale, assessmentId } = await params;
  if (!isLocale(locale) || !/^[A-Za-z0-9_-]{1,64}$/.test(assessmentId)) notFound();
  setRequestLocale(locale);
  await connection();
  const user = await requireUser(locale, `/${locale}/assessments/${assessmentId}${path}`);
  const sdb = scopedDb(db, readableCountries(user));
  const assessment = await getAssessment(sdb, assessmentId, locale);
  if (!assessment) notFound();
  const scope = { countryId: assessment.countryId, assessmentId };
  if (!can(user, action, { ...scope, entityId })) notFound();
  const may = (a: Action, entityId?: string) => can(user, a, { ...scope, entityId });
  return { locale, user, db: sdb, assessment, may };
}
