// The Chromium reference for the progress report: the same ProgressDocument as HTML, for a
// warm headless Chromium's `page.pdf` (bench/chromium.ts). Same parts as lib/pdf/progress/
// sections.tsx: cover, key figures, bar charts by objective, lead entity and spending, the
// funding table, the table of every action per objective (landscape pages), late and blocked
// actions, the paragraphs served; same texts, fonts (Noto Sans, inlined) and A4 pages, with
// the running header and "Page x sur y". Plain CSS, no script.
import { translator } from '@/lib/i18n/translate';
import { formatDate, formatMoney } from '@/lib/pdf/format';
import type { ProgressDocument, ProgressRow } from '@/lib/pdf/progress/types';
import { esc, fonts, pageTemplates } from './pdf-html';

const CSS = `
@page { size: A4; margin: 20mm 20mm 18mm }
@page wide { size: A4 landscape; margin: 16mm 12mm 16mm }
body { font-family: 'Noto Sans', sans-serif; font-size: 9pt; line-height: 1.4; color: #1F2933; margin: 0 }
section { break-before: page } section.wide { page: wide; font-size: 7.5pt }
h1 { font-size: 19pt; color: #0B2D4F; margin: 0 0 4pt } h2 { font-size: 12pt; color: #0B2D4F; margin: 10pt 0 4pt }
.kicker { color: #009EDB; font-weight: 700; letter-spacing: 1.2pt; text-transform: uppercase; font-size: 8.5pt }
.figures { display: flex; flex-wrap: wrap; background: #EAF4FA } .figures div { width: 25%; padding: 6pt; box-sizing: border-box }
.figures b { display: block; font-size: 18pt; color: #0B2D4F }
.bar { display: flex; align-items: center; margin-bottom: 4pt; break-inside: avoid } .bar span:first-child { width: 38% } .bar span:last-child { width: 18%; text-align: right }
.track { width: 44%; height: 9pt; background: #F4F7FA; position: relative } .track i { position: absolute; left: 0; top: 0; height: 9pt; background: #0B8CC4 }
.track s { position: absolute; left: 0; top: 0; height: 9pt; background: #C9D3DC }
table { border-collapse: collapse; width: 100% } thead { display: table-header-group }
th { background: #0B2D4F; color: #fff; text-align: left; padding: 3pt; font-size: 7pt }
td { padding: 3pt; border-bottom: 0.4pt solid #C9D3DC; vertical-align: top } tr { break-inside: avoid } tr:nth-child(even) td { background: #F4F7FA }
.box { border-left: 3pt solid #B54708; background: #F4F7FA; padding: 6pt; margin-bottom: 6pt; break-inside: avoid }
`;

const pct = (n: number, locale: 'fr' | 'en') => (locale === 'fr' ? `${String(n).replace('.', ',')} %` : `${n}%`);

export function progressHtml(doc: ProgressDocument): string {
  const t = translator(doc.locale, 'pdfProgress');
  const f = doc.figures;
  const h: string[] = [];
  const bar = (label: string, value: number, max: number, text: string, under?: number) => {
    const w = max > 0 ? Math.max(0, Math.min(1, value / max)) * 100 : 0;
    const u = under !== undefined && max > 0 ? `<s style="width:${Math.min(1, under / max) * 100}%"></s>` : '';
    return `<div class="bar"><span>${esc(label)}</span><span class="track">${u}<i style="width:${w}%"></i></span><span>${esc(text)}</span></div>`;
  };
  h.push(`<!doctype html><html lang="${doc.locale}"><head><meta charset="utf-8"><style>${fonts()}${CSS}</style></head><body>`);
  h.push(`<div style="padding-top:100pt"><div class="kicker">${esc(t('cover.kicker'))}</div><h1 style="font-size:26pt">${esc(doc.roadmapTitle)}</h1><p style="font-size:16pt">${esc(t('cover.period', { period: doc.period }))}</p><p>${esc(doc.country)}</p>`);
  h.push(`<div class="box" style="margin-top:40pt">${esc(t('cover.asOf', { date: formatDate(doc.asOf, doc.locale), due: formatDate(doc.dueOn, doc.locale) }))}<br>${esc(t('cover.version', { number: doc.versionNumber }))}<br><b>${esc(t(`sensitivity.${doc.sensitivity}`).toUpperCase())}</b></div></div>`);
  const figure = (label: string, value: string) => `<div><b>${esc(value)}</b>${esc(label)}</div>`;
  h.push(`<section><div class="kicker">${esc(t('summary.kicker'))}</div><h1>${esc(t('summary.title'))}</h1><div class="figures">`);
  h.push([
    figure(t('summary.rate'), pct(f.rate, doc.locale)), figure(t('summary.completed', { total: f.actions }), String(f.completed)),
    figure(t('summary.reported', { expected: f.expected }), String(f.submitted + f.accepted)), figure(t('summary.accepted'), String(f.accepted)),
    figure(t('summary.late'), String(f.late)), figure(t('summary.blocked'), String(f.blocked)), figure(t('summary.returned'), String(f.returned)), figure(t('summary.notReported'), String(f.notReported)),
  ].join(''));
  h.push(`</div><h2>${esc(t('charts.byObjective'))}</h2>${doc.byObjective.map((o) => bar(o.label, o.rate, 100, pct(o.rate, doc.locale))).join('')}`);
  h.push(`<h2>${esc(t('charts.byLead'))}</h2>${doc.byLead.map((o) => bar(t('charts.leadLabel', { name: o.label, count: o.actions }), o.rate, 100, pct(o.rate, doc.locale))).join('')}`);
  const maxSpend = Math.max(1, ...doc.spending.map((s) => Math.max(s.planned, s.spent)));
  h.push(`<h2>${esc(t('charts.spending'))}</h2><p>${esc(t('charts.spendingLegend'))}</p>`);
  h.push(doc.spending.map((s) => bar(s.label, s.spent, maxSpend, `${formatMoney(s.spent, s.currency, doc.locale)} / ${formatMoney(s.planned, s.currency, doc.locale)}`, s.planned)).join(''));
  h.push(`<h2>${esc(t('charts.funding'))}</h2><table><thead><tr><th>${esc(t('charts.source'))}</th><th>${esc(t('charts.planned'))}</th><th>${esc(t('charts.spent'))}</th></tr></thead><tbody>`);
  h.push(doc.funding.map((s) => `<tr><td>${esc(t(`funding.${s.source || 'none'}`))}</td><td>${esc(formatMoney(s.planned, s.currency, doc.locale))}</td><td>${esc(formatMoney(s.spent, s.currency, doc.locale))}</td></tr>`).join(''));
  h.push('</tbody></table></section>');
  const cols = ['code', 'title', 'lead', 'status', 'percent', 'indicators', 'spent', 'review'].map((k) => `<th>${esc(t(`table.${k}`))}</th>`).join('');
  const row = (r: ProgressRow) => `<tr><td>${esc(r.code)}</td><td>${esc(r.title)}</td><td>${esc(r.lead)}</td><td><b>${esc(r.status ? t(`status.${r.status}`) : t('status.none'))}</b>${r.late ? `<br>${esc(t('late'))}` : ''}</td><td>${r.percent === null ? '–' : esc(pct(r.percent, doc.locale))}</td><td>${r.indicators.map((i) => esc(t('indicator', { label: i.label, value: i.value, target: i.target, baseline: i.baseline }))).join('<br>')}</td><td>${esc(r.spent ?? '–')}</td><td>${esc(r.review ? t(`review.${r.review}`) : '–')}</td></tr>`;
  h.push(`<section class="wide"><div class="kicker">${esc(t('objectives.kicker'))}</div><h1>${esc(t('objectives.title'))}</h1>`);
  for (const o of doc.objectives) h.push(`<h2>${esc(t('objectives.heading', { title: o.title, rate: pct(o.rate, doc.locale) }))}</h2><table><thead><tr>${cols}</tr></thead><tbody>${o.rows.map(row).join('')}</tbody></table>`);
  h.push(`</section><section><div class="kicker">${esc(t('alerts.kicker'))}</div><h1>${esc(t('alerts.title'))}</h1>`);
  if (!doc.alerts.length) h.push(`<p>${esc(t('alerts.none'))}</p>`);
  for (const a of doc.alerts) {
    h.push(`<div class="box"><b>${esc(`${a.code} ${a.title}`)}</b><br>${esc(`${a.lead} · ${a.status ? t(`status.${a.status}`) : t('status.none')}${a.late ? ` · ${t('late')}` : ''}`)}`);
    if (a.blockers) h.push(`<br>${esc(t('alerts.blockers', { text: a.blockers }))}`);
    if (a.nextSteps) h.push(`<br>${esc(t('alerts.nextSteps', { text: a.nextSteps }))}`);
    h.push('</div>');
  }
  h.push(`</section><section><div class="kicker">${esc(t('coverage.kicker'))}</div><h1>${esc(t('coverage.title'))}</h1><p>${esc(t('coverage.intro'))}</p>`);
  for (const g of [...new Set(doc.coverage.map((c) => c.instrument))]) {
    h.push(`<h2>${esc(t('coverage.instrument', { code: g }))}</h2>${doc.coverage.filter((c) => c.instrument === g).map((c) => bar(c.label, c.completed, c.planned, t('coverage.count', { completed: c.completed, planned: c.planned }))).join('')}`);
  }
  h.push('</section></body></html>');
  return h.join('\n');
}

/** The report's running header and "Page x sur y". */
export function progressTemplates(doc: ProgressDocument) {
  const t = translator(doc.locale, 'pdfProgress');
  return pageTemplates(`${doc.country} · ${t('header', { period: doc.period })}`, (page, total) => t('page', { page, total }));
}
