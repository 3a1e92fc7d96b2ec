// The regional brief's view model (lib/pdf/brief) from the programme view, in one language:
// the lists are cut so that each holds on its page, and the brief says how many rows it left out.
import type { BriefDocument } from '../pdf/brief/types';
import type { Locale } from '../i18n/routing';
import { translator } from '../i18n/translate';
import type { Programme } from './get-programme';
import { heatMapOf } from './overview';

const NEEDS = 6;
const REQUESTS = 10;

export function briefDocument(p: Programme, o: { locale: Locale; now: Date }): BriefDocument {
  const t = translator(o.locale);
  const heat = heatMapOf(p.overview);
  const shown = p.overview.countries.filter((c) => c.consolidated);
  return {
    locale: o.locale,
    asOf: o.now.toISOString().slice(0, 10),
    demo: p.overview.countries.some((c) => c.demo),
    countries: p.overview.countries.map((c) => ({
      name: c.name,
      stage: c.current ? t(`assessment.status.${c.current.status}`) : t('pdfBrief.none'),
      cycle: c.current ? `${c.current.framework}` : t('pdfBrief.none'),
      cycleDate: c.current?.startsOn ? c.current.startsOn.toISOString().slice(0, 10) : null,
      roadmap: c.roadmap ? `${t(`roadmap.status.${c.roadmap.status}`)}${c.roadmap.version ? ` · v${c.roadmap.version}` : ''}` : t('pdfBrief.none'),
      rate: c.followUp?.rate ?? null,
      late: c.followUp?.late ?? null,
    })),
    columns: shown.map((c) => c.name),
    areas: heat.areas.map((a) => ({ code: a.code, title: a.title, levels: a.cells.map((cell) => cell.mean) })),
    needs: p.needs.slice(0, NEEDS).map((n) => ({ question: `${n.questionCode} · ${n.question}`, area: `${n.areaCode} · ${n.area}`, countries: n.countries.map((c) => c.country) })),
    moreNeeds: Math.max(0, p.needs.length - NEEDS),
    requests: p.requests.slice(0, REQUESTS).map((r) => ({
      country: r.country, area: r.areaCode, need: r.need, priority: t(`assessment.priority.${r.priority}`), partners: r.partners.join(', '), status: t(`roadmap.actionStatus.${r.status}`),
    })),
    moreRequests: Math.max(0, p.requests.length - REQUESTS),
  };
}
