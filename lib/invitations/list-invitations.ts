import type { Db } from '../db/client';
import { can, isAdmin, type Principal } from '../auth/can';
import { INVITABLE, type Role } from '../auth/policy';
import { countryName } from '../country/names';
import type { Locale } from '../i18n/routing';
import { inLocale } from '../i18n/pick';

export type InvitationRow = {
  id: string; email: string; role: Role; country: string | null; entity: string | null;
  expiresAt: string; status: 'pending' | 'expired' | 'revoked' | 'accepted';
};
export type InviteOptions = {
  roles: Role[];
  countries: { id: string; name: string; entities: { id: string; name: string }[] }[];
};

/**
 * The invitations a user may see and manage: those of the countries where they may invite.
 * `db` is the user's country-scoped client (lib/auth/user-db.ts): it lists only their countries.
 */
export async function listInvitations(db: Db, user: Principal, locale: Locale): Promise<{ rows: InvitationRow[]; options: InviteOptions }> {
  const admin = isAdmin(user);
  const countries = await db.country.findMany({
    select: { id: true, code: true, entities: { where: { active: true }, select: { id: true, nameFr: true, nameEn: true } } },
  });
  const invitable = countries.filter((c) => can(user, 'user.invite', { countryId: c.id }));
  const ids = invitable.map((c) => c.id);
  const rows = await db.invitation.findMany({
    where: admin ? {} : { countryId: { in: ids } },
    orderBy: { createdAt: 'desc' },
    take: 200,
    include: { country: { select: { code: true } }, entity: { select: { nameFr: true, nameEn: true } } },
  });
  const now = new Date();
  const roles = [...new Set(user.memberships.flatMap((m) => INVITABLE[m.role]))];
  const name = (e: { nameFr: string; nameEn: string }) => inLocale(locale, e, 'name');
  return {
    rows: rows.map((r) => ({
      id: r.id, email: r.email, role: r.role as Role,
      country: r.country ? countryName(r.country.code, locale) : null,
      entity: r.entity ? name(r.entity) : null,
      expiresAt: r.expiresAt.toISOString(),
      status: r.acceptedAt ? 'accepted' : r.revokedAt ? 'revoked' : r.expiresAt < now ? 'expired' : 'pending',
    })),
    options: {
      roles,
      countries: invitable.map((c) => ({
        id: c.id,
        name: countryName(c.code, locale),
        entities: c.entities.map((e) => ({ id: e.id, name: name(e) })).sort((a, b) => a.name.localeCompare(b.name, locale)),
      })),
    },
  };
}
