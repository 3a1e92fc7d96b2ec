import type { Db } from '../db/client';
import { countryName } from '../country/names';
import type { Locale } from '../i18n/routing';
import type { AssessmentStatus } from './schemas';
import { entityLabel, isoDay, type EntityLabel } from './view-helpers';
import { pick } from '../i18n/pick';

export type AssessmentHeader = {
  id: string;
  title: string;
  status: AssessmentStatus;
  countryId: string;
  countryCode: string;
  countryName: string;
  demo: boolean;
  framework: { id: string; title: string; version: string };
  place: string | null;
  startsOn: string | null;
  endsOn: string | null;
  organisers: string[];
  officialsCount: number | null;
  entityCount: number;
  coordinatingEntity: EntityLabel | null;
};

/** The assessment's title, status and consultation facts, or null when it does not exist. */
export async function getAssessment(db: Db, assessmentId: string, locale: Locale): Promise<AssessmentHeader | null> {
  const a = await db.assessment.findUnique({
    where: { id: assessmentId },
    include: {
      country: { select: { code: true, demo: true } },
      frameworkVersion: { select: { id: true, titleFr: true, titleEn: true, version: true } },
      coordinatingEntity: { select: { id: true, code: true, acronym: true, nameFr: true, nameEn: true, articleFr: true } },
      _count: { select: { entities: true } },
    },
  });
  if (!a) return null;
  return {
    id: a.id,
    title: a.title,
    status: a.status as AssessmentStatus,
    countryId: a.countryId,
    countryCode: a.country.code,
    countryName: countryName(a.country.code, locale),
    demo: a.country.demo,
    framework: { id: a.frameworkVersion.id, title: pick(locale, a.frameworkVersion), version: a.frameworkVersion.version },
    place: a.place,
    startsOn: isoDay(a.startsOn),
    endsOn: isoDay(a.endsOn),
    organisers: Array.isArray(a.organisers) ? (a.organisers as string[]) : [],
    officialsCount: a.officialsCount,
    entityCount: a._count.entities,
    coordinatingEntity: a.coordinatingEntity ? entityLabel(a.coordinatingEntity, locale) : null,
  };
}
