// What the follow-up pages read, through the client `loadPage` hands them (limited to the
// user's countries). Who may see what is decided with `can()` here: the coordination, the
// reviewers and the observers see the whole follow-up; a contributor sees the actions their
// own entity leads or supports, and writes only for the one it leads.
import { can } from '../auth/can';
import type { SessionUser } from '../auth/session-user';
import type { Db } from '../db/client';
import { getDashboard, getFollowUpOf, defaultPeriod } from '../followup/get-dashboard';
import type { TrackedIndicator } from '../followup/indicators';
import { pagePeriodRows, type PeriodInfo } from '../followup/period-rows';
import { periodState, remembered } from '../followup/revision';
import { updateValuesOf } from '../followup/save-update';
import type { RowFilter } from '../followup/schemas';
import { inLocale } from '../i18n/pick';

/** Indicator charts a page of the dashboard (a roadmap of 500 actions has hundreds: bench/followup.bench.ts); a chart with its table is some 4.6 KB of HTML and as much of page data. */
export const INDICATORS_PER_PAGE = 12;
/** The period's updates a page (the exports hold every one). */
export const ROWS_PER_PAGE = 25;

const entityLabel = (e: { acronym: string | null; nameFr: string; nameEn: string }, locale: string) => e.acronym ?? inLocale(locale === 'en' ? 'en' : 'fr', e, 'name');

async function roadmapOf(db: Db, slug: string) {
  return db.roadmap.findFirst({
    where: { slug },
    select: { id: true, slug: true, title: true, status: true, countryId: true, country: { select: { code: true, demo: true } }, versions: { where: { status: 'APPROVED' }, select: { number: true }, orderBy: { number: 'desc' }, take: 1 } },
  });
}

async function entityNames(db: Db, countryId: string, locale: string) {
  const list = await db.entity.findMany({ where: { countryId }, select: { id: true, acronym: true, nameFr: true, nameEn: true } });
  return Object.fromEntries(list.map((e) => [e.id, entityLabel(e, locale)]));
}

/** The entities this user writes or comments for in the country (contributor memberships). */
export function userEntities(user: SessionUser, countryId: string) {
  return [...new Set(user.memberships.filter((m) => m.role === 'CONTRIBUTOR' && m.countryId === countryId && m.entityId).map((m) => m.entityId!))];
}

export type PeriodOption = { key: string; dueOn: string; closed: boolean };
const periodOption = (p: PeriodInfo): PeriodOption => ({ key: p.key, dueOn: p.dueOn.toISOString(), closed: !!p.closedAt });

/** The follow-up page of a roadmap: its settings, and the chosen period's dashboard and updates. */
export async function loadFollowUp(db: Db, user: SessionUser, o: { slug: string; period?: string; indicatorPage?: number; rowsPage?: number; filter?: RowFilter; locale: string; now: Date }) {
  const roadmap = await roadmapOf(db, o.slug);
  if (!roadmap) return null;
  const scope = { countryId: roadmap.countryId };
  const mine = userEntities(user, roadmap.countryId);
  const viewAll = can(user, 'followup.view', scope);
  if (!viewAll && !mine.some((entityId) => can(user, 'progress.view', { ...scope, entityId }))) return null;
  const followUp = await getFollowUpOf(db, { countryId: roadmap.countryId, roadmapId: roadmap.id });
  const base = {
    roadmap: { id: roadmap.id, slug: roadmap.slug, title: roadmap.title, demo: roadmap.country.demo, approved: roadmap.versions[0]?.number ?? null },
    canManage: can(user, 'followup.manage', scope), canReview: can(user, 'progress.review', scope), viewAll, myEntities: mine,
  };
  if (!followUp) return { ...base, followUp: null } as const;
  const period = followUp.periods.find((p) => p.key === o.period) ?? defaultPeriod(followUp.periods, o.now);
  const settings = { rhythm: followUp.rhythm, firstPeriod: followUp.firstPeriod, dueDay: followUp.dueDay, versionNumber: followUp.versionNumber };
  // The coordination opens on the actions needing attention, a contributor on all of theirs.
  const filter = o.filter ?? (viewAll ? 'attention' : 'all');
  if (!period) return { ...base, followUp: { ...settings, periods: [], period: null, dashboard: null, indicatorPages: null, rows: [], rowPages: null, filter, entities: {} } } as const;
  const ref = { countryId: roadmap.countryId, followUpId: followUp.id, period, now: o.now };
  // Only what is drawn is read: a page of the updates the filter keeps (a contributor's, those
  // their entities lead) and a page of the indicators' charts; every other figure covers the
  // whole roadmap.
  // Both are remembered under the follow-up's revision, read above with it (lib/followup/revision.ts).
  const leadEntityIds = viewAll ? undefined : mine;
  const rowsPage = o.rowsPage ?? 1;
  const rowsKey = `rows/${periodState(period, o.now)}/${filter}/${leadEntityIds ? [...leadEntityIds].sort().join(',') : '*'}/${rowsPage}x${ROWS_PER_PAGE}`;
  const rows = await remembered({ countryId: roadmap.countryId, followUpId: followUp.id, revision: followUp.revision }, rowsKey, () => pagePeriodRows(db, { ...ref, leadEntityIds, filter, page: rowsPage, size: ROWS_PER_PAGE }));
  const full = viewAll ? await getDashboard(db, { ...ref, periodKey: period.key, indicators: { page: o.indicatorPage ?? 1, size: INDICATORS_PER_PAGE }, revision: followUp.revision }) : null;
  return {
    ...base,
    followUp: {
      ...settings, periods: followUp.periods.map(periodOption), period: periodOption(period), dashboard: full, indicatorPages: full?.indicatorPages ?? null,
      rows: rows.rows, rowPages: { page: rows.page, pages: rows.pages, total: rows.total, from: rows.from }, filter, entities: await entityNames(db, roadmap.countryId, o.locale),
    },
  } as const;
}
export type FollowUpPageData = NonNullable<Awaited<ReturnType<typeof loadFollowUp>>>;

/** One action's update for one period: the form, its review, its history and evidence. */
export async function loadUpdate(db: Db, user: SessionUser, o: { slug: string; period: string; trackedActionId: string; locale: string; now: Date }) {
  const roadmap = await roadmapOf(db, o.slug);
  if (!roadmap) return null;
  const action = await db.trackedAction.findFirst({ where: { id: o.trackedActionId, countryId: roadmap.countryId, followUp: { roadmapId: roadmap.id } } });
  if (!action) return null;
  const period = await db.followUpPeriod.findFirst({ where: { followUpId: action.followUpId, countryId: roadmap.countryId, key: o.period } });
  if (!period) return null;
  const scope = { countryId: roadmap.countryId };
  const mine = userEntities(user, roadmap.countryId);
  const supporting = (action.supportingEntityIds as string[]) ?? [];
  const involved = mine.filter((e) => e === action.leadEntityId || supporting.includes(e));
  const viewAll = can(user, 'followup.view', scope);
  if (!viewAll && !involved.some((entityId) => can(user, 'progress.view', { ...scope, entityId }))) return null;
  const writeAs = action.leadEntityId && mine.includes(action.leadEntityId) && can(user, 'progress.edit', { ...scope, entityId: action.leadEntityId }) ? action.leadEntityId : null;
  const update = await db.progressUpdate.findFirst({
    where: { periodId: period.id, trackedActionId: action.id, countryId: roadmap.countryId },
    include: { steps: { orderBy: { at: 'asc' } }, attachments: { select: { id: true, filename: true, size: true, mimeType: true, sha256: true, createdAt: true, uploadedById: true }, orderBy: { createdAt: 'asc' } } },
  });
  const actorIds = [...new Set([update?.updatedById, ...(update?.steps.map((s) => s.actorId) ?? []), ...(update?.attachments.map((a) => a.uploadedById) ?? [])].filter((x): x is string => !!x))];
  const people = Object.fromEntries((await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  const entities = await entityNames(db, roadmap.countryId, o.locale);
  // The action's other periods, for its history across the follow-up.
  const others = await db.progressUpdate.findMany({
    where: { trackedActionId: action.id, countryId: roadmap.countryId },
    select: { review: true, status: true, percent: true, period: { select: { key: true, seq: true } } }, orderBy: { periodSeq: 'asc' },
  });
  return {
    roadmap: { slug: roadmap.slug, title: roadmap.title, demo: roadmap.country.demo },
    action: {
      id: action.id, title: action.title, objectiveTitle: action.objectiveTitle, lead: action.leadEntityId ? entities[action.leadEntityId] ?? '' : '',
      supporting: supporting.map((e) => entities[e] ?? ''), currency: action.currency ?? 'XOF', cost: action.costAmount === null ? null : Number(action.costAmount),
      indicators: action.indicators as TrackedIndicator[], removed: !!action.removedAt,
    },
    period: { key: period.key, dueOn: period.dueOn.toISOString(), closed: !!period.closedAt, late: o.now > period.dueOn && !update?.submittedAt },
    update: update && {
      id: update.id, version: update.version, review: update.review, values: updateValuesOf(update), updatedAt: update.updatedAt.toISOString(),
      updatedBy: update.updatedById ? people[update.updatedById] ?? null : null, submittedAt: update.submittedAt?.toISOString() ?? null, reviewNote: update.reviewNote,
      steps: update.steps.map((s) => ({ id: s.id, kind: s.kind, at: s.at.toISOString(), note: s.note, actor: s.actorId ? people[s.actorId] ?? '' : '', entity: s.entityId ? entities[s.entityId] ?? '' : '' })),
      attachments: update.attachments.map((a) => ({ id: a.id, filename: a.filename, size: a.size, mimeType: a.mimeType, sha256: a.sha256, createdAt: a.createdAt.toISOString(), uploadedBy: a.uploadedById ? people[a.uploadedById] ?? null : null })),
    },
    history: others.map((u) => ({ period: u.period.key, review: u.review, status: u.status, percent: u.percent })),
    writeAs,
    commentAs: involved[0] ?? null,
    canReview: can(user, 'progress.review', scope),
    canComment: can(user, 'progress.comment', { ...scope, entityId: involved[0] ?? null }),
  };
}
export type UpdatePageData = NonNullable<Awaited<ReturnType<typeof loadUpdate>>>;
