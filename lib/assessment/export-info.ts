import type { Locale } from '../i18n/routing';
import { translator } from '../i18n/translate';
import type { AssessmentHeader } from './get-assessment';
import type { WorkbookInfo } from './export-xlsx';

/** The first sheet of the workbook: the consultation's facts, in `locale`. */
export function exportInfo(a: AssessmentHeader, locale: Locale, now = new Date()): WorkbookInfo {
  const t = translator(locale, 'export');
  const status = translator(locale, 'assessment');
  const rows: [string, string][] = [
    [t('about'), a.title],
    [t('country'), a.countryName],
    [t('status'), status(`status.${a.status}`)],
    [t('framework'), `${a.framework.title} (${a.framework.version})`],
    [t('place'), a.place ?? ''],
    [t('dates'), [a.startsOn, a.endsOn].filter(Boolean).join(' – ')],
    [t('organisers'), a.organisers.join(', ')],
    [t('officials'), a.officialsCount === null ? '' : String(a.officialsCount)],
    [t('entities'), String(a.entityCount)],
    [t('coordinator'), a.coordinatingEntity?.name ?? ''],
    [t('exportedAt'), now.toISOString().slice(0, 16).replace('T', ' ')],
  ];
  if (a.demo) rows.push([t('illustrative'), '✓']);
  return { title: t('about'), rows };
}
