// A submitted action form (flat strings) as the shape actionFieldsSchema validates.
import type { Indicator } from './indicators';

type Values = Record<string, string | string[]>;

const INDICATOR_FIELD = /^indicators\.(\d{1,2})\.(label|baseline|target|unit|type)$/;

/** The form's indicator rows (`indicators.<n>.<field>`), in order; a row left blank is dropped. */
function indicatorsFromForm(v: Values) {
  const rows = new Map<number, Record<string, string>>();
  for (const [key, value] of Object.entries(v)) {
    const m = INDICATOR_FIELD.exec(key);
    if (!m) continue;
    const n = Number(m[1]);
    rows.set(n, { ...rows.get(n), [m[2]]: one(value) });
  }
  return [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, r]) => r)
    .filter((r) => [r.label, r.baseline, r.target, r.unit].some((x) => x?.trim()))
    .map((r) => ({ label: r.label ?? '', baseline: r.baseline ?? '', target: r.target ?? '', unit: r.unit ?? '', type: r.type || 'NUMBER' }));
}

/** The form's fields of the indicators, as `actionFormValues` names them. */
export function indicatorFormValues(list: Indicator[]): Record<string, string> {
  return Object.fromEntries(list.flatMap((i, n) => (['label', 'baseline', 'target', 'unit', 'type'] as const).map((k) => [`indicators.${n}.${k}`, i[k]])));
}

const list = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []).filter((x) => x !== '');
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';
const orNull = (v: string | string[] | undefined) => one(v).trim() || null;

export function actionFieldsFromForm(v: Values) {
  const cost = one(v.costAmount).replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  return {
    title: one(v.title),
    description: one(v.description),
    objectiveId: orNull(v.objectiveId),
    leadEntityId: orNull(v.leadEntityId),
    supportingEntityIds: list(v.supportingEntityIds),
    partners: one(v.partners).split(/[,;]/).map((p) => p.trim()).filter(Boolean),
    startPeriod: orNull(v.startPeriod),
    endPeriod: orNull(v.endPeriod),
    priority: one(v.priority),
    indicators: indicatorsFromForm(v),
    costAmount: cost === '' ? null : Number.isFinite(Number(cost)) ? Number(cost) : cost,
    currency: orNull(v.currency),
    fundingSource: orNull(v.fundingSource),
    status: one(v.status) || 'PLANNED',
    questionIds: list(v.questionIds),
    paragraphIds: list(v.paragraphIds),
  };
}

/** The form's fields for an existing action, as strings. */
export function actionFormValues(a: {
  title: string; description: string; objectiveId: string | null; leadEntityId: string | null; partners: string[];
  startPeriod: string | null; endPeriod: string | null; priority: string; indicators: Indicator[];
  costAmount: number | null; currency: string | null; fundingSource: string | null; status: string;
}): Record<string, string> {
  return {
    title: a.title, description: a.description, objectiveId: a.objectiveId ?? '', leadEntityId: a.leadEntityId ?? '', partners: a.partners.join(', '),
    startPeriod: a.startPeriod ?? '', endPeriod: a.endPeriod ?? '', priority: a.priority,
    ...indicatorFormValues(a.indicators),
    costAmount: a.costAmount === null ? '' : String(a.costAmount), currency: a.currency ?? '', fundingSource: a.fundingSource ?? '', status: a.status,
  };
}
