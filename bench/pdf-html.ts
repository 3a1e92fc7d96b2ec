// The Chromium reference: the same roadmap as HTML, for `page.setContent` + `page.pdf` in a
// warm headless Chromium (what a team would otherwise pick). Same content, sections, fonts
// (Noto Sans, inlined), A4 pages with the matrix and timeline in landscape, page numbers
// and the DRAFT watermark; plain CSS, no script.
import { readFileSync } from 'node:fs';
import { translator } from '@/lib/i18n/translate';
import { fontFile } from '@/lib/pdf/fonts';
import { formatDate, formatDateRange, formatMoney, formatPeriod, parsePeriod, quarterIndex, quarterOf } from '@/lib/pdf/format';
import { paragraphKey, type RoadmapDocument } from '@/lib/pdf/types';

export const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

let fontCss: string | null = null;
/** Noto Sans (regular and bold) inlined as @font-face rules, as both references print with it. */
export function fonts() {
  fontCss ??= (['400Regular', '700Bold'] as const)
    .map((w) => `@font-face{font-family:'Noto Sans';font-weight:${w.startsWith('7') ? 700 : 400};src:url(data:font/ttf;base64,${readFileSync(fontFile(w)).toString('base64')}) format('truetype')}`)
    .join('\n');
  return fontCss;
}

const CSS = `
@page { size: A4; margin: 20mm 18mm 18mm }
@page wide { size: A4 landscape; margin: 16mm 12mm 16mm }
body { font-family: 'Noto Sans', sans-serif; font-size: 9.5pt; line-height: 1.42; color: #1F2933; margin: 0 }
section { break-before: page }
section.wide { page: wide; font-size: 8pt }
h1 { font-size: 19pt; color: #0B2D4F; margin: 0 0 4pt } h2 { font-size: 12.5pt; color: #0B2D4F } h3 { font-size: 10pt; color: #0B2D4F }
.kicker { color: #009EDB; font-weight: 700; letter-spacing: 1.2pt; text-transform: uppercase; font-size: 8.5pt }
p { text-align: justify; hyphens: auto }
table { border-collapse: collapse; width: 100% } thead { display: table-header-group }
th { background: #0B2D4F; color: #fff; text-align: left; padding: 4pt; font-size: 7.5pt }
td { padding: 4pt; border-bottom: 0.5pt solid #C9D3DC; vertical-align: top } tr { break-inside: avoid }
.band td { background: #EAF4FA; font-weight: 700; color: #0B2D4F }
.cover { height: 250mm } .cover .top { background: #0B2D4F; color: #fff; padding: 20mm 15mm; margin: -20mm -18mm 0 }
.bar { height: 8pt; background: #0B8CC4 } .track { width: 250pt; background: #F4F7FA }
.watermark { position: fixed; top: 40%; left: 5%; font-size: 120pt; font-weight: 700; color: rgba(180,35,24,0.1); transform: rotate(-45deg) }
.gantt td.q { padding: 0; border-left: 0.4pt solid #C9D3DC } .gantt .on { background: #B42318; height: 8pt; margin: 4pt 0 }
`;

export function roadmapHtml(doc: RoadmapDocument): string {
  const t = translator(doc.locale, 'pdf');
  const h: string[] = [];
  h.push(`<!doctype html><html lang="${doc.locale}"><head><meta charset="utf-8"><style>${fonts()}${CSS}</style></head><body>`);
  if (doc.status !== 'approved') h.push(`<div class="watermark">${esc(t('watermark'))}</div>`);
  h.push(`<div class="cover"><div class="top"><div style="text-align:right">${esc(t(`sensitivity.${doc.sensitivity}`).toUpperCase())}</div><h2 style="color:#009EDB">${esc(doc.country.toUpperCase())}</h2><div>${esc(doc.period ?? '')}</div></div>`);
  h.push(`<h1 style="font-size:25pt;margin-top:30pt">${esc(doc.title)}</h1><p>${esc(doc.subtitle ?? '')}</p><p>${esc(t('cover.version', { number: doc.versionNumber }))}<br>${esc(formatDate(doc.date, doc.locale))}<br>${esc(t(`status.${doc.status}`))}</p>`);
  h.push(`<p>${esc(t('cover.supportedBy'))}: ${doc.supportedBy.map(esc).join(' · ')}</p></div>`);
  const sections = ['summary', 'context', 'findings', 'priorities', 'matrix', 'gantt', 'traceability', 'entities', 'glossary'];
  h.push(`<section><h1>${esc(t('toc.title'))}</h1>${sections.map((s) => `<div>${esc(t(`sections.${s}`))}</div>`).join('')}</section>`);
  h.push(`<section><div class="kicker">1</div><h1>${esc(t('sections.summary'))}</h1>${doc.executiveSummary.map((p) => `<p>${esc(p)}</p>`).join('')}<ol>${doc.priorities.map((p) => `<li>${esc(p.title)}</li>`).join('')}</ol></section>`);
  const c = doc.consultation;
  h.push(`<section><div class="kicker">2</div><h1>${esc(t('sections.context'))}</h1>${doc.context.map((p) => `<p>${esc(p)}</p>`).join('')}`);
  if (c) h.push(`<table><tr><td>${esc(t('context.place'))}</td><td>${esc(c.place ?? '')}</td></tr><tr><td>${esc(t('context.dates'))}</td><td>${c.startsOn ? esc(formatDateRange(c.startsOn, c.endsOn ?? c.startsOn, doc.locale)) : ''}</td></tr><tr><td>${esc(t('context.coordinating'))}</td><td>${esc(c.coordinatingEntity)}</td></tr></table>`);
  h.push(`${doc.methodology.map((p) => `<p>${esc(p)}</p>`).join('')}</section>`);
  h.push(`<section><div class="kicker">3</div><h1>${esc(t('sections.findings'))}</h1><h2>${esc(t('chart.title'))}</h2><table>`);
  for (const f of doc.findings) h.push(`<tr><td style="width:200pt;text-align:right">${esc(f.areaTitle)}</td><td><div class="track"><div class="bar" style="width:${((f.maturity ?? 0) / 4) * 100}%"></div></div></td><td>${f.maturity ?? '–'}</td></tr>`);
  h.push('</table>');
  doc.findings.forEach((f, i) => {
    h.push(`<h2>3.${i + 1} ${esc(f.areaTitle)}</h2>`);
    for (const [k, list] of [['achievements', f.achievements], ['gaps', f.gaps], ['needs', f.needs]] as const) h.push(`<h3>${esc(t(`findings.${k}`))}</h3><ul>${list.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`);
  });
  h.push(`</section><section><div class="kicker">4</div><h1>${esc(t('sections.priorities'))}</h1>${doc.priorities.map((p) => `<h3>${p.rank}. ${esc(p.title)}</h3><p>${esc(p.rationale)}</p>`).join('')}`);
  for (const o of doc.objectives) {
    h.push(`<h3>${esc(t('priorities.objective', { code: o.code, title: o.title }))}</h3><ul>${doc.recommendations.filter((r) => r.objectiveId === o.id).map((r) => `<li>${esc(r.text)} (${esc(t(`priority.${r.priority}`))})</li>`).join('')}</ul>`);
  }
  h.push('</section>');
  const cols = ['code', 'action', 'lead', 'partners', 'timeline', 'priority', 'indicators', 'cost', 'refs'].map((k) => `<th>${esc(t(`matrix.${k}`))}</th>`).join('');
  h.push(`<section class="wide"><div class="kicker">5</div><h1>${esc(t('sections.matrix'))}</h1><table><thead><tr>${cols}</tr></thead><tbody>`);
  let last: string | null = null;
  for (const a of doc.actions) {
    if (a.objectiveId !== last) {
      const o = doc.objectives.find((x) => x.id === a.objectiveId);
      h.push(`<tr class="band"><td colspan="9">${esc(t('matrix.objective', { code: o?.code ?? '–', title: o?.title ?? '' }))}</td></tr>`);
      last = a.objectiveId;
    }
    h.push(`<tr><td>${esc(a.code)}</td><td><b>${esc(a.title)}</b><br><small>${esc(a.description)}</small></td><td>${esc(a.leadEntity)}</td><td>${esc(a.supportingEntities.join(', '))}<br><small>${esc(a.partners.join(', '))}</small></td><td>${esc(formatPeriod(a.start, a.end, doc.locale))}</td><td>${esc(t(`priority.${a.priority}`))}</td><td>${a.indicators.map((i) => `${esc(i.label)} · ${esc(t('matrix.baselineTarget', { baseline: i.baseline, target: i.target }))}`).join('<br>')}</td><td>${a.cost ? esc(formatMoney(a.cost.amount, a.cost.currency, doc.locale)) : ''}<br><small>${a.fundingSource ? esc(t(`funding.${a.fundingSource}`)) : ''}</small></td><td>${esc(a.paragraphRefs.join(', '))}</td></tr>`);
  }
  h.push('</tbody></table></section>');
  const spans = doc.actions.map((a) => [parsePeriod(a.start), parsePeriod(a.end)] as const);
  const idx = spans.flatMap(([s, e]) => [s, e]).filter((q) => q !== null).map((q) => quarterIndex(q!));
  const first = Math.min(...idx);
  const quarters = Array.from({ length: Math.max(...idx) - first + 1 }, (_, i) => quarterOf(first + i));
  h.push(`<section class="wide gantt"><div class="kicker">6</div><h1>${esc(t('sections.gantt'))}</h1><table><thead><tr><th>${esc(t('matrix.code'))}</th><th>${esc(t('matrix.action'))}</th><th>${esc(t('matrix.lead'))}</th>${quarters.map((q) => `<th>${q.quarter}/${q.year % 100}</th>`).join('')}</tr></thead><tbody>`);
  doc.actions.forEach((a, i) => {
    const [s, e] = spans[i];
    const from = s ? quarterIndex(s) : -1;
    const to = e ? quarterIndex(e) : from;
    h.push(`<tr><td>${esc(a.code)}</td><td>${esc(a.title)}</td><td>${esc(a.leadEntity)}</td>${quarters.map((_, k) => `<td class="q">${first + k >= from && first + k <= to ? '<div class="on"></div>' : ''}</td>`).join('')}</tr>`);
  });
  h.push('</tbody></table></section>');
  const served = new Map<string, string[]>();
  for (const a of doc.actions) for (const r of a.paragraphRefs) served.set(r, [...(served.get(r) ?? []), a.code]);
  h.push(`<section><div class="kicker">A</div><h1>${esc(t('sections.traceability'))}</h1>`);
  for (const ins of doc.instruments) {
    h.push(`<h2>${esc(ins.symbol)} – ${esc(ins.title)}</h2><table>${ins.paragraphs.map((p) => `<tr><td>${esc(p.ref)}</td><td>${esc(p.label)}</td><td>${esc((served.get(paragraphKey(ins.code, p.ref)) ?? [t('traceability.notCovered')]).join(', '))}</td></tr>`).join('')}</table>`);
  }
  h.push(`</section><section><div class="kicker">B</div><h1>${esc(t('sections.entities'))}</h1><table>${doc.entities.map((e) => `<tr><td>${esc(e.acronym ?? '')}</td><td>${esc(e.name)}</td><td>${esc(e.kind ?? '')}</td></tr>`).join('')}</table></section>`);
  h.push(`<section><div class="kicker">C</div><h1>${esc(t('sections.glossary'))}</h1><table>${doc.glossary.map((g) => `<tr><td>${esc(g.term)}</td><td>${esc(g.definition)}</td></tr>`).join('')}</table></section>`);
  h.push('</body></html>');
  return h.join('\n');
}

/**
 * Chromium's header and footer templates: `header` (text) on every page, and `pageOf` (the
 * catalogue's "Page {page} sur {total}" as `format` gives it) with Chromium's page counters.
 */
export function pageTemplates(header: string, format: (page: string, total: string) => string) {
  const style = 'font-family:sans-serif;font-size:7pt;color:#5B6770;width:100%;padding:0 18mm';
  const pageOf = format('__P__', '__T__').replace('__P__', '<span class="pageNumber"></span>').replace('__T__', '<span class="totalPages"></span>');
  return { headerTemplate: `<div style="${style}">${esc(header)}</div>`, footerTemplate: `<div style="${style};text-align:right">${pageOf}</div>` };
}

/** The roadmap's running header and "Page x sur y". */
export function chromiumTemplates(doc: RoadmapDocument) {
  const t = translator(doc.locale, 'pdf');
  return pageTemplates(`${doc.country} · ${t('header.short')}`, (page, total) => t('pageOf', { page, total }));
}
