import { expect, test } from 'vitest';
import { indicatorBoundText, inferIndicator, parseNumber } from '@/lib/followup/indicators';
import { dueDate, englishKey, parsePeriod, periodLabel, periodsFrom, shortPeriodLabel } from '@/lib/followup/periods';
import { reminderKind } from '@/lib/followup/reminders';

test('periods of each rhythm, their keys in French and their labels in both languages', () => {
  expect(periodsFrom('QUARTERLY', parsePeriod('QUARTERLY', '2025-T3')!, 3).map((p) => p.key)).toEqual(['2025-T3', '2025-T4', '2026-T1']);
  expect(periodsFrom('HALF_YEARLY', parsePeriod('HALF_YEARLY', '2025-S2')!, 2).map((p) => p.key)).toEqual(['2025-S2', '2026-S1']);
  expect(periodsFrom('MONTHLY', parsePeriod('MONTHLY', '2025-11')!, 3).map((p) => p.key)).toEqual(['2025-11', '2025-12', '2026-01']);
  expect(parsePeriod('QUARTERLY', '2025-Q3')?.key).toBe('2025-T3');
  expect(parsePeriod('QUARTERLY', '2025-07')).toBeNull();
  expect([periodLabel('2025-T3', 'fr'), periodLabel('2025-T1', 'fr'), periodLabel('2025-T3', 'en')]).toEqual(['3e trimestre 2025', '1er trimestre 2025', 'Q3 2025']);
  expect([periodLabel('2025-S1', 'fr'), periodLabel('2025-S2', 'en'), periodLabel('2025-07', 'fr'), periodLabel('2025-07', 'en')]).toEqual(['1er semestre 2025', 'H2 2025', 'juillet 2025', 'July 2025']);
  expect(englishKey('2025-T3')).toBe('2025-Q3');
});

test('due dates fall in the month after the period, clamped to its length', () => {
  expect(dueDate(parsePeriod('QUARTERLY', '2025-T4')!, 15).toISOString()).toBe('2026-01-15T23:59:59.000Z');
  expect(dueDate(parsePeriod('MONTHLY', '2025-01')!, 28).toISOString()).toBe('2025-02-28T23:59:59.000Z');
  const due = new Date('2025-04-15T23:59:59Z');
  expect([reminderKind(due, new Date('2025-04-07T23:00:00Z')), reminderKind(due, new Date('2025-04-08T00:00:00Z')), reminderKind(due, new Date('2025-04-15T10:00:00Z')), reminderKind(due, new Date('2025-04-16T00:00:00Z'))])
    .toEqual([null, 'WEEK_BEFORE', 'DUE_DAY', null]);
});

test('an indicator’s type is read from its target', () => {
  expect(inferIndicator({ label: 'x', baseline: '0 %', target: '80 %' })).toMatchObject({ type: 'percent' });
  expect(inferIndicator({ label: 'x', baseline: '0 secteur', target: '8 secteurs' })).toMatchObject({ type: 'number', unit: 'secteurs' });
  expect(inferIndicator({ label: 'x', baseline: 'Aucune', target: 'Adoptée' })).toMatchObject({ type: 'boolean' });
  expect(inferIndicator({ label: 'x', baseline: '', target: '2026-06-30' })).toMatchObject({ type: 'date' });
  expect([parseNumber('1 200,5'), parseNumber('1200.5'), parseNumber('abc')]).toEqual([1200.5, 1200.5, null]);
});

test('a chart axis names periods briefly, in the page language', () => {
  expect(['2025-T3', '2025-S1', '2025-07'].map((k) => shortPeriodLabel(k, 'fr'))).toEqual(['T3 2025', 'S1 2025', '07/2025']);
  expect(['2025-T3', '2025-S1', '2025-07'].map((k) => shortPeriodLabel(k, 'en'))).toEqual(['Q3 2025', 'H1 2025', '07/2025']);
});

test('a yes/no bound typed as a bare yes or no is said in the reader\'s language; other wordings stay', () => {
  const fr = { yes: 'Oui', no: 'Non' };
  expect(['no', 'Yes', ' oui ', 'NON'].map((x) => indicatorBoundText({ type: 'boolean' }, x, fr))).toEqual(['Non', 'Oui', 'Oui', 'Non']);
  expect(indicatorBoundText({ type: 'boolean' }, 'Adoptée', fr)).toBe('Adoptée');
  expect(indicatorBoundText({ type: 'number' }, 'no', fr)).toBe('no');
  expect(indicatorBoundText({ type: 'boolean' }, '  ', fr)).toBe('—');
});
