import type { Db } from '../db/client';
import { can, type Principal } from '../auth/can';
import { countryName } from '../country/names';
import type { Locale } from '../i18n/routing';
import type { AssessmentStatus } from './schemas';
import { percent } from './view-helpers';
import { isAnswered } from './values';
import { pick } from '../i18n/pick';

export type AssessmentRow = {
  id: string; title: string; status: AssessmentStatus; country: string; demo: boolean; entities: number; progress: number;
  /** where this user works in it: the overview, or their entity's questionnaire */
  href: string;
};
export type CreateOptions = { countries: { id: string; name: string }[]; frameworks: { id: string; title: string }[] };

/**
 * The assessments a user may see (`db` is already limited to their countries), and what
 * they may open one on. A contributor's link leads straight to their entity's questionnaire.
 */
export async function listAssessments(db: Db, user: Principal, locale: Locale): Promise<{ rows: AssessmentRow[]; create: CreateOptions }> {
  const all = await db.assessment.findMany({
    orderBy: { createdAt: 'desc' },
    select: {
      id: true, title: true, status: true, countryId: true, country: { select: { code: true, demo: true } },
      _count: { select: { entities: true, assignments: true } },
    },
  });
  const rows: AssessmentRow[] = [];
  for (const a of all) {
    const manager = can(user, 'assessment.view', { countryId: a.countryId, assessmentId: a.id });
    const entity = user.memberships.find(
      (m) => m.role === 'CONTRIBUTOR' && m.countryId === a.countryId && m.entityId && (!m.assessmentId || m.assessmentId === a.id),
    )?.entityId;
    const participates = entity ? !!(await db.assessmentEntity.findUnique({ where: { assessmentId_entityId: { assessmentId: a.id, entityId: entity } } })) : false;
    if (!manager && !participates) continue;
    const where = manager ? { assessmentId: a.id } : { assessmentId: a.id, entityId: entity! };
    const assigned = manager ? a._count.assignments : await db.assignment.count({ where });
    const responses = await db.response.findMany({ where, select: { state: true, maturity: true } });
    rows.push({
      id: a.id, title: a.title, status: a.status as AssessmentStatus, country: countryName(a.country.code, locale), demo: a.country.demo,
      entities: a._count.entities, progress: percent(responses.filter((r) => isAnswered(r.state, r.maturity)).length, assigned),
      href: manager ? `/assessments/${a.id}` : `/assessments/${a.id}/entities/${entity}`,
    });
  }
  const countries = await db.country.findMany({ select: { id: true, code: true } });
  const frameworks = await db.frameworkVersion.findMany({ where: { status: 'PUBLISHED' }, orderBy: { importedAt: 'desc' }, select: { id: true, titleFr: true, titleEn: true, version: true } });
  return {
    rows,
    create: {
      countries: countries.filter((c) => can(user, 'assessment.create', { countryId: c.id })).map((c) => ({ id: c.id, name: countryName(c.code, locale) })),
      frameworks: frameworks.map((f) => ({ id: f.id, title: `${pick(locale, f)} (${f.version})` })),
    },
  };
}
