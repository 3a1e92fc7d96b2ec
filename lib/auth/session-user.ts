import type { Db } from '../db/client';
import type { Membership, Principal } from './can';
import { TWO_FACTOR_REQUIRED, type Role } from './policy';

/** The signed-in user as the rest of the app sees it: who, and their memberships. */
export type SessionUser = Principal & {
  email: string;
  name: string;
  locale: string;
  twoFactorEnabled: boolean;
  memberships: Membership[];
};

export async function loadSessionUser(db: Db, userId: string): Promise<SessionUser | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true, email: true, name: true, locale: true, twoFactorEnabled: true, disabled: true,
      memberships: { select: { role: true, countryId: true, entityId: true, assessmentId: true } },
    },
  });
  if (!user || user.disabled) return null;
  return {
    id: user.id, email: user.email, name: user.name, locale: user.locale, twoFactorEnabled: user.twoFactorEnabled,
    memberships: user.memberships.map((m) => ({ ...m, role: m.role as Role })),
  };
}

/** Admins and reviewers must use two-factor authentication before doing anything. */
export function needsTwoFactorSetup(user: SessionUser) {
  return !user.twoFactorEnabled && user.memberships.some((m) => TWO_FACTOR_REQUIRED.includes(m.role));
}
