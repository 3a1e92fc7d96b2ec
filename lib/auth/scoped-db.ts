// Defence in depth: a client that only sees the rows of some countries. Pages and actions
// authorize with can(); they also read through this client, so a forgotten check or a
// wrong id still cannot return, change or delete another country's data.
import type { PrismaClient } from '../db/client';

type Where = Record<string, unknown>;

/** How each country-bound model reaches its country. Models not listed carry no country data. */
const COUNTRY_PATH: Record<string, (ids: string[]) => Where> = {
  Country: (ids) => ({ id: { in: ids } }),
  Entity: (ids) => ({ countryId: { in: ids } }),
  CountryEmblem: (ids) => ({ countryId: { in: ids } }),
  Membership: (ids) => ({ countryId: { in: ids } }),
  Invitation: (ids) => ({ countryId: { in: ids } }),
  AuditEvent: (ids) => ({ countryId: { in: ids } }),
  Assessment: (ids) => ({ countryId: { in: ids } }),
  Roadmap: (ids) => ({ countryId: { in: ids } }),
  AssessmentEntity: (ids) => ({ assessment: { countryId: { in: ids } } }),
  Assignment: (ids) => ({ assessment: { countryId: { in: ids } } }),
  Response: (ids) => ({ assessment: { countryId: { in: ids } } }),
  Finding: (ids) => ({ assessment: { countryId: { in: ids } } }),
  Attachment: (ids) => ({ response: { assessment: { countryId: { in: ids } } } }),
  ResponseRevision: (ids) => ({ countryId: { in: ids } }),
  FormRevision: (ids) => ({ countryId: { in: ids } }),
  Objective: (ids) => ({ roadmap: { countryId: { in: ids } } }),
  Recommendation: (ids) => ({ roadmap: { countryId: { in: ids } } }),
  Action: (ids) => ({ roadmap: { countryId: { in: ids } } }),
  RoadmapVersion: (ids) => ({ roadmap: { countryId: { in: ids } } }),
  Comment: (ids) => ({ roadmap: { countryId: { in: ids } } }),
  PdfRender: (ids) => ({ roadmapVersion: { roadmap: { countryId: { in: ids } } } }),
  ActionSupportingEntity: (ids) => ({ action: { roadmap: { countryId: { in: ids } } } }),
  ActionQuestion: (ids) => ({ action: { roadmap: { countryId: { in: ids } } } }),
  ActionParagraph: (ids) => ({ action: { roadmap: { countryId: { in: ids } } } }),
  TextTranslation: (ids) => ({ countryId: { in: ids } }),
  RoadmapVersionLanguage: (ids) => ({ roadmapVersion: { roadmap: { countryId: { in: ids } } } }),
  FollowUp: (ids) => ({ countryId: { in: ids } }),
  FollowUpPeriod: (ids) => ({ countryId: { in: ids } }),
  TrackedAction: (ids) => ({ countryId: { in: ids } }),
  TrackedParagraph: (ids) => ({ countryId: { in: ids } }),
  ProgressUpdate: (ids) => ({ countryId: { in: ids } }),
  ProgressStep: (ids) => ({ countryId: { in: ids } }),
  ProgressAttachment: (ids) => ({ countryId: { in: ids } }),
  FollowUpReminder: (ids) => ({ countryId: { in: ids } }),
};

/** Models whose rows name their country directly: a create must name an allowed one. */
const DIRECT = new Set([
  'Entity', 'CountryEmblem', 'Membership', 'Invitation', 'Assessment', 'Roadmap', 'ResponseRevision', 'FormRevision', 'TextTranslation',
  'FollowUp', 'FollowUpPeriod', 'TrackedAction', 'TrackedParagraph', 'ProgressUpdate', 'ProgressStep', 'ProgressAttachment', 'FollowUpReminder',
]);

const FILTERED = new Set([
  'findMany', 'findFirst', 'findFirstOrThrow', 'findUnique', 'findUniqueOrThrow', 'count', 'aggregate', 'groupBy',
  'update', 'updateMany', 'delete', 'deleteMany', 'upsert',
]);

export class CrossCountryError extends Error {
  constructor(model: string) {
    super(`write to ${model} outside the user's countries refused`);
    this.name = 'CrossCountryError';
  }
}

/** `countryIds` null means no restriction (administrators). */
export function scopedDb(db: PrismaClient, countryIds: readonly string[] | null): PrismaClient {
  if (countryIds === null) return db;
  const ids = [...countryIds];
  return db.$extends({
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          const path = COUNTRY_PATH[model];
          if (!path) return query(args);
          const a = (args ?? {}) as { where?: Where; data?: Where | Where[]; create?: Where };
          if (FILTERED.has(operation)) {
            // Added as one more AND condition beside the caller's: unique lookups (findUnique,
            // update, delete) accept extra filters next to their unique field (Prisma 5+).
            const where = a.where ?? {};
            const and = where.AND === undefined ? [] : Array.isArray(where.AND) ? where.AND : [where.AND];
            a.where = { ...where, AND: [...and, path(ids)] };
          }
          if (DIRECT.has(model) && (operation === 'create' || operation === 'createMany' || operation === 'upsert')) {
            const rows = operation === 'upsert' ? [a.create] : Array.isArray(a.data) ? a.data : [a.data];
            for (const row of rows) {
              const c = (row as { countryId?: unknown } | undefined)?.countryId;
              if (typeof c !== 'string' || !ids.includes(c)) throw new CrossCountryError(model);
            }
          }
          return query(a as typeof args);
        },
      },
    },
  }) as unknown as PrismaClient;
}
