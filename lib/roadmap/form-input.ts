// A submitted action form (flat strings) as the shape actionFieldsSchema validates.
type Values = Record<string, string | string[]>;

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
    indicators: one(v.indicators).split('\n').map((l) => l.trim()).filter(Boolean).map((l) => {
      const [label = '', baseline = '', target = ''] = l.split('|').map((x) => x.trim());
      return { label, baseline, target };
    }),
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
  startPeriod: string | null; endPeriod: string | null; priority: string; indicators: { label: string; baseline: string; target: string }[];
  costAmount: number | null; currency: string | null; fundingSource: string | null; status: string;
}) {
  return {
    title: a.title, description: a.description, objectiveId: a.objectiveId ?? '', leadEntityId: a.leadEntityId ?? '', partners: a.partners.join(', '),
    startPeriod: a.startPeriod ?? '', endPeriod: a.endPeriod ?? '', priority: a.priority,
    indicators: a.indicators.map((i) => `${i.label} | ${i.baseline} | ${i.target}`).join('\n'),
    costAmount: a.costAmount === null ? '' : String(a.costAmount), currency: a.currency ?? '', fundingSource: a.fundingSource ?? '', status: a.status,
  };
}
