// The indicator path's axis: as many period labels as fit, the latest always, none past the
// chart's right edge.
import { renderToStaticMarkup } from 'react-dom/server';
import { expect, test } from 'vitest';
import { PathChart } from '@/components/charts';

const labels = (html: string) => [...html.matchAll(/<text[^>]*text-anchor="(\w+)"[^>]*>([^<]*)<\/text>/g)].map((m) => ({ anchor: m[1], text: m[2] })).filter((l) => /\d{4}/.test(l.text));

test('twelve quarters: every other label or fewer, the latest ending at the edge', () => {
  const points = Array.from({ length: 12 }, (_, i) => ({ label: `T${(i % 4) + 1} ${2025 + Math.floor(i / 4)}`, value: i }));
  const shown = labels(renderToStaticMarkup(<PathChart baseline={0} target={12} points={points} format={String} />));
  expect(shown.length).toBeGreaterThan(1);
  expect(shown.length).toBeLessThanOrEqual(6);
  expect(shown.at(-1)).toEqual({ anchor: 'end', text: 'T4 2027' });
  expect(shown.slice(0, -1).every((l) => l.anchor === 'middle')).toBe(true);
});

test('two quarters: both labelled', () => {
  const shown = labels(renderToStaticMarkup(<PathChart baseline={0} target={2} points={[{ label: 'T1 2025', value: 1 }, { label: 'T2 2025', value: null }]} format={String} />));
  expect(shown.map((l) => l.text)).toEqual(['T1 2025', 'T2 2025']);
});
