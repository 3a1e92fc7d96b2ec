// Plain view models for the pages: strings and numbers, no Prisma rows.
import type { Db } from '../db/client';
import type { Locale } from '../i18n/routing';
import { countryName } from './names';
import { inLocale } from '../i18n/pick';

export type CountrySummary = { id: string; code: string; name: string; demo: boolean; entityCount: number };

export type EntityRow = {
  id: string;
  code: string;
  acronym: string | null;
  name: string;
  kind: string;
  parentName: string | null;
};

export type CountryRegister = { id: string; code: string; name: string; demo: boolean; currency: string; entities: EntityRow[] };

export async function listCountries(db: Db, locale: Locale): Promise<CountrySummary[]> {
  const rows = await db.country.findMany({
    select: { id: true, code: true, demo: true, _count: { select: { entities: true } } },
  });
  return rows
    .map((c) => ({ id: c.id, code: c.code, name: countryName(c.code, locale), demo: c.demo, entityCount: c._count.entities }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}

export async function getCountryRegister(db: Db, code: string, locale: Locale): Promise<CountryRegister | null> {
  const country = await db.country.findUnique({
    where: { code: code.toUpperCase() },
    select: {
      id: true,
      code: true,
      demo: true,
      currency: true,
      entities: {
        where: { active: true },
        select: { id: true, code: true, acronym: true, nameFr: true, nameEn: true, kind: true, parent: { select: { nameFr: true, nameEn: true } } },
      },
    },
  });
  if (!country) return null;
  const pick = (e: { nameFr: string; nameEn: string }) => inLocale(locale, e, 'name');
  return {
    id: country.id,
    code: country.code,
    name: countryName(country.code, locale),
    demo: country.demo,
    currency: country.currency,
    entities: country.entities
      .map((e) => ({ id: e.id, code: e.code, acronym: e.acronym, name: pick(e), kind: e.kind, parentName: e.parent ? pick(e.parent) : null }))
      .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.name.localeCompare(b.name, locale)),
  };
}

const KIND_ORDER = ['MINISTRY', 'SECURITY_FORCE', 'AGENCY', 'REGULATOR', 'SOE', 'JUDICIAL', 'COMMISSION', 'LOCAL_AUTHORITY', 'INTERNATIONAL'];
