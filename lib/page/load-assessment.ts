import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { getAssessment } from '../assessment/get-assessment';
import { participantScope } from '../assessment/scope';
import { can, type Principal } from '../auth/can';
import type { Action } from '../auth/policy';
import type { Db } from '../db/client';
import { loadPage } from './load-page';

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * What every page of an assessment starts with: `loadPage`, the assessment read through the
 * user's client, and a 404 unless `action` is allowed on it (a missing assessment and a
 * forbidden one look the same). `may` asks the policy about the same assessment.
 */
export async function loadAssessment(
  params: Promise<{ locale: string; assessmentId: string }>,
  path: string,
  action: Action,
  entityId?: string,
  opts: { sendContributorsHome?: boolean } = {},
) {
  const page = await loadPage(params, { path: (p) => `/assessments/${p.assessmentId}${path}` });
  const { locale, user, db, params: { assessmentId } } = page;
  if (!ID.test(assessmentId)) notFound();
  if (opts.sendContributorsHome) {
    const home = await contributorHome(db, user, assessmentId);
    if (home) redirect(`/${locale}/assessments/${assessmentId}/entities/${home}`);
  }
  const assessment = await getAssessment(db, assessmentId, locale);
  if (!assessment) notFound();
  const scope = { countryId: assessment.countryId, assessmentId };
  if (!can(user, action, { ...scope, entityId })) notFound();
  const may = (a: Action, entityId?: string) => can(user, a, { ...scope, entityId });
  return { ...page, assessment, may };
}

/**
 * A contributor and nothing else works in their entity's questionnaire: its entity when it
 * takes part in this assessment (read through the user's own client), else null.
 */
export async function contributorHome(db: Db, user: Principal, assessmentId: string): Promise<string | null> {
  if (user.memberships.some((m) => m.role !== 'CONTRIBUTOR')) return null;
  const own = user.memberships.find((m) => m.entityId && (!m.assessmentId || m.assessmentId === assessmentId));
  if (!own?.entityId) return null;
  return (await participantScope(db, assessmentId, own.entityId)) ? own.entityId : null;
}
