import type { Db } from '../db/client';
import type { Locale } from '../i18n/routing';
import { entityLabel, type EntityLabel } from './view-helpers';
import { inLocale, pick } from '../i18n/pick';

export type SetupParticipant = EntityLabel & {
  kind: string;
  /** per area of the framework, in order: how many of its questions are assigned */
  assignedPerArea: number[];
  answered: number;
  contributors: { name: string; email: string }[];
  pendingInvitations: string[];
};
export type SetupView = {
  participants: SetupParticipant[];
  /** the country's register, without the participants: what can be added */
  register: (EntityLabel & { kind: string })[];
  areas: { id: string; code: string; title: string; questions: { id: string; code: string; text: string }[] }[];
};

/** What the coordinator needs to set the assessment up: participants, register, framework. */
export async function getSetup(db: Db, assessmentId: string, locale: Locale): Promise<SetupView | null> {
  const a = await db.assessment.findUnique({ where: { id: assessmentId }, select: { countryId: true, frameworkVersionId: true } });
  if (!a) return null;
  const select = { id: true, code: true, acronym: true, nameFr: true, nameEn: true, articleFr: true, kind: true } as const;
  const [participants, register, areas, assignments, responses, members, invitations] = await Promise.all([
    db.assessmentEntity.findMany({ where: { assessmentId }, select: { entity: { select } } }),
    db.entity.findMany({ where: { countryId: a.countryId, active: true }, select }),
    db.area.findMany({
      where: { frameworkVersionId: a.frameworkVersionId },
      orderBy: { order: 'asc' },
      select: { id: true, code: true, titleFr: true, titleEn: true, questions: { orderBy: { order: 'asc' }, select: { id: true, code: true, textFr: true, textEn: true } } },
    }),
    db.assignment.findMany({ where: { assessmentId }, select: { entityId: true, questionId: true } }),
    db.response.findMany({ where: { assessmentId, state: { not: null } }, select: { entityId: true } }),
    db.membership.findMany({
      where: { role: 'CONTRIBUTOR', countryId: a.countryId, OR: [{ assessmentId: null }, { assessmentId }] },
      select: { entityId: true, user: { select: { name: true, email: true } } },
    }),
    db.invitation.findMany({
      where: { role: 'CONTRIBUTOR', countryId: a.countryId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      select: { entityId: true, email: true },
    }),
  ]);
  const areaOf = new Map(areas.flatMap((ar, i) => ar.questions.map((q) => [q.id, i] as const)));
  const ids = new Set(participants.map((p) => p.entity.id));
  const label = (e: (typeof register)[number]) => ({ ...entityLabel(e, locale), kind: e.kind });
  const byName = (x: EntityLabel, y: EntityLabel) => x.name.localeCompare(y.name, locale);
  return {
    participants: participants
      .map(({ entity }) => {
        const per = areas.map(() => 0);
        for (const x of assignments) if (x.entityId === entity.id) per[areaOf.get(x.questionId) ?? 0]++;
        return {
          ...label(entity), assignedPerArea: per, answered: responses.filter((r) => r.entityId === entity.id).length,
          contributors: members.filter((m) => m.entityId === entity.id).map((m) => m.user),
          pendingInvitations: invitations.filter((i) => i.entityId === entity.id).map((i) => i.email),
        };
      })
      .sort(byName),
    register: register.filter((e) => !ids.has(e.id)).map(label).sort(byName),
    areas: areas.map((ar) => ({
      id: ar.id, code: ar.code, title: pick(locale, ar),
      questions: ar.questions.map((q) => ({ id: q.id, code: q.code, text: inLocale(locale, q, 'text') })),
    })),
  };
}
