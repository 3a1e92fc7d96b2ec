// A first executive summary, drafted from what the roadmap already knows, for the
// coordinator to edit: the consultation in one sentence, the main strengths found, the
// priority gaps, and the number of actions with their estimated cost. Plain paragraphs,
// separated by blank lines as the PDF reads them.
import { translator } from '../i18n/translate';

type Priority = 'HIGH' | 'MEDIUM' | 'LOW';
export type SummaryFacts = {
  consultation: { place: string | null; startsOn: Date | null; endsOn: Date | null; officials: number | null; entities: number; coordinator: string | null } | null;
  /** One per finding: its area's title and order, what was found. */
  findings: { area: string; areaOrder: number; maturity: number | null; achievements: string; gaps: string; priority: Priority | null }[];
  actions: { costAmount: number | null; currency: string | null }[];
};

const firstLine = (text: string) => text.split('\n').map((l) => l.replace(/^\s*([-•*]|\d+[.)])\s+/, '').trim()).find(Boolean) ?? '';
const lowerFirst = (s: string, locale: string) => (s ? s[0].toLocaleLowerCase(locale) + s.slice(1) : s);
const noFinalStop = (s: string) => s.replace(/[.;\s]+$/, '');

export function draftExecutiveSummary(locale: 'fr' | 'en', f: SummaryFacts): string {
  const t = translator(locale, 'roadmapText.summary');
  const list = (items: string[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
  // Findings are free text, clauses as often as noun phrases: listed after a colon, they read either way.
  const items = (xs: string[]) => xs.join(locale === 'fr' ? ' ; ' : '; ');
  const date = (d: Date) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(d);
  const out: string[] = [];

  const c = f.consultation;
  if (c) {
    out.push(t('consultation', {
      where: c.place ?? '', hasPlace: c.place ? 'yes' : 'no',
      when: c.startsOn && c.endsOn ? t('dates', { start: date(c.startsOn), end: date(c.endsOn) }) : '',
      officials: c.officials ?? 0, entities: c.entities,
      coordination: c.coordinator ? t('coordination', { coordinator: c.coordinator }) : '',
    }));
  }

  // Strengths: the achievements of the most mature findings first.
  const strengths = [...f.findings]
    .filter((x) => firstLine(x.achievements))
    .sort((a, b) => (b.maturity ?? -1) - (a.maturity ?? -1) || a.areaOrder - b.areaOrder)
    .slice(0, 3)
    .map((x) => lowerFirst(noFinalStop(firstLine(x.achievements)), locale));
  if (strengths.length) out.push(t('strengths', { list: items(strengths) }));

  // Priority gaps: the high-priority findings, in area order, least mature first within one.
  const gaps = f.findings
    .filter((x) => x.priority === 'HIGH' && firstLine(x.gaps))
    .sort((a, b) => a.areaOrder - b.areaOrder || (a.maturity ?? 5) - (b.maturity ?? 5))
    .slice(0, 4)
    .map((x) => lowerFirst(noFinalStop(firstLine(x.gaps)), locale));
  if (gaps.length) out.push(t('gaps', { list: items(gaps) }));

  const costs = new Map<string, number>();
  for (const a of f.actions) if (a.costAmount !== null && a.currency) costs.set(a.currency, (costs.get(a.currency) ?? 0) + a.costAmount);
  const cost = list([...costs].map(([currency, amount]) => new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount)));
  const unpriced = f.actions.filter((a) => a.costAmount === null).length;
  out.push(t('actions', { count: f.actions.length, cost: cost || '', hasCost: cost ? 'yes' : 'no', unpriced }));
  return out.join('\n\n');
}
