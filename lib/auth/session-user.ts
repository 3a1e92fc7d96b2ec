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
  // One statement, the user joined to their memberships (the client's nested read sends two):
  // every page and every autosave of a signed-in user starts here.
  const rows = await db.$queryRaw<{
    id: string; email: string; name: string; locale: string; twoFactorEnabled: boolean | number; disabled: boolean | number;
    role: string | null; countryId: string | null; entityId: string | null; assessmentId: string | null;
  }[]>`
    SELECT u."id" AS id, u."email" AS email, u."name" AS name, u."locale" AS locale, u."twoFactorEnabled" AS "twoFactorEnabled", u."disabled" AS disabled,
           CAST(m."role" AS TEXT) AS role, m."countryId" AS "countryId", m."entityId" AS "entityId", m."assessmentId" AS "assessmentId"
    FROM "User" u LEFT JOIN "Membership" m ON m."userId" = u."id"
    WHERE u."id" = ${userId}
    ORDER BY m."id"`;
  const user = rows[0];
  if (!user || Boolean(user.disabled)) return null;
  return {
    id: user.id, email: user.email, name: user.name, locale: user.locale, twoFactorEnabled: Boolean(user.twoFactorEnabled),
    memberships: rows.filter((m) => m.role !== null).map((m) => ({ role: m.role as Role, countryId: m.countryId, entityId: m.entityId, assessmentId: m.assessmentId })),
  };
}

/** Admins and reviewers must use two-factor authentication before doing anything. */
export function needsTwoFactorSetup(user: SessionUser) {
  return !user.twoFactorEnabled && user.memberships.some((m) => TWO_FACTOR_REQUIRED.includes(m.role));
}
