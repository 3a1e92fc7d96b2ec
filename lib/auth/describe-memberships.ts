import type { Db } from '../db/client';
import { countryName } from '../country/names';
import type { Locale } from '../i18n/routing';
import type { Membership } from './can';
import { inLocale } from '../i18n/pick';
import type { MessageKey } from '../result';

type T = (key: MessageKey, values?: Record<string, string>) => string;

/** "Coordinator — Benin", "Contributor — ASIN (Benin)": a user's roles in words. */
export async function describeMemberships(db: Db, memberships: readonly Membership[], locale: Locale, t: T): Promise<string[]> {
  const countries = await db.country.findMany({ where: { id: { in: memberships.map((m) => m.countryId).filter((c): c is string => !!c) } }, select: { id: true, code: true } });
  const entities = await db.entity.findMany({ where: { id: { in: memberships.map((m) => m.entityId).filter((e): e is string => !!e) } }, select: { id: true, nameFr: true, nameEn: true } });
  const cName = new Map(countries.map((c) => [c.id, countryName(c.code, locale)]));
  const eName = new Map(entities.map((e) => [e.id, inLocale(locale, e, 'name')]));
  return memberships.map((m) => {
    const role = t(`roles.${m.role}`);
    if (!m.countryId) return t('account.scopeGlobal', { role });
    const country = cName.get(m.countryId) ?? '';
    return m.entityId ? t('account.scopeEntity', { role, entity: eName.get(m.entityId) ?? '', country }) : t('account.scopeCountry', { role, country });
  });
}
