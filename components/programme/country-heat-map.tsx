'use client';
import { useMemo } from 'react';
import { HeatMap } from '@/components/assessment/heat-map';

/** Texts with `{area}`, `{entity}` and `{value}` left in them, filled here for each cell. */
export type CountryHeatMapLabels = { title: string; legend: string; legendNone: string; scale: string[]; cell: string; none: string };

const fill = (text: string, values: Record<string, string>) => text.replace(/\{(area|entity|value)\}/g, (_, k: string) => values[k]);

/**
 * The programme's heat map (areas x countries), drawn by the shared HeatMap from what it
 * needs only: the countries' names, the areas' codes and titles, and a mean level (or
 * none) per cell. A client component, so that the page's data carries these few values
 * rather than every element of the drawing; the server still renders it into the HTML.
 */
export function CountryHeatMap({ countries, areas, means, locale, labels, titleId }: {
  countries: { code: string; name: string }[];
  areas: { code: string; title: string }[];
  /** per area (in `areas`' order), per country (in `countries`' order) */
  means: (number | null)[][];
  locale: string;
  labels: CountryHeatMapLabels;
  titleId: string;
}) {
  const data = useMemo(() => ({
    entities: countries.map((c) => ({ id: c.code, code: c.code, acronym: c.name, name: c.name })),
    // Every country of the map has a consolidated cycle: a cell is a level or none, never "not assigned".
    areas: areas.map((a, i) => ({ id: a.code, code: a.code, title: a.title, cells: means[i].map((mean) => ({ mean, assigned: 1 })) })),
  }), [countries, areas, means]);
  const number = useMemo(() => new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }), [locale]);
  return (
    <HeatMap
      data={data}
      format={(n) => number.format(n)}
      titleId={titleId}
      labels={{
        title: labels.title, notAssigned: '', legend: labels.legend, legendNone: labels.legendNone, scale: labels.scale,
        cell: (area, entity, value) => fill(labels.cell, { area, entity, value }), none: (area, entity) => fill(labels.none, { area, entity, value: '' }),
      }}
    />
  );
}
