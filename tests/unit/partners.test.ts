import { expect, test } from 'vitest';
import { findPartner, partnerAcronyms, partners } from '@/lib/partners';

test('the register reads; every partner has a name and an acronym in both languages, and no acronym is claimed twice', () => {
  const { list } = partners();
  expect(list.length).toBeGreaterThanOrEqual(9);
  const keys = list.flatMap((p) => [p.code, p.en.acronym, p.fr.acronym, ...p.aliases].map((k) => `${k.toUpperCase()}:${p.code}`));
  const owners = new Map<string, Set<string>>();
  for (const k of keys) {
    const [acronym, code] = k.split(':');
    owners.set(acronym, (owners.get(acronym) ?? new Set()).add(code));
  }
  expect([...owners].filter(([, codes]) => codes.size > 1)).toEqual([]);
});

test('organisers stored in either language show in the reader’s; unknown ones as typed', () => {
  expect(partnerAcronyms(['UNOCT', 'CTED', 'unodc', 'PNUD', 'Ambassade du Japon'], 'fr')).toEqual(['BLT', 'DECT', 'ONUDC', 'PNUD', 'Ambassade du Japon']);
  expect(partnerAcronyms(['BLT', 'DECT', 'ONUDC', 'CAERT', 'OMT'], 'en')).toEqual(['UNOCT', 'CTED', 'UNODC', 'AU CTC', 'UN Tourism']);
  expect(findPartner('u.e.')?.fr.name).toBe('Union européenne');
});
