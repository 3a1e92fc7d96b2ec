// What waits for each signed-in person on their home page, role by role. Every query goes
// through the client `loadPage` hands (limited to the person's countries) and names the
// country it counts in: nothing of another country is ever in a count.
import type { SessionUser } from '../auth/session-user';
import type { Db } from '../db/client';
import { listPeriodRows } from '../followup/period-rows';

const DAY = 24 * 3600 * 1000;

/** The follow-up periods under way for a country: started, not closed, newest last (one per follow-up). */
async function currentPeriods(db: Db, countryId: string, now: Date) {
  const month = now.getUTCFullYear() * 12 + now.getUTCMonth() + 1;
  const followUps = await db.followUp.findMany({
    where: { countryId },
    select: { id: true, roadmap: { select: { slug: true, title: true } }, periods: { where: { countryId, closedAt: null, startMonth: { lte: month } }, orderBy: { seq: 'asc' }, select: { id: true, key: true, seq: true, startMonth: true, endMonth: true, dueOn: true, closedAt: true } } },
  });
  return followUps.map((f) => ({ followUpId: f.id, roadmap: f.roadmap, periods: f.periods }));
}

export type DueUpdate = { slug: string; roadmap: string; period: string; trackedActionId: string; title: string; dueOn: string; late: boolean; review: string | null; note: string | null };

/** A contributor: questions assigned and answered, progress updates due or returned, with their dates. */
export async function contributorHome(db: Db, user: SessionUser, now: Date) {
  const memberships = user.memberships.filter((m) => m.role === 'CONTRIBUTOR' && m.countryId && m.entityId);
  const questionnaires: { assessmentId: string; title: string; entityId: string; entity: string; assigned: number; answered: number; status: string }[] = [];
  const updates: DueUpdate[] = [];
  for (const m of memberships) {
    const countryId = m.countryId!;
    const entityId = m.entityId!;
    const entity = await db.entity.findFirst({ where: { id: entityId, countryId }, select: { acronym: true, nameFr: true } });
    const assessments = await db.assessment.findMany({
      where: { countryId, status: { in: ['COLLECTION', 'CONSOLIDATION'] }, entities: { some: { entityId } }, ...(m.assessmentId ? { id: m.assessmentId } : {}) },
      select: { id: true, title: true, status: true },
    });
    for (const a of assessments) {
      const [assigned, answered] = await Promise.all([
        db.assignment.count({ where: { assessmentId: a.id, entityId, assessment: { countryId } } }),
        db.response.count({ where: { assessmentId: a.id, entityId, state: { not: null }, assessment: { countryId }, question: { assignments: { some: { assessmentId: a.id, entityId } } } } }),
      ]);
      questionnaires.push({ assessmentId: a.id, title: a.title, entityId, entity: entity?.acronym ?? entity?.nameFr ?? '', assigned, answered, status: a.status });
    }
    for (const f of await currentPeriods(db, countryId, now)) {
      for (const period of f.periods) {
        for (const r of await listPeriodRows(db, { countryId, followUpId: f.followUpId, period, now, entityId })) {
          const review = r.update?.review ?? null;
          if (review === 'SUBMITTED' || review === 'ACCEPTED') continue;
          // A period whose due date is far ahead and untouched is not waiting yet: only the last one open is.
          if (!review && period.seq !== f.periods.at(-1)!.seq && !r.late) continue;
          updates.push({ slug: f.roadmap.slug, roadmap: f.roadmap.title, period: period.key, trackedActionId: r.trackedActionId, title: r.title, dueOn: period.dueOn.toISOString(), late: r.late, review, note: r.update?.reviewNote ?? null });
        }
      }
    }
  }
  // Returned first, then late, then by due date.
  updates.sort((a, b) => Number(b.review === 'RETURNED') - Number(a.review === 'RETURNED') || Number(b.late) - Number(a.late) || a.dueOn.localeCompare(b.dueOn));
  return { questionnaires, updates };
}

/** A coordinator, per country: the consultation's progress and what waits for the coordination. */
export async function coordinatorHome(db: Db, countryId: string, now: Date) {
  const assessments = await db.assessment.findMany({
    where: { countryId, status: { in: ['PREPARATION', 'COLLECTION', 'CONSOLIDATION'] } },
    select: { id: true, title: true, status: true },
    orderBy: { createdAt: 'asc' },
  });
  const consultations = [];
  for (const a of assessments) {
    const where = { assessmentId: a.id, assessment: { countryId } };
    const [assigned, answered, entities, started, questions, findings] = await Promise.all([
      db.assignment.count({ where }),
      db.response.count({ where: { ...where, state: { not: null } } }),
      db.assessmentEntity.count({ where }),
      db.response.findMany({ where: { ...where, state: { not: null } }, distinct: ['entityId'], select: { entityId: true } }),
      db.assignment.findMany({ where, distinct: ['questionId'], select: { questionId: true } }),
      db.finding.count({ where }),
    ]);
    consultations.push({ id: a.id, title: a.title, status: a.status, assigned, answered, notStarted: Math.max(0, entities - started.length), findingsToWrite: a.status === 'CONSOLIDATION' ? Math.max(0, questions.length - findings) : 0 });
  }
  const roadmaps = await db.roadmap.findMany({ where: { countryId }, select: { id: true, slug: true, title: true, status: true } });
  const ids = roadmaps.map((r) => r.id);
  const [inReview, openThreads] = await Promise.all([
    db.roadmapVersion.findMany({ where: { roadmapId: { in: ids }, status: 'SUBMITTED', roadmap: { countryId } }, select: { number: true, submittedAt: true, roadmap: { select: { slug: true, title: true } } }, orderBy: { submittedAt: 'asc' } }),
    // A thread waits for the coordination when its last word is not the coordination's and it is not resolved.
    db.comment.findMany({ where: { roadmapId: { in: ids }, roadmap: { countryId }, parentId: null, resolvedAt: null }, select: { roadmapId: true } }),
  ]);
  const updates = await db.progressUpdate.groupBy({ by: ['followUpId'], where: { countryId, review: 'SUBMITTED' }, _count: { _all: true } });
  const followUps = [];
  for (const f of await currentPeriods(db, countryId, now)) {
    let late = 0;
    for (const period of f.periods) if (period.dueOn < now) late += (await listPeriodRows(db, { countryId, followUpId: f.followUpId, period, now })).filter((r) => r.late).length;
    const toValidate = updates.find((u) => u.followUpId === f.followUpId)?._count._all ?? 0;
    followUps.push({ slug: f.roadmap.slug, title: f.roadmap.title, toValidate, late });
  }
  const comments = roadmaps.map((r) => ({ slug: r.slug, title: r.title, open: openThreads.filter((c) => c.roadmapId === r.id).length })).filter((r) => r.open > 0);
  return {
    consultations,
    inReview: inReview.map((v) => ({ slug: v.roadmap.slug, title: v.roadmap.title, number: v.number, since: v.submittedAt.toISOString() })),
    comments,
    followUps,
  };
}

/** A reviewer: versions waiting for review, per country, and how long they have waited (in days). */
export async function reviewerHome(db: Db, countryIds: string[] | null, now: Date) {
  const versions = await db.roadmapVersion.findMany({
    where: { status: 'SUBMITTED', ...(countryIds ? { roadmap: { countryId: { in: countryIds } } } : {}) },
    select: { number: true, submittedAt: true, roadmap: { select: { slug: true, title: true, country: { select: { code: true } } } } },
    orderBy: { submittedAt: 'asc' },
  });
  return versions.map((v) => ({ country: v.roadmap.country.code, slug: v.roadmap.slug, title: v.roadmap.title, number: v.number, days: Math.floor((now.getTime() - v.submittedAt.getTime()) / DAY) }));
}

/** An administrator: countries, frameworks and the outbox. `db` is the full client (admins read every country). */
export async function adminHome(db: Db) {
  const [countries, frameworks, drafts, pending, failed] = await Promise.all([
    db.country.count(),
    db.frameworkVersion.count({ where: { status: 'PUBLISHED' } }),
    db.frameworkVersion.count({ where: { status: 'DRAFT' } }),
    db.outboxMail.count({ where: { sentAt: null, error: null } }),
    db.outboxMail.count({ where: { sentAt: null, error: { not: null } } }),
  ]);
  return { countries, frameworks, drafts, pending, failed };
}

/** An observer, per country: the roadmaps and where their follow-up stands. */
export async function observerHome(db: Db, countryId: string) {
  return db.roadmap.findMany({
    where: { countryId },
    select: { slug: true, title: true, status: true, followUp: { select: { id: true } } },
    orderBy: { updatedAt: 'desc' },
  }).then((list) => list.map((r) => ({ slug: r.slug, title: r.title, status: r.status, followUp: !!r.followUp })));
}
