// The roadmap as a Word document (.docx), for ministries to rework the text before the
// official layout: the PDF's sections and texts (the same view model, lib/pdf/types.ts, and
// the same `pdf` messages), headings as Word's heading styles (the navigation pane lists
// them), tables as real tables whose header row repeats on every page, the sensitivity
// marking in the page header.
import {
  AlignmentType, Document, Footer, Header, HeadingLevel, ImageRun, LevelFormat, Packer, PageNumber, PageOrientation, Paragraph, Table, TableCell,
  TableRow, TextRun, WidthType, type ISectionOptions,
} from 'docx';
import { pdfLanguage, pdfTranslator, kickerOf } from '@/lib/pdf/render-section';
import { formatDate, formatDateRange, formatLevel, formatMoney, formatNumber, formatPeriod, levelChange, paragraphRefLabels } from '@/lib/pdf/format';
import { SECTIONS } from '@/lib/pdf/sections';
import { emblemSize } from '@/lib/pdf/sections/cover';
import type { RoadmapDocument, Translate } from '@/lib/pdf/types';

const FONT = 'Noto Sans';
const NAVY = '0B2D4F';
const BULLETS = 'bullets';

const p = (text: string, options: { bold?: boolean; italics?: boolean; color?: string; size?: number } = {}) =>
  new Paragraph({ children: [new TextRun({ text, ...options })], spacing: { after: 120 } });
const h = (text: string, heading: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ text, heading });
const bullets = (items: string[]) => items.map((text) => new Paragraph({ text, numbering: { reference: BULLETS, level: 0 } }));

/** A table: its first row holds header cells and repeats at the top of every page. */
function table(head: string[], rows: string[][], widths?: number[]) {
  const cell = (text: string, header: boolean, i: number) =>
    new TableCell({
      children: [new Paragraph({ children: [new TextRun({ text, bold: header, color: header ? 'FFFFFF' : undefined })] })],
      shading: header ? { fill: NAVY } : undefined,
      width: widths ? { size: widths[i], type: WidthType.PERCENTAGE } : undefined,
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: head.map((text, i) => cell(text, true, i)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((text, i) => cell(text, false, i)) })),
    ],
  });
}

type Block = Paragraph | Table;

function sectionBlocks(doc: RoadmapDocument, t: Translate, id: (typeof SECTIONS)[number]['id']): Block[] {
  const empty = [p(t('empty'), { italics: true })];
  switch (id) {
    case 'summary': {
      const totals = new Map<string, number>();
      for (const a of doc.actions) if (a.cost) totals.set(a.cost.currency, (totals.get(a.cost.currency) ?? 0) + a.cost.amount);
      const high = doc.actions.filter((a) => a.priority === 'high').length;
      const costs = [...totals].map(([c, n]) => formatMoney(n, c, doc.locale));
      return [
        p([
          `${formatNumber(doc.objectives.length, doc.locale)} ${t('summary.objectives', { count: doc.objectives.length })}`,
          `${formatNumber(doc.actions.length, doc.locale)} ${t('summary.actions', { count: doc.actions.length })}`,
          `${formatNumber(high, doc.locale)} ${t('summary.highPriority', { count: high })}`,
          ...(doc.period ? [`${doc.period} (${t('summary.period')})`] : []),
        ].join(' · '), { bold: true, color: NAVY }),
        ...(doc.executiveSummary.length ? doc.executiveSummary.map((x) => p(x)) : empty),
        ...(doc.priorities.length ? [h(t('summary.topPriorities'), HeadingLevel.HEADING_3), ...doc.priorities.slice(0, 5).map((x) => p(`${x.rank}. ${x.title}`))] : []),
        ...(costs.length ? [p(t('summary.totalCost', { amount: costs.join(' + ') }))] : []),
      ];
    }
    case 'context': {
      const c = doc.consultation;
      const facts: string[][] = c
        ? [
            ...(c.place ? [[t('context.place'), c.place]] : []),
            ...(c.startsOn ? [[t('context.dates'), formatDateRange(c.startsOn, c.endsOn ?? c.startsOn, doc.locale)]] : []),
            ...(c.officialsCount !== null ? [[t('context.officials'), formatNumber(c.officialsCount, doc.locale)]] : []),
            ...(c.entitiesCount !== null ? [[t('context.entities'), formatNumber(c.entitiesCount, doc.locale)]] : []),
            [t('context.coordinating'), c.coordinatingEntity],
            ...(c.organisers.length ? [[t('context.organisers'), c.organisers.join(', ')]] : []),
          ]
        : [];
      return [
        h(t('context.context'), HeadingLevel.HEADING_2),
        ...(doc.context.length ? doc.context.map((x) => p(x)) : empty),
        h(t('context.consultation'), HeadingLevel.HEADING_2),
        ...facts.map(([k, v]) => new Paragraph({ children: [new TextRun({ text: `${k}${doc.locale === 'fr' ? '\u00a0: ' : ': '}`, bold: true }), new TextRun(v)] })),
        h(t('context.methodology'), HeadingLevel.HEADING_2),
        ...(doc.methodology.length ? doc.methodology.map((x) => p(x)) : empty),
        h(t('context.scale'), HeadingLevel.HEADING_3),
        ...bullets([0, 1, 2, 3, 4].map((l) => `${l} – ${t(`maturity.l${l}`)}`)),
      ];
    }
    case 'findings':
      if (!doc.findings.length) return empty;
      return [
        p(t('findings.intro', { count: doc.findings.length })),
        ...doc.findings.flatMap((f, k) => [
          h(`3.${k + 1} ${f.areaTitle}`, HeadingLevel.HEADING_2),
          p(
            [f.maturity === null ? t('findings.notAssessed') : `${f.maturity}/4 · ${t(`maturity.l${f.maturity}`)}`, ...(f.priority ? [t('findings.priorityLabel', { value: t(`priority.${f.priority}`) })] : [])].join(' · '),
            { bold: true, color: NAVY },
          ),
          ...([['findings.achievements', f.achievements], ['findings.gaps', f.gaps], ['findings.needs', f.needs]] as const).flatMap(([key, items]) => [
            h(t(key), HeadingLevel.HEADING_3),
            ...(items.length ? bullets(items) : [p(t('findings.none'), { italics: true })]),
          ]),
        ]),
      ];
    case 'priorities':
      return [
        p(t('priorities.intro')),
        ...(doc.priorities.length ? doc.priorities.flatMap((x) => [p(`${x.rank}. ${x.title}`, { bold: true }), p(x.rationale)]) : empty),
        h(t('priorities.objectives'), HeadingLevel.HEADING_2),
        ...doc.objectives.flatMap((o) => [
          h(t('priorities.objective', { code: o.code, title: o.title }), HeadingLevel.HEADING_3),
          ...(o.description ? [p(o.description)] : []),
          ...bullets(doc.recommendations.filter((r) => r.objectiveId === o.id).map((r) => `${r.code} ${r.text}`)),
        ]),
      ];
    case 'matrix': {
      if (!doc.actions.length) return empty;
      const head = ['code', 'action', 'lead', 'partners', 'timeline', 'priority', 'indicators', 'cost', 'refs'].map((k) => t(`matrix.${k}`));
      const order = new Map(doc.objectives.map((o, i) => [o.id, i]));
      const sorted = [...doc.actions].sort((x, y) => (order.get(x.objectiveId ?? '') ?? 1e9) - (order.get(y.objectiveId ?? '') ?? 1e9));
      const rows = sorted.map((a) => [
        a.code,
        a.description ? `${a.title} – ${a.description}` : a.title,
        a.leadEntity,
        [...a.supportingEntities, ...a.partners].join(', ') || '–',
        formatPeriod(a.start, a.end, doc.locale),
        t(`priority.${a.priority}`),
        a.indicators.map((i) => `${i.label} (${t('matrix.baselineTarget', { baseline: i.baseline, target: i.target })})`).join(' ; ') || '–',
        [a.cost ? formatMoney(a.cost.amount, a.cost.currency, doc.locale) : t('matrix.noCost'), ...(a.fundingSource ? [t(`funding.${a.fundingSource}`)] : [])].join(', '),
        paragraphRefLabels(doc.instruments, a.paragraphRefs),
      ]);
      return [table(head, rows, [6, 24, 8, 12, 9, 7, 18, 9, 7])];
    }
    case 'gantt':
      if (!doc.actions.length) return empty;
      return [table([t('matrix.code'), t('gantt.action'), t('matrix.lead'), t('matrix.timeline'), t('matrix.priority')], doc.actions.map((a) => [a.code, a.title, a.leadEntity, formatPeriod(a.start, a.end, doc.locale), t(`priority.${a.priority}`)]), [8, 52, 12, 16, 12])];
    case 'traceability': {
      const served = new Map<string, string[]>();
      for (const a of doc.actions) for (const ref of a.paragraphRefs) served.set(ref, [...(served.get(ref) ?? []), a.code]);
      return [
        p(t('traceability.intro')),
        ...(doc.instruments.length ? [] : empty),
        ...doc.instruments.flatMap((ins) => [
          h(`${ins.symbol} – ${ins.title}`, HeadingLevel.HEADING_2),
          table(
            [t('traceability.paragraph'), t('traceability.subject'), t('traceability.actions')],
            ins.paragraphs.map((x) => [x.ref, x.label, (served.get(`${ins.code}:${x.ref}`) ?? []).join(', ') || t('traceability.notCovered')]),
            [12, 48, 40],
          ),
        ]),
      ];
    }
    case 'entities':
      return doc.entities.length
        ? [p(t('entities.intro', { count: doc.entities.length })), table([t('entities.acronym'), t('entities.name'), t('entities.kind')], doc.entities.map((e) => [e.acronym ?? '–', e.name, e.kind ?? '']), [15, 60, 25])]
        : empty;
    case 'glossary':
      return doc.glossary.length ? [table([t('docx.term'), t('docx.definition')], doc.glossary.map((g) => [g.term, g.definition]), [20, 80])] : empty;
    case 'cycles': {
      const c = doc.previousCycle;
      if (!c) return [];
      const levels = (before: number | null, after: number | null) => [formatLevel(before, doc.locale), formatLevel(after, doc.locale), levelChange(before, after, doc.locale).text];
      const heads = [t('cycles.then'), t('cycles.now'), t('cycles.change')];
      return [
        p(t('cycles.intro', {
          title: c.previousTitle, hasDate: c.previousDate ? 'yes' : 'no', date: c.previousDate ? formatDate(c.previousDate, doc.locale) : '',
          before: c.framework.before, after: c.framework.after, same: c.framework.before === c.framework.after ? 'yes' : 'no',
        })),
        h(t('cycles.areas'), HeadingLevel.HEADING_2),
        table([t('cycles.area'), ...heads], c.areas.map((a) => [`${a.code} – ${a.title}`, ...levels(a.before, a.after)]), [58, 14, 14, 14]),
        p(t('cycles.scale'), { italics: true, size: 16 }),
        h(t('cycles.questions', { count: c.questions.length }), HeadingLevel.HEADING_2),
        ...(c.questions.length
          ? [table([t('cycles.question'), ...heads], c.questions.map((q) => [
              [`${q.code} ${q.question}`, ...q.texts.map((x) => `${t('cycles.field', { field: t(`findings.${x.field}`) })}${x.after}`)].join(' — '),
              ...levels(q.before, q.after),
            ]), [58, 14, 14, 14])]
          : [p(t('cycles.noChange'))]),
        ...(c.retired.length ? [h(t('cycles.retired', { count: c.retired.length }), HeadingLevel.HEADING_2), ...bullets(c.retired.map((q) => `${q.code} ${q.text}`))] : []),
      ];
    }
    default:
      return [];
  }
}

/**
 * The country's emblem above the cover's text, at the size the PDF's cover gives it (points
 * there, pixels at 96 to the inch here), with its alternative text for screen readers.
 */
function emblemParagraph(emblem: NonNullable<RoadmapDocument['emblem']>, alt: string) {
  const pt = emblemSize(emblem);
  const px = (points: number) => Math.round((points * 96) / 72);
  return new Paragraph({
    spacing: { after: 240 },
    children: [new ImageRun({ type: 'png', data: emblem.png, transformation: { width: px(pt.width), height: px(pt.height) }, altText: { name: alt, title: alt, description: alt } })],
  });
}

/** The roadmap version as a .docx file. */
export async function renderRoadmapDocx(doc: RoadmapDocument): Promise<Uint8Array> {
  const t = pdfTranslator(doc);
  const marking = t(`sensitivity.${doc.sensitivity}`).toUpperCase();
  const header = new Header({
    children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: `${doc.country} · ${t('header.short')} · `, color: '5B6770', size: 16 }), new TextRun({ text: marking, bold: true, color: doc.sensitivity === 'public' ? NAVY : 'B42318', size: 16 })] })],
  });
  const footer = new Footer({
    children: [new Paragraph({ children: [new TextRun({ text: `${t('footer.version', { number: doc.versionNumber, date: formatDate(doc.date, doc.locale), status: t(`status.${doc.status}`) })} · `, size: 16, color: '5B6770' }), new TextRun({ children: [PageNumber.CURRENT], size: 16, color: '5B6770' })] })],
  });
  const cover: Block[] = [
    ...(doc.emblem ? [emblemParagraph(doc.emblem, t('cover.emblemAlt', { country: doc.country }))] : []),
    p(doc.country.toUpperCase(), { bold: true, color: '009EDB' }),
    new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE }),
    ...(doc.subtitle ? [p(doc.subtitle, { color: '009EDB', size: 28 })] : []),
    ...(doc.period ? [p(doc.period)] : []),
    p(`${t('cover.version', { number: doc.versionNumber })} · ${formatDate(doc.date, doc.locale)} · ${t(`status.${doc.status}`)}`, { bold: true }),
    p(marking, { bold: true, color: doc.sensitivity === 'public' ? NAVY : 'B42318' }),
    ...(doc.supportedBy.length ? [p(`${t('cover.supportedBy')} ${doc.supportedBy.join(', ')}`)] : []),
    ...(doc.illustrative ? [p(t('cover.illustrative'), { italics: true })] : []),
  ];
  const sections: ISectionOptions[] = [{ headers: { default: header }, footers: { default: footer }, children: cover }];
  for (const def of SECTIONS) {
    if (def.id === 'cover' || (def.id === 'cycles' && !doc.previousCycle)) continue;
    const landscape = def.id === 'matrix' || def.id === 'gantt';
    const kicker = kickerOf(t, def.number, def.annex);
    sections.push({
      properties: landscape ? { page: { size: { orientation: PageOrientation.LANDSCAPE } } } : {},
      headers: { default: header },
      footers: { default: footer },
      children: [h(`${kicker} – ${t(`sections.${def.id}`)}`, HeadingLevel.HEADING_1), ...sectionBlocks(doc, t, def.id)],
    });
  }
  const file = new Document({
    creator: 'Jalon',
    title: `${doc.country} – ${doc.title}`,
    subject: t('meta.subject'),
    keywords: t('meta.keywords'),
    styles: { default: { document: { run: { font: FONT, size: 20, language: { value: pdfLanguage(doc.locale) } } } } },
    numbering: { config: [{ reference: BULLETS, levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 240 } } } }] }] },
    sections,
  });
  return new Uint8Array(await Packer.toBuffer(file));
}
