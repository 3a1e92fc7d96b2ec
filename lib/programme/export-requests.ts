// The assistance requests and the common needs as tables, for the CSV and Excel exports of
// lib/assessment (export-csv.ts neutralises cells a spreadsheet would run as formulas;
// export-xlsx.ts writes strings as strings), as lib/followup/export-updates.ts does.
import type { ExportTable } from '../assessment/export-table';
import type { Locale } from '../i18n/routing';
import { translator } from '../i18n/translate';
import type { Programme } from './get-programme';

export function requestsTable(p: Programme, locale: Locale): ExportTable {
  const t = translator(locale, 'programme.export');
  const tr = translator(locale);
  return {
    name: t('requestsSheet'),
    header: ['country', 'area', 'need', 'detail', 'priority', 'partners', 'status', 'roadmap'].map((k) => t(`column.${k}`)),
    widths: [14, 30, 50, 50, 10, 24, 14, 18],
    rows: p.requests.map((r) => [
      r.country, r.areaCode ? `${r.areaCode} · ${r.area}` : '', r.need, r.detail, tr(`assessment.priority.${r.priority}`), r.partners.join(', '), tr(`roadmap.actionStatus.${r.status}`), r.roadmap,
    ]),
  };
}

export function needsTable(p: Programme, locale: Locale): ExportTable {
  const t = translator(locale, 'programme.export');
  return {
    name: t('needsSheet'),
    header: ['area', 'question', 'text', 'country', 'level', 'needs', 'assistance'].map((k) => t(`column.${k}`)),
    widths: [30, 10, 60, 14, 8, 50, 60],
    rows: p.needs.flatMap((n) => n.countries.map((c) => [`${n.areaCode} · ${n.area}`, n.questionCode, n.question, c.country, c.maturity, c.needs, c.assistance.join('\n')])),
  };
}
