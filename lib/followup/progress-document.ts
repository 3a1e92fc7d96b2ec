// The progress report of one period, as the PDF prints it (lib/pdf/progress/types.ts):
// the dashboard's figures and every expected action's update, in one language. The roadmap's
// own texts (its title, the objectives' and actions' titles, the indicators) are printed in
// the report's language from the followed version's translations, as the roadmap PDF prints
// them (docs/decisions/011), a text without translation in the original marked "[FR] "; the
// texts the entities wrote (done, blockers, next steps) are printed as written.
import { countryName } from '../country/names';
import type { Db } from '../db/client';
import { paragraphRowLabel } from '../framework/paragraph-check';
import { translator } from '../i18n/translate';
import { formatMoney } from '../pdf/format';
import type { ProgressDocument, ProgressRow } from '../pdf/progress/types';
import { fail, ok, type Result } from '../result';
import { getDashboard } from './get-dashboard';
import { formatIndicatorValue } from './indicators';
import { listPeriodRows, type PeriodRow } from './period-rows';
import { periodLabel } from './periods';
import { pick } from '@/lib/i18n/pick';
import { snapshotSchema } from '../roadmap/snapshot';
import { versionTexts } from '../translation/snapshot';
import { textKey } from '../translation/texts';

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
  const version = await db.roadmapVersion.findFirst({ where: { roadmapId: roadmap.id, number: f.versionNumber }, select: { id: true, snapshot: true } });
  if (!version) return fail('followup.notApproved');
  const local = await roadmapTexts(db, version, o.locale);
  const rows = await listPeriodRows(db, { countryId: roadmap.countryId, followUpId: f.id, period: dashboard.period, now: o.now });
  const entities = new Map((await db.entity.findMany({ where: { countryId: roadmap.countryId }, select: { id: true, acronym: true, nameFr: true, nameEn: true } })).map((e) => [e.id, e]));
  const t = translator(o.locale, 'pdfProgress');
  const framework = translator(o.locale, 'framework');
  const yesNo = { yes: t('yes'), no: t('no') };
  const entityLabel = (id: string | null) => {
    const e = id ? entities.get(id) : undefined;
    return e ? e.acronym ?? pick(o.locale, e) : '–';
  };
  const money = (n: number | null, currency: string | null) => (n === null ? null : formatMoney(n, currency ?? 'XOF', o.locale));

  const objectiveTitle = (key: string, title: string) => (key && title ? local(textKey('Objective', key, 'title'), title) : title || t('objectives.none'));
  const objectiveOrder = [...new Set(rows.map((r) => r.objectiveKey))];
  const row = (r: PeriodRow, code: string): ProgressRow => {
    const reported = r.update && r.update.review !== 'DRAFT' ? r.update : null;
    return {
      code, title: local(textKey('Action', r.actionId, 'title'), r.title), lead: entityLabel(r.leadEntityId),
      status: reported?.status ?? null, review: r.update?.review ?? null, late: r.late,
      percent: reported?.percent ?? null, spent: money(reported?.spent ?? null, r.currency), planned: money(r.costAmount, r.currency),
      indicators: r.indicators.map((i, k) => ({
        label: local(textKey('Action', r.actionId, `indicator.${k}.label`), i.label),
        baseline: local(textKey('Action', r.actionId, `indicator.${k}.baseline`), i.baseline),
        target: local(textKey('Action', r.actionId, `indicator.${k}.target`), i.target),
        value: formatIndicatorValue(i, reported?.indicatorValues.find((v) => v.index === k)?.value ?? null, o.locale, yesNo),
      })),
      done: reported?.done ?? '', blockers: reported?.blockers ?? '', nextSteps: reported?.nextSteps ?? '',
    };
  };
  const objectives = objectiveOrder.map((key, i) => {
    const list = rows.filter((r) => r.objectiveKey === key);
    const rate = dashboard.rates.byObjective.find((b) => b.objectiveKey === key)?.rate ?? 0;
    return { title: objectiveTitle(key, list[0].objectiveTitle), rate, rows: list.map((r, k) => row(r, `${i + 1}.${k + 1}`)) };
  });
  const allRows = objectives.flatMap((x) => x.rows);
  const c = dashboard.counts;
  const document: ProgressDocument = {
    locale: o.locale, country: countryName(roadmap.country.code, o.locale), roadmapTitle: local(textKey('Roadmap', roadmap.id, 'title'), roadmap.title),
    sensitivity: roadmap.sensitivity.toLowerCase() as ProgressDocument['sensitivity'], versionNumber: f.versionNumber,
    period: periodLabel(dashboard.period.key, o.locale), periodKey: dashboard.period.key, dueOn: iso(dashboard.period.dueOn), asOf: iso(o.now),
    figures: {
      rate: dashboard.rates.overall.rate, actions: dashboard.rates.overall.actions, completed: dashboard.rates.overall.completed,
      expected: c.expected, submitted: c.submitted, accepted: c.accepted, returned: c.returned, late: c.late, blocked: c.blocked, notReported: c.notSubmitted,
    },
    byObjective: dashboard.rates.byObjective.map((b) => ({ label: objectiveTitle(b.objectiveKey, b.objectiveTitle), rate: b.rate })),
    byLead: dashboard.rates.byLeadEntity.map((b) => ({ label: entityLabel(b.leadEntityId), rate: b.rate, actions: b.actions })),
    spending: dashboard.spending.byObjective.map((s) => ({ label: objectiveTitle(s.key, s.title), planned: s.planned, spent: s.spent, currency: s.currency || 'XOF' })),
    funding: dashboard.spending.byFunding.map((s) => ({ source: s.key, planned: s.planned, spent: s.spent, currency: s.currency || 'XOF' })),
    objectives,
    alerts: allRows.filter((r) => r.late || r.status === 'BLOCKED'),
    coverage: dashboard.paragraphs.map((p) => ({
      instrument: p.instrumentCode, ref: p.ref, label: p.paragraph ? paragraphRowLabel(framework, o.locale, p.instrumentCode, p.paragraph) : p.ref, planned: p.planned, completed: p.completed,
    })),
  };
  return ok({ document, slug: roadmap.slug, followUpId: f.id, versionId: version.id });
}

/**
 * The followed version's texts in `locale`: `local(key, original)` is the translation of the
 * text when there is one, the original otherwise (marked with its language when the report is
 * in another one).
 */
async function roadmapTexts(db: Db, version: { id: string; snapshot: unknown }, locale: 'fr' | 'en') {
  const parsed = snapshotSchema.safeParse(version.snapshot);
  if (!parsed.success) return (_key: string, original: string) => original;
  const vt = await versionTexts(db, version.id, parsed.data, locale);
  const mark = `[${parsed.data.roadmap.language.toUpperCase()}] `;
  return (key: string, original: string) => {
    // A number or a date reads the same in every language: nothing to mark.
    if (vt.original || !/\p{L}/u.test(original)) return original;
    return vt.texts.get(key)?.text ?? `${mark}${original}`;
  };
}
