// The progress report of one period, as the PDF prints it (lib/pdf/progress/types.ts):
// the dashboard's figures and every expected action's update, in one language. Texts the
// entities wrote (done, blockers, next steps) and the roadmap's own texts (titles,
// indicators) are printed as written.
import { countryName } from '../country/names';
import type { Db } from '../db/client';
import { translator } from '../i18n/translate';
import { formatMoney } from '../pdf/format';
import type { ProgressDocument, ProgressRow } from '../pdf/progress/types';
import { fail, ok, type Result } from '../result';
import { getDashboard } from './get-dashboard';
import { formatIndicatorValue } from './indicators';
import { listPeriodRows, type PeriodRow } from './period-rows';
import { periodLabel } from './periods';
import { pick } from '@/lib/i18n/pick';

const iso = (d: Date) => d.toISOString().slice(0, 10);

export async function loadProgressDocument(
  db: Db, o: { countryId?: string; roadmap: string; period: string; locale: 'fr' | 'en'; now: Date },
): Promise<Result<{ document: ProgressDocument; slug: string; followUpId: string; versionId: string }>> {
  const roadmap = await db.roadmap.findFirst({
    where: { OR: [{ id: o.roadmap }, { slug: o.roadmap }], ...(o.countryId ? { countryId: o.countryId } : {}) },
    select: { id: true, slug: true, title: true, sensitivity: true, countryId: true, country: { select: { code: true } }, followUp: true },
  });
  if (!roadmap) return fail('followup.notFound');
  const f = roadmap.followUp;
  if (!f) return fail('followup.notOpened');
  const dashboard = await getDashboard(db, { countryId: roadmap.countryId, followUpId: f.id, periodKey: o.period, now: o.now });
  if (!dashboard) return fail('followup.unknownPeriod');
  const version = await db.roadmapVersion.findFirst({ where: { roadmapId: roadmap.id, number: f.versionNumber }, select: { id: true } });
  if (!version) return fail('followup.notApproved');
  const rows = await listPeriodRows(db, { countryId: roadmap.countryId, followUpId: f.id, period: dashboard.period, now: o.now });
  const entities = new Map((await db.entity.findMany({ where: { countryId: roadmap.countryId }, select: { id: true, acronym: true, nameFr: true, nameEn: true } })).map((e) => [e.id, e]));
  const t = translator(o.locale, 'pdfProgress');
  const yesNo = { yes: t('yes'), no: t('no') };
  const entityLabel = (id: string | null) => {
    const e = id ? entities.get(id) : undefined;
    return e ? e.acronym ?? pick(o.locale, e) : '–';
  };
  const money = (n: number | null, currency: string | null) => (n === null ? null : formatMoney(n, currency ?? 'XOF', o.locale));

  const objectiveOrder = [...new Set(rows.map((r) => r.objectiveKey))];
  const row = (r: PeriodRow, code: string): ProgressRow => {
    const reported = r.update && r.update.review !== 'DRAFT' ? r.update : null;
    return {
      code, title: r.title, lead: entityLabel(r.leadEntityId),
      status: reported?.status ?? null, review: r.update?.review ?? null, late: r.late,
      percent: reported?.percent ?? null, spent: money(reported?.spent ?? null, r.currency), planned: money(r.costAmount, r.currency),
      indicators: r.indicators.map((i, k) => ({
        label: i.label, baseline: i.baseline, target: i.target,
        value: formatIndicatorValue(i, reported?.indicatorValues.find((v) => v.index === k)?.value ?? null, o.locale, yesNo),
      })),
      done: reported?.done ?? '', blockers: reported?.blockers ?? '', nextSteps: reported?.nextSteps ?? '',
    };
  };
  const objectives = objectiveOrder.map((key, i) => {
    const list = rows.filter((r) => r.objectiveKey === key);
    const rate = dashboard.rates.byObjective.find((b) => b.objectiveKey === key)?.rate ?? 0;
    return { title: list[0].objectiveTitle || t('objectives.none'), rate, rows: list.map((r, k) => row(r, `${i + 1}.${k + 1}`)) };
  });
  const allRows = objectives.flatMap((x) => x.rows);
  const c = dashboard.counts;
  const document: ProgressDocument = {
    locale: o.locale, country: countryName(roadmap.country.code, o.locale), roadmapTitle: roadmap.title,
    sensitivity: roadmap.sensitivity.toLowerCase() as ProgressDocument['sensitivity'], versionNumber: f.versionNumber,
    period: periodLabel(dashboard.period.key, o.locale), periodKey: dashboard.period.key, dueOn: iso(dashboard.period.dueOn), asOf: iso(o.now),
    figures: {
      rate: dashboard.rates.overall.rate, actions: dashboard.rates.overall.actions, completed: dashboard.rates.overall.completed,
      expected: c.expected, submitted: c.submitted, accepted: c.accepted, returned: c.returned, late: c.late, blocked: c.blocked, notReported: c.notSubmitted,
    },
    byObjective: dashboard.rates.byObjective.map((b) => ({ label: b.objectiveTitle || t('objectives.none'), rate: b.rate })),
    byLead: dashboard.rates.byLeadEntity.map((b) => ({ label: entityLabel(b.leadEntityId), rate: b.rate, actions: b.actions })),
    spending: dashboard.spending.byObjective.map((s) => ({ label: s.title || t('objectives.none'), planned: s.planned, spent: s.spent, currency: s.currency || 'XOF' })),
    funding: dashboard.spending.byFunding.map((s) => ({ source: s.key, planned: s.planned, spent: s.spent, currency: s.currency || 'XOF' })),
    objectives,
    alerts: allRows.filter((r) => r.late || r.status === 'BLOCKED'),
    coverage: dashboard.paragraphs.map((p) => ({ instrument: p.instrumentCode, ref: p.ref, planned: p.planned, completed: p.completed })),
  };
  return ok({ document, slug: roadmap.slug, followUpId: f.id, versionId: version.id });
}
