import { expect, test } from 'vitest';
import { freeSlug, slugify, SLUG_FORMAT, SLUG_MAX } from '@/lib/roadmap/slug';
import { createRoadmapSchema } from '@/lib/roadmap/schemas';

test('the address is the title without accents, in lowercase words joined by hyphens', () => {
  expect(slugify('Feuille de route nationale 2025-2027')).toBe('feuille-de-route-nationale-2025-2027');
  expect(slugify('Protection des cibles « molles » : sûreté, cœur des lieux publics')).toBe('protection-des-cibles-molles-surete-coeur-des-lieux-publics');
  expect(slugify('« »')).toBe('feuille-de-route');
  const long = slugify('Plan national '.repeat(20));
  expect(long.length).toBeLessThanOrEqual(SLUG_MAX);
  expect(long).toMatch(SLUG_FORMAT);
});

test('a taken address gets the next free number', async () => {
  const used = new Set(['benin', 'benin-2']);
  expect(await freeSlug('benin', async (s) => used.has(s))).toBe('benin-3');
  expect(await freeSlug('togo', async (s) => used.has(s))).toBe('togo');
});

test('the form may leave the address empty; one typed by hand must be well formed', () => {
  expect(createRoadmapSchema.parse({ assessmentId: 'a1', title: 'Feuille de route', slug: '' }).slug).toBeNull();
  expect(createRoadmapSchema.parse({ assessmentId: 'a1', title: 'Feuille de route' }).slug).toBeNull();
  expect(createRoadmapSchema.parse({ assessmentId: 'a1', title: 'Feuille de route', slug: ' Benin-2024 ' }).slug).toBe('benin-2024');
  expect(createRoadmapSchema.safeParse({ assessmentId: 'a1', title: 'Feuille de route', slug: 'bénin 2024' }).success).toBe(false);
});
