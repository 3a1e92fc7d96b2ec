import { expect, test } from 'vitest';
import { consultationTexts } from '@/lib/roadmap/create-roadmap';
import { partnerChoices } from '@/lib/partners';
import { toDayMonthYear, toIsoDate } from '@/lib/validation/date';

test('dates are typed day/month/year in both languages and kept as ISO', () => {
  expect(toIsoDate('18/09/2024')).toBe('2024-09-18');
  expect(toIsoDate('1.2.2025')).toBe('2025-02-01');
  expect(toIsoDate('2024-09-18')).toBe('2024-09-18');
  expect(toIsoDate('09/18')).toBe('09/18');
  expect(toDayMonthYear('2024-09-18')).toBe('18/09/2024');
  expect(toDayMonthYear(null)).toBe('');
});

test('the organisers are ticked from the register and named with their article in French', () => {
  const facts = { place: 'Cotonou', startsOn: null, endsOn: null, officials: 30, entities: 22, coordinator: null };
  expect(consultationTexts('fr', { ...facts, organisers: ['UNOCT', 'CTED'] }).methodology).toContain('avec l’appui du BLT et de la DECT.');
  expect(consultationTexts('fr', { ...facts, organisers: ['UNODC', 'INTERPOL', 'UNDP'] }).methodology).toContain('avec l’appui de l’ONUDC, d’INTERPOL et du PNUD.');
  expect(consultationTexts('en', { ...facts, organisers: ['UNOCT', 'DECT'] }).methodology).toContain('with the support of UNOCT and CTED.');
  const choices = partnerChoices(['UNOCT', 'DECT', 'Ambassade de France'], 'fr');
  expect(choices.chosen).toEqual(['UNOCT', 'CTED']);
  expect(choices.others).toEqual(['Ambassade de France']);
  expect(choices.options.find((o) => o.value === 'CTED')?.label).toBe('DECT — Direction exécutive du Comité contre le terrorisme');
});
