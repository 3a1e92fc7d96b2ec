// The updates of one period as a table, for the CSV and Excel exports of lib/assessment
// (export-csv.ts neutralises cells a spreadsheet would run as formulas; export-xlsx.ts writes
// strings as strings). Evidence files by name only.
import type { ExportTable } from '../assessment/export-table';
import type { Db } from '../db/client';
import type { Locale } from '../i18n/routing';
import { translator } from '../i18n/translate';
import { formatIndicatorValue } from './indicators';
import { listPeriodRows, type PeriodInfo } from './period-rows';

export async function getUpdatesTable(db: Db, o: { countryId: string; followUpId: string; period: PeriodInfo; locale: Locale; now: Date }): Promise<ExportTable> {
  const t = translator(o.locale, 'followupExport');
  const p = translator(o.locale, 'pdfProgress');
  const rows = await listPeriodRows(db, o);
  const entities = new Map((await db.entity.findMany({ where: { countryId: o.countryId }, select: { id: true, code: true, acronym: true, nameFr: true, nameEn: true } })).map((e) => [e.id, e]));
  const files = await db.progressAttachment.findMany({ where: { countryId: o.countryId, update: { periodId: o.period.id } }, select: { updateId: true, filename: true }, orderBy: { createdAt: 'asc' } });
  const yesNo = { yes: p('yes'), no: p('no') };
  const when = (iso: string | null) => (iso ? iso.slice(0, 16).replace('T', ' ') : '');
  return {
    name: t('sheet', { period: o.period.key }),
    header: ['objective', 'action', 'lead', 'status', 'percent', 'spent', 'planned', 'currency', 'indicators', 'done', 'blockers', 'nextSteps', 'review', 'late', 'submittedAt', 'reviewNote', 'evidence'].map((k) => t(`column.${k}`)),
    widths: [30, 45, 14, 16, 8, 14, 14, 8, 50, 50, 40, 40, 12, 8, 17, 40, 30],
    rows: rows.map((r) => {
      const u = r.update;
      const lead = r.leadEntityId ? entities.get(r.leadEntityId) : undefined;
      return [
        r.objectiveTitle, r.title, lead ? lead.acronym ?? lead.code : '',
        u ? p(`status.${u.status}`) : p('status.none'), u?.percent ?? null, u?.spent ?? null, r.costAmount, r.currency ?? '',
        r.indicators.map((i, k) => `${i.label}: ${formatIndicatorValue(i, u?.indicatorValues.find((v) => v.index === k)?.value ?? null, o.locale, yesNo)} / ${i.target}`).join('\n'),
        u?.done ?? '', u?.blockers ?? '', u?.nextSteps ?? '', u ? p(`review.${u.review}`) : '', r.late ? t('yes') : '', when(u?.submittedAt ?? null), u?.reviewNote ?? '',
        files.filter((f) => f.updateId === u?.id).map((f) => f.filename).join(', '),
      ];
    }),
  };
}
