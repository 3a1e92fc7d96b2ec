// The one policy table: which role may do what, and where. Every server action, route
// handler and page loader asks `can()` (lib/auth/can.ts) before touching data; an action
// that is not in this table is denied to everyone, admins included.
//
// A scope rule says how far a membership reaches:
//   'any'     everywhere (admins);
//   'country' the membership's country (reviewers, coordinators, observers);
//   'entity'  the membership's entity in that country, and its assessment when the
//             membership names one (contributors).

export const ROLES = ['ADMIN', 'REVIEWER', 'COORDINATOR', 'CONTRIBUTOR', 'OBSERVER'] as const;
export type Role = (typeof ROLES)[number];
export type ScopeRule = 'any' | 'country' | 'entity';

const ADMIN = { ADMIN: 'any' } as const;

export const POLICY = {
  // Countries and their register of entities
  'country.view': { ...ADMIN, REVIEWER: 'country', COORDINATOR: 'country', OBSERVER: 'country', CONTRIBUTOR: 'country' },
  'country.manage': ADMIN,
  'entity.manage': { ...ADMIN, COORDINATOR: 'country' },
  // The emblem printed on the cover of the country's roadmaps (lib/country/emblem.ts)
  'country.emblem': { ...ADMIN, COORDINATOR: 'country' },

  // The reference framework (country-free content; importing changes every assessment's basis)
  'framework.import': ADMIN,

  // The installations whose signed exchange files this one trusts (lib/installation)
  'installation.manage': ADMIN,

  // Assessments
  'assessment.create': { ...ADMIN, REVIEWER: 'country' },
  'assessment.view': { ...ADMIN, REVIEWER: 'country', COORDINATOR: 'country', OBSERVER: 'country', CONTRIBUTOR: 'entity' },
  'assessment.manage': { ...ADMIN, REVIEWER: 'country', COORDINATOR: 'country' },
  'response.view': { ...ADMIN, REVIEWER: 'country', COORDINATOR: 'country', OBSERVER: 'country', CONTRIBUTOR: 'entity' },
  'response.edit': { ...ADMIN, COORDINATOR: 'country', CONTRIBUTOR: 'entity' },
  // Once collection is over, only the coordination corrects an entity's answers (lib/assessment/status.ts).
  'response.correct': { ...ADMIN, COORDINATOR: 'country' },
  'finding.edit': { ...ADMIN, COORDINATOR: 'country' },
  'assessment.export': { ...ADMIN, REVIEWER: 'country', COORDINATOR: 'country', OBSERVER: 'country' },
  // The next cycle: a new assessment from a closed one, its answers carried forward (lib/programme)
  'assessment.nextCycle': { ...ADMIN, REVIEWER: 'country', COORDINATOR: 'country' },

  // The programme view across the countries a reviewer is assigned to (lib/programme)
  'programme.view': { ...ADMIN, REVIEWER: 'country' },

  // Roadmaps and their review
  'roadmap.view': { ...ADMIN, REVIEWER: 'country', COORDINATOR: 'country', OBSERVER: 'country' },
  'roadmap.edit': { ...ADMIN, COORDINATOR: 'country' },
  'roadmap.submit': { ...ADMIN, COORDINATOR: 'country' },
  'roadmap.comment': { ...ADMIN, REVIEWER: 'country', COORDINATOR: 'country' },
  'roadmap.decide': { ...ADMIN, REVIEWER: 'country' },
  'roadmap.download': { ...ADMIN, REVIEWER: 'country', COORDINATOR: 'country', OBSERVER: 'country' },
  // Translations (docs/decisions/011): the coordination translates, UN reviewers confirm.
  'roadmap.translate': { ...ADMIN, COORDINATOR: 'country' },
  'roadmap.reviewTranslation': { ...ADMIN, REVIEWER: 'country' },

  // Follow-up of an approved roadmap (lib/followup): the lead entity reports, the coordination validates
  'followup.view': { ...ADMIN, REVIEWER: 'country', COORDINATOR: 'country', OBSERVER: 'country' },
  'followup.manage': { ...ADMIN, COORDINATOR: 'country' },
  'progress.view': { ...ADMIN, REVIEWER: 'country', COORDINATOR: 'country', OBSERVER: 'country', CONTRIBUTOR: 'entity' },
  'progress.edit': { ...ADMIN, CONTRIBUTOR: 'entity' },
  'progress.review': { ...ADMIN, COORDINATOR: 'country' },
  'progress.comment': { ...ADMIN, REVIEWER: 'country', COORDINATOR: 'country', CONTRIBUTOR: 'entity' },

  // People
  'user.invite': { ...ADMIN, REVIEWER: 'country', COORDINATOR: 'country' },
  'user.manage': ADMIN,
  'audit.view': { ...ADMIN, COORDINATOR: 'country' },
  'outbox.view': ADMIN,
} as const satisfies Record<string, Partial<Record<Role, ScopeRule>>>;

export type Action = keyof typeof POLICY;
export const ACTIONS = Object.keys(POLICY) as Action[];

/**
 * Which roles each role may invite: a coordinator invites the people who answer and
 * observe in their country; a reviewer brings in the national coordinator; admins anyone.
 */
export const INVITABLE: Record<Role, readonly Role[]> = {
  ADMIN: ROLES,
  REVIEWER: ['COORDINATOR', 'OBSERVER'],
  COORDINATOR: ['CONTRIBUTOR', 'OBSERVER'],
  CONTRIBUTOR: [],
  OBSERVER: [],
};

/** Roles whose accounts must use two-factor authentication. */
export const TWO_FACTOR_REQUIRED: readonly Role[] = ['ADMIN', 'REVIEWER'];
