// Who a roadmap decision notifies, by name, so the confirmation can say it before it
// happens. The same rule as notify(): active members of the country with one of the roles.
import type { Db } from '../db/client';
import type { Role } from '../auth/policy';

export async function listRecipients(db: Db, countryId: string, roles: Role[], exceptUserId?: string): Promise<string[]> {
  const users = await db.user.findMany({
    where: { disabled: false, memberships: { some: { role: { in: roles }, countryId } }, ...(exceptUserId ? { id: { not: exceptUserId } } : {}) },
    select: { name: true },
    orderBy: { name: 'asc' },
  });
  return users.map((u) => u.name);
}
