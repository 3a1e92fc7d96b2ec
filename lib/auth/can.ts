import { POLICY, type Action, type Role, type ScopeRule } from './policy';

export type Membership = { role: Role; countryId: string | null; entityId: string | null; assessmentId: string | null };

/** Who is asking: the signed-in user with the memberships that grant them rights. */
export type Principal = { id: string; memberships: readonly Membership[] };

/** Where: the country a record belongs to, and its entity and assessment when it has them. */
export type Scope = { countryId: string | null; entityId?: string | null; assessmentId?: string | null };

function reaches(rule: ScopeRule, m: Membership, scope: Scope): boolean {
  if (rule === 'any') return true;
  if (!m.countryId || m.countryId !== scope.countryId) return false;
  if (rule === 'country') return true;
  // 'entity': the record must be the membership's entity (and assessment, when named).
  if (!m.entityId || m.entityId !== scope.entityId) return false;
  return !m.assessmentId || !scope.assessmentId || m.assessmentId === scope.assessmentId;
}

/** The single authorization decision. Denies unless a policy entry grants the action. */
export function can(user: Principal | null | undefined, action: Action, scope: Scope): boolean {
  if (!user) return false;
  const rules: Partial<Record<Role, ScopeRule>> | undefined = POLICY[action];
  if (!rules) return false;
  return user.memberships.some((m) => {
    const rule = rules[m.role];
    return rule !== undefined && reaches(rule, m, scope);
  });
}

/**
 * The countries whose rows a user may read at all: null means every country (admins).
 * The data layer filters by it (lib/auth/scoped-db.ts), so a forgotten check still
 * returns nothing of another country.
 */
export function readableCountries(user: Principal): string[] | null {
  if (user.memberships.some((m) => m.role === 'ADMIN')) return null;
  return [...new Set(user.memberships.map((m) => m.countryId).filter((c): c is string => !!c))];
}

export function isAdmin(user: Principal | null | undefined) {
  return !!user?.memberships.some((m) => m.role === 'ADMIN');
}
